import { formatDate } from './format';
import { action, composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';

/** To both sides of a partnership in which nothing has been written or done for `weeks` weeks. */
export interface PartnershipQuietParams {
  partnershipName: string;
  weeks: number;
  /** The local day of the last update or activity. */
  lastActivityOn: string;
  /** The last update either side wrote, if any. */
  lastUpdate: string | null;
  link: string;
}

export const partnershipQuietTemplate: MailTemplate<PartnershipQuietParams> = {
  da: (quiet, { name }) =>
    composeMail('da', `Intet nyt i ${quiet.weeks} uger: ${quiet.partnershipName}`, name, [
      paragraph(
        `Der er hverken skrevet eller sket noget i ${quiet.partnershipName} siden ${formatDate(quiet.lastActivityOn, 'da')}. Skriv et par linjer til den anden part om, hvordan det går, og hvad der skal ske nu: det holder partnerskabet i live.`,
      ),
      ...(quiet.lastUpdate ? [paragraph(`Den seneste opdatering lød: ${quiet.lastUpdate}`)] : []),
      action('Skriv en opdatering', quiet.link),
    ]),
  en: (quiet, { name }) =>
    composeMail('en', `No news for ${quiet.weeks} weeks: ${quiet.partnershipName}`, name, [
      paragraph(
        `Nothing has been written or done in ${quiet.partnershipName} since ${formatDate(quiet.lastActivityOn, 'en')}. Write a few lines to the other side about how it is going and what comes next: it keeps the partnership alive.`,
      ),
      ...(quiet.lastUpdate ? [paragraph(`The last update said: ${quiet.lastUpdate}`)] : []),
      action('Write an update', quiet.link),
    ]),
};
