import { ProgrammeCommitmentStartedParams } from './programme-commitment-started.template';
import { composeMail, paragraph } from './mail-body';
import { MailLocale, MailTemplate } from './template';
import {
  openProgramme,
  programmeAt,
  programmeDetails,
  volunteeringAt,
  weeklyTime,
} from './volunteering-blocks';

/**
 * The programme's weekly schedule, closed days or last day changed while the volunteer has a
 * standing commitment to it: the commitment's recurring event (`invitation`) is updated as one.
 * The schedule fields are as in ProgrammeCommitmentStartedParams.
 */
export type ProgrammeCommitmentChangedParams = Omit<
  ProgrammeCommitmentStartedParams,
  'shiftsConfirmed' | 'shiftsWaitlisted'
>;

function subject(programme: ProgrammeCommitmentChangedParams, locale: MailLocale): string {
  const what = volunteeringAt(programme.partnerName, locale);
  return `${locale === 'da' ? 'Ændret plan' : 'Schedule changed'}: ${what}, ${weeklyTime(programme, locale)}`;
}

export const programmeCommitmentChangedTemplate: MailTemplate<ProgrammeCommitmentChangedParams> = {
  da: (programme, { name }) =>
    composeMail('da', subject(programme, 'da'), name, [
      paragraph(
        `Planen for ${programmeAt(programme, 'da')} er ændret. Din faste tilmelding fortsætter, og aftalen i din kalender er opdateret.`,
      ),
      programmeDetails(programme, 'da'),
      openProgramme(programme.link, 'da'),
    ]),
  en: (programme, { name }) =>
    composeMail('en', subject(programme, 'en'), name, [
      paragraph(
        `The schedule of ${programmeAt(programme, 'en')} has changed. Your standing commitment goes on, and the event in your calendar is updated.`,
      ),
      programmeDetails(programme, 'en'),
      openProgramme(programme.link, 'en'),
    ]),
};
