import { VisitSummary } from './adoption-params';
import { capitalize, formatSlot, kindName, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailLocale, MailTemplate, RenderedMail } from './template';
import { openVisit, visitDetails } from './adoption-blocks';

export type VisitConfirmedParams = VisitSummary & {
  start: string;
  end: string;
  confirmedBy: string;
};

/**
 * The mail an invitation to a visit with an agreed time rides on: its subject names the visit and
 * the time; `says` tells the reader, in a sentence, why it came.
 */
export function invitationMail(
  visit: VisitSummary & { start: string; end: string },
  locale: MailLocale,
  name: string,
  says: (when: string) => string,
): RenderedMail {
  const when = formatSlot(visit, visit, locale);
  return composeMail(locale, `${capitalize(visitName(visit, locale))}: ${when}`, name, [
    paragraph(says(when)),
    visitDetails(visit, locale, visit),
    openVisit(visit, locale),
  ]);
}

export const visitConfirmedTemplate: MailTemplate<VisitConfirmedParams> = {
  da: (visit, { name }) =>
    invitationMail(
      visit,
      'da',
      name,
      (when) =>
        `${visit.confirmedBy} har bekræftet ${kindName(visit.kind, 'da', 'definite')} ${when}.`,
    ),
  en: (visit, { name }) =>
    invitationMail(
      visit,
      'en',
      name,
      (when) =>
        `${visit.confirmedBy} has confirmed ${kindName(visit.kind, 'en', 'definite')} on ${when}.`,
    ),
};
