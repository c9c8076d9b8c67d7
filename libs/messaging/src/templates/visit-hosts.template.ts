import { VisitSummary } from './adoption-params';
import { visitDetails } from './adoption-blocks';
import { formatSlot, kindName, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { invitationMail } from './visit-confirmed.template';

/** A confirmed visit whose hosts changed; `changedBy` is who changed them. */
export type VisitHostsParams = VisitSummary & {
  start: string;
  end: string;
  changedBy: string;
};

/** To a person added to a confirmed visit: the invitation. */
export const visitHostAddedTemplate: MailTemplate<VisitHostsParams> = {
  da: (visit, { name }) =>
    invitationMail(
      visit,
      'da',
      name,
      (when) =>
        `${visit.changedBy} har sat dig på ${kindName(visit.kind, 'da', 'definite')} ${when}.`,
    ),
  en: (visit, { name }) =>
    invitationMail(
      visit,
      'en',
      name,
      (when) =>
        `${visit.changedBy} has added you to ${kindName(visit.kind, 'en', 'definite')} on ${when}.`,
    ),
};

/** To a person taken off a confirmed visit: the cancellation, for them only. */
export const visitHostRemovedTemplate: MailTemplate<VisitHostsParams> = {
  da: (visit, { name }) => {
    const when = formatSlot(visit, visit, 'da');
    return composeMail('da', `Du er ikke længere med: ${visitName(visit, 'da')} ${when}`, name, [
      paragraph(
        `${visit.changedBy} har taget dig af ${kindName(visit.kind, 'da', 'definite')} ${when}. Besøget bliver til noget, men uden dig.`,
      ),
      visitDetails(visit, 'da', visit),
    ]);
  },
  en: (visit, { name }) => {
    const when = formatSlot(visit, visit, 'en');
    return composeMail('en', `No longer taking part: ${visitName(visit, 'en')} on ${when}`, name, [
      paragraph(
        `${visit.changedBy} has taken you off ${kindName(visit.kind, 'en', 'definite')} on ${when}. The visit goes ahead without you.`,
      ),
      visitDetails(visit, 'en', visit),
    ]);
  },
};
