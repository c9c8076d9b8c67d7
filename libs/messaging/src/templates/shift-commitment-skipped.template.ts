import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { openShift, shiftDetails, shiftNoticeSubject, shiftTime } from './volunteering-blocks';
import { ShiftSummary } from './volunteering-params';

/**
 * A new shift of a programme the volunteer has a standing commitment to falls at a time they
 * already have another shift: the commitment leaves it out, and so does their calendar.
 */
export type ShiftCommitmentSkippedParams = ShiftSummary;

export const shiftCommitmentSkippedTemplate: MailTemplate<ShiftCommitmentSkippedParams> = {
  da: (shift, { name }) =>
    composeMail('da', shiftNoticeSubject('Ikke tilmeldt', shift, 'da'), name, [
      paragraph(
        `Du har allerede en anden vagt ${shiftTime(shift, 'da')}, så din faste tilmelding gælder ikke den dag. Vil du hellere tage denne vagt, så meld dig fra den anden først.`,
      ),
      shiftDetails(shift, 'da'),
      openShift(shift, 'da'),
    ]),
  en: (shift, { name }) =>
    composeMail('en', shiftNoticeSubject('Not signed up', shift, 'en'), name, [
      paragraph(
        `You already have another shift on ${shiftTime(shift, 'en')}, so your standing commitment leaves that day out. If you would rather take this shift, cancel the other one first.`,
      ),
      shiftDetails(shift, 'en'),
      openShift(shift, 'en'),
    ]),
};
