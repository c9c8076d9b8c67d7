import { AnswerLinks, Slot, VisitSummary } from './adoption-params';
import { classAtSchool, kindName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import {
  answerActions,
  askForAnswer,
  openVisit,
  proposalSubject,
  slotList,
  visitDetails,
} from './adoption-blocks';

/** To the side that must answer a new proposal. */
export type VisitRequestedParams = VisitSummary & {
  answerLinks?: AnswerLinks;
  proposedBy: string;
  slots: Slot[];
};

export const visitRequestedTemplate: MailTemplate<VisitRequestedParams> = {
  da: (visit, { name }) =>
    composeMail('da', proposalSubject('forslag om', visit, visit.slots, 'da'), name, [
      paragraph(
        `${visit.proposedBy} foreslår et ${kindName(visit.kind, 'da')} mellem ${classAtSchool(visit, 'da')} og ${visit.companyName}, og beder dig ${visit.slots.length === 1 ? 'bekræfte tidspunktet' : 'vælge et af tidspunkterne'}:`,
      ),
      slotList(visit, visit.slots, 'da'),
      ...answerActions(visit.answerLinks, visit.slots, 'da'),
      askForAnswer('da'),
      visitDetails(visit, 'da'),
      openVisit(visit, 'da'),
    ]),
  en: (visit, { name }) =>
    composeMail('en', proposalSubject('proposed', visit, visit.slots, 'en'), name, [
      paragraph(
        `${visit.proposedBy} proposes a ${kindName(visit.kind, 'en')} between ${classAtSchool(visit, 'en')} and ${visit.companyName}, and asks you to ${visit.slots.length === 1 ? 'confirm the time' : 'choose one of the times'}:`,
      ),
      slotList(visit, visit.slots, 'en'),
      ...answerActions(visit.answerLinks, visit.slots, 'en'),
      askForAnswer('en'),
      visitDetails(visit, 'en'),
      openVisit(visit, 'en'),
    ]),
};
