import { InvitationEvent } from '../calendar/invitation';
import { formatNumber } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { openProgramme, programmeAt } from './volunteering-blocks';

/**
 * The standing commitment has ended, and its `shiftsReleased` future sign-ups are released.
 * `invitation` is its recurring event, now ending after the last day it held, or `withdrawn` as
 * a whole when it held none.
 */
export interface ProgrammeCommitmentEndedParams {
  programmeTitle: string;
  partnerName: string;
  shiftsReleased: number;
  link: string;
  location?: string;
  timezone?: string;
  invitation?: InvitationEvent;
  withdrawn?: boolean;
}

function releasedDa(count: number): string {
  if (count === 0) return 'Du var ikke tilmeldt nogen kommende vagter.';
  if (count === 1) {
    return 'Vi har meldt dig fra din ene kommende vagt, så pladsen kan gå til en anden.';
  }
  return `Vi har meldt dig fra dine ${formatNumber(count, 'da')} kommende vagter, så pladserne kan gå til andre.`;
}

function releasedEn(count: number): string {
  if (count === 0) return 'You were not signed up for any coming shifts.';
  if (count === 1) {
    return 'We have released your one coming sign-up so that someone else can take the place.';
  }
  return `We have released your ${formatNumber(count, 'en')} coming sign-ups so that others can take the places.`;
}

export const programmeCommitmentEndedTemplate: MailTemplate<ProgrammeCommitmentEndedParams> = {
  da: (programme, { name }) => {
    const what = programmeAt(programme, 'da');
    return composeMail('da', `Fast tilmelding stoppet: ${what}`, name, [
      paragraph(`Din faste tilmelding til ${what} er stoppet.`),
      paragraph(releasedDa(programme.shiftsReleased)),
      paragraph('Tak for din indsats som frivillig.'),
      openProgramme(programme.link, 'da'),
    ]);
  },
  en: (programme, { name }) => {
    const what = programmeAt(programme, 'en');
    return composeMail('en', `Standing commitment ended: ${what}`, name, [
      paragraph(`Your standing commitment to ${what} has ended.`),
      paragraph(releasedEn(programme.shiftsReleased)),
      paragraph('Thank you for volunteering.'),
      openProgramme(programme.link, 'en'),
    ]);
  },
};
