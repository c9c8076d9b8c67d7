import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import {
  cancelInGoodTime,
  openShift,
  shiftDetails,
  shiftSubject,
  shiftTime,
} from './volunteering-blocks';
import { ShiftSummary } from './volunteering-params';

/** `promoted` when a place became free and the volunteer moved up from the waiting list. */
export type ShiftSignupConfirmedParams = ShiftSummary & { promoted: boolean };

export const shiftSignupConfirmedTemplate: MailTemplate<ShiftSignupConfirmedParams> = {
  da: (shift, { name }) => {
    const when = shiftTime(shift, 'da');
    return composeMail('da', shiftSubject(shift, 'da'), name, [
      paragraph(
        shift.promoted
          ? `Der er blevet en plads ledig, og du er rykket op fra ventelisten: du er nu tilmeldt vagten ${when}.`
          : `Du er tilmeldt vagten ${when}. Tak, fordi du giver en hånd med.`,
      ),
      shiftDetails(shift, 'da'),
      cancelInGoodTime('da'),
      openShift(shift, 'da'),
    ]);
  },
  en: (shift, { name }) => {
    const when = shiftTime(shift, 'en');
    return composeMail('en', shiftSubject(shift, 'en'), name, [
      paragraph(
        shift.promoted
          ? `A place has become free and you have moved up from the waiting list: you are now signed up for the shift on ${when}.`
          : `You are signed up for the shift on ${when}. Thank you for lending a hand.`,
      ),
      shiftDetails(shift, 'en'),
      cancelInGoodTime('en'),
      openShift(shift, 'en'),
    ]);
  },
};
