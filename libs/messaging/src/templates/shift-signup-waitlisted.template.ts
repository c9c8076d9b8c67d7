import { formatNumber } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { openShift, shiftDetails, shiftNoticeSubject, shiftTime } from './volunteering-blocks';
import { ShiftSummary } from './volunteering-params';

/** The shift is full: `position` is the volunteer's place in line, 1 being the first. */
export type ShiftSignupWaitlistedParams = ShiftSummary & { position: number };

export const shiftSignupWaitlistedTemplate: MailTemplate<ShiftSignupWaitlistedParams> = {
  da: (shift, { name }) =>
    composeMail('da', shiftNoticeSubject('Venteliste', shift, 'da'), name, [
      paragraph(
        `Vagten ${shiftTime(shift, 'da')} er fuld. Du står som nummer ${formatNumber(shift.position, 'da')} på ventelisten, og vi giver dig besked, hvis der bliver en plads ledig.`,
      ),
      shiftDetails(shift, 'da'),
      openShift(shift, 'da'),
    ]),
  en: (shift, { name }) =>
    composeMail('en', shiftNoticeSubject('Waiting list', shift, 'en'), name, [
      paragraph(
        `The shift on ${shiftTime(shift, 'en')} is full. You are number ${formatNumber(shift.position, 'en')} on the waiting list, and we will let you know if a place becomes free.`,
      ),
      shiftDetails(shift, 'en'),
      openShift(shift, 'en'),
    ]),
};
