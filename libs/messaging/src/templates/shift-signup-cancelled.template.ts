import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { openShift, shiftDetails, shiftNoticeSubject, shiftTime } from './volunteering-blocks';
import { ShiftSummary } from './volunteering-params';

/** To a volunteer whose place on a shift is given up (by them, or by ending a commitment). */
export type ShiftSignupCancelledParams = ShiftSummary;

export const shiftSignupCancelledTemplate: MailTemplate<ShiftSignupCancelledParams> = {
  da: (shift, { name }) =>
    composeMail('da', shiftNoticeSubject('Afmeldt', shift, 'da'), name, [
      paragraph(`Du er meldt fra vagten ${shiftTime(shift, 'da')}. Tak fordi du sagde til.`),
      shiftDetails(shift, 'da'),
      openShift(shift, 'da'),
    ]),
  en: (shift, { name }) =>
    composeMail('en', shiftNoticeSubject('Signed off', shift, 'en'), name, [
      paragraph(
        `You are no longer signed up for the shift on ${shiftTime(shift, 'en')}. Thank you for letting us know.`,
      ),
      shiftDetails(shift, 'en'),
      openShift(shift, 'en'),
    ]),
};
