import { InvitationEvent } from '../calendar/invitation';
import { capitalize } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailLocale, MailTemplate } from './template';
import {
  openProgramme,
  programmeAt,
  programmeDetails,
  shiftCount,
  volunteeringAt,
  weeklyTime,
} from './volunteering-blocks';

/**
 * The volunteer now has a standing weekly commitment: signed up for every coming shift of the
 * programme, `shiftsConfirmed` of them with a place and `shiftsWaitlisted` on a waiting list
 * because they are full. `weekdays` run from 1 = Monday to 7 = Sunday; `startTime` and `endTime`
 * (`HH:mm`) are on the wall clock of the programme's `timezone`. `invitation` is the commitment's
 * one recurring calendar event, sent with the mail.
 */
export interface ProgrammeCommitmentStartedParams {
  programmeTitle: string;
  partnerName: string;
  location: string;
  timezone: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  shiftsConfirmed: number;
  shiftsWaitlisted: number;
  link: string;
  invitation?: InvitationEvent;
}

function countsDa({ shiftsConfirmed, shiftsWaitlisted }: ProgrammeCommitmentStartedParams): string {
  const confirmed =
    shiftsConfirmed > 0
      ? `Lige nu er du tilmeldt ${shiftCount(shiftsConfirmed, 'da')}.`
      : 'Lige nu er du ikke tilmeldt nogen vagter endnu.';
  if (shiftsWaitlisted === 0) return confirmed;
  const full = `${capitalize(shiftCount(shiftsWaitlisted, 'da'))} er ${shiftsWaitlisted === 1 ? 'fuld' : 'fulde'}`;
  return `${confirmed} ${full}; der står du på ventelisten og får besked, hvis der bliver en plads ledig.`;
}

function countsEn({ shiftsConfirmed, shiftsWaitlisted }: ProgrammeCommitmentStartedParams): string {
  const confirmed =
    shiftsConfirmed > 0
      ? `For now you are signed up for ${shiftCount(shiftsConfirmed, 'en')}.`
      : 'For now you are not signed up for any shift yet.';
  if (shiftsWaitlisted === 0) return confirmed;
  const full =
    shiftsWaitlisted === 1
      ? 'is full, so you are on its waiting list'
      : 'are full, so you are on their waiting lists';
  return `${confirmed} ${capitalize(shiftCount(shiftsWaitlisted, 'en'))} ${full} and will be told if a place becomes free.`;
}

function subject(programme: ProgrammeCommitmentStartedParams, locale: MailLocale): string {
  const what = volunteeringAt(programme.partnerName, locale);
  const regular = locale === 'da' ? `Fast ${what}` : `Regular ${what}`;
  return `${regular}: ${weeklyTime(programme, locale)}`;
}

export const programmeCommitmentStartedTemplate: MailTemplate<ProgrammeCommitmentStartedParams> = {
  da: (programme, { name }) =>
    composeMail('da', subject(programme, 'da'), name, [
      paragraph(
        `Du har nu en fast aftale: du er tilmeldt alle kommende vagter i ${programmeAt(programme, 'da')}, ${weeklyTime(programme, 'da')}.`,
      ),
      paragraph(countsDa(programme)),
      programmeDetails(programme, 'da'),
      paragraph(
        'Vagterne står i din kalender som én fast, ugentlig aftale; de dage, du ikke har en plads, er taget ud.',
      ),
      paragraph(
        'Kan du ikke komme en dag, så meld dig fra den vagt i god tid, så en anden kan få pladsen.',
      ),
      openProgramme(programme.link, 'da'),
    ]),
  en: (programme, { name }) =>
    composeMail('en', subject(programme, 'en'), name, [
      paragraph(
        `You now have a standing commitment: you are signed up for every coming shift of ${programmeAt(programme, 'en')}, ${weeklyTime(programme, 'en')}.`,
      ),
      paragraph(countsEn(programme)),
      programmeDetails(programme, 'en'),
      paragraph(
        'The shifts are in your calendar as one weekly event; the days you have no place on are left out.',
      ),
      paragraph(
        'If you cannot come one day, please cancel that shift in good time so that someone else can take the place.',
      ),
      openProgramme(programme.link, 'en'),
    ]),
};
