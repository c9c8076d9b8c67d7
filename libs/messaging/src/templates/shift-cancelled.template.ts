import { reasonBlocks } from './adoption-blocks';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { openShift, shiftDetails, shiftNoticeSubject, shiftTime } from './volunteering-blocks';
import { ShiftSummary } from './volunteering-params';

/**
 * To the volunteers signed up for, or waiting for, a shift that will not take place: cancelled by
 * the coordinator with `reason`, or dropped because the programme's weekly schedule changed
 * (`byScheduleChange`; `reason` may then be empty).
 */
export type ShiftCancelledParams = ShiftSummary & { reason: string; byScheduleChange: boolean };

export const shiftCancelledTemplate: MailTemplate<ShiftCancelledParams> = {
  da: (shift, { name }) => {
    const what = `Vagten ${shiftTime(shift, 'da')}`;
    return composeMail('da', shiftNoticeSubject('Aflyst', shift, 'da'), name, [
      paragraph(
        shift.byScheduleChange
          ? `${what} er aflyst, fordi den ugentlige plan for ${shift.programmeTitle} er ændret. Du skal ikke møde op. Dine tilmeldinger til de vagter, der fortsætter, gælder stadig.`
          : `${what} er aflyst. Du skal ikke møde op.`,
      ),
      ...reasonBlocks(shift.reason, 'da'),
      shiftDetails(shift, 'da'),
      openShift(shift, 'da'),
    ]);
  },
  en: (shift, { name }) => {
    const what = `The shift on ${shiftTime(shift, 'en')}`;
    return composeMail('en', shiftNoticeSubject('Cancelled', shift, 'en'), name, [
      paragraph(
        shift.byScheduleChange
          ? `${what} has been cancelled because the weekly schedule of ${shift.programmeTitle} has changed. There is no need to come. Your sign-ups for the shifts that remain still stand.`
          : `${what} has been cancelled. There is no need to come.`,
      ),
      ...reasonBlocks(shift.reason, 'en'),
      shiftDetails(shift, 'en'),
      openShift(shift, 'en'),
    ]);
  },
};
