import { VisitSummary } from './adoption-params';
import { classAtSchool, kindName, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { openVisit, reasonBlocks, visitDetails } from './adoption-blocks';

/** To the proposer. */
export type VisitDeclinedParams = VisitSummary & { declinedBy: string; reason: string };

export const visitDeclinedTemplate: MailTemplate<VisitDeclinedParams> = {
  da: (visit, { name }) =>
    composeMail('da', `Afslået: ${visitName(visit, 'da')}`, name, [
      paragraph(
        `${visit.declinedBy} har afslået forslaget om et ${kindName(visit.kind, 'da')} mellem ${classAtSchool(visit, 'da')} og ${visit.companyName}.`,
      ),
      ...reasonBlocks(visit.reason, 'da'),
      paragraph('Foreslå gerne andre tidspunkter.'),
      visitDetails(visit, 'da'),
      openVisit(visit, 'da'),
    ]),
  en: (visit, { name }) =>
    composeMail('en', `Declined: ${visitName(visit, 'en')}`, name, [
      paragraph(
        `${visit.declinedBy} has declined the proposed ${kindName(visit.kind, 'en')} between ${classAtSchool(visit, 'en')} and ${visit.companyName}.`,
      ),
      ...reasonBlocks(visit.reason, 'en'),
      paragraph('You are welcome to propose other times.'),
      visitDetails(visit, 'en'),
      openVisit(visit, 'en'),
    ]),
};
