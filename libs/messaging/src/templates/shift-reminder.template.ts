import { reminderSubject, inDays } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import {
  cancelInGoodTime,
  openShift,
  shiftDetails,
  shiftTime,
  volunteeringAt,
} from './volunteering-blocks';
import { ShiftSummary } from './volunteering-params';

/**
 * To a confirmed volunteer, `daysBefore` days before the shift. `signupId` and `signupRevision`
 * (the sign-up's revision when the reminder was planned) let the worker skip a reminder for a
 * place that has changed; they are not shown.
 */
export type ShiftReminderParams = ShiftSummary & {
  daysBefore: number;
  signupId: string;
  signupRevision: number;
};

export const shiftReminderTemplate: MailTemplate<ShiftReminderParams> = {
  da: (shift, { name }) => {
    const when = shiftTime(shift, 'da');
    const soon = inDays(shift.daysBefore, 'da');
    return composeMail(
      'da',
      reminderSubject(volunteeringAt(shift.partnerName, 'da'), shift.daysBefore, when, 'da'),
      name,
      [
        paragraph(`Du er tilmeldt vagten ${soon}, ${when}. Tak, fordi du giver en hånd med.`),
        shiftDetails(shift, 'da'),
        cancelInGoodTime('da'),
        openShift(shift, 'da'),
      ],
    );
  },
  en: (shift, { name }) => {
    const when = shiftTime(shift, 'en');
    const soon = inDays(shift.daysBefore, 'en');
    return composeMail(
      'en',
      reminderSubject(volunteeringAt(shift.partnerName, 'en'), shift.daysBefore, when, 'en'),
      name,
      [
        paragraph(
          `You are signed up for the shift ${soon}, ${when}. Thank you for lending a hand.`,
        ),
        shiftDetails(shift, 'en'),
        cancelInGoodTime('en'),
        openShift(shift, 'en'),
      ],
    );
  },
};
