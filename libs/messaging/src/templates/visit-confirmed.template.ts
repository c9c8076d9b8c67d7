import { VisitSummary } from './adoption-params';
import { capitalize, formatSlot, kindName, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { openVisit, visitDetails } from './adoption-blocks';

export type VisitConfirmedParams = VisitSummary & {
  start: string;
  end: string;
  confirmedBy: string;
};

export const visitConfirmedTemplate: MailTemplate<VisitConfirmedParams> = {
  da: (visit, { name }) => {
    const when = formatSlot(visit, visit.timezone, 'da');
    return composeMail('da', `${capitalize(visitName(visit, 'da'))}: ${when}`, name, [
      paragraph(
        `${visit.confirmedBy} har bekræftet ${kindName(visit.kind, 'da', 'definite')} ${when}.`,
      ),
      visitDetails(visit, 'da', visit),
      openVisit(visit, 'da'),
    ]);
  },
  en: (visit, { name }) => {
    const when = formatSlot(visit, visit.timezone, 'en');
    return composeMail('en', `${capitalize(visitName(visit, 'en'))}: ${when}`, name, [
      paragraph(
        `${visit.confirmedBy} has confirmed ${kindName(visit.kind, 'en', 'definite')} on ${when}.`,
      ),
      visitDetails(visit, 'en', visit),
      openVisit(visit, 'en'),
    ]);
  },
};
