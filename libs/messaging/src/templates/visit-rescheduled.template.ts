import { AnswerLinks, Slot, VisitSummary } from './adoption-params';
import { kindName } from './format';
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

/** To the other side: the visit is back to requested, with new slots to answer. */
export type VisitRescheduledParams = VisitSummary & {
  answerLinks?: AnswerLinks;
  rescheduledBy: string;
  slots: Slot[];
};

export const visitRescheduledTemplate: MailTemplate<VisitRescheduledParams> = {
  da: (visit, { name }) =>
    composeMail('da', proposalSubject('nyt forslag til', visit, visit.slots, 'da'), name, [
      paragraph(
        `${visit.rescheduledBy} vil gerne flytte ${kindName(visit.kind, 'da', 'definite')} og foreslår ${visit.slots.length === 1 ? 'et nyt tidspunkt' : 'nye tidspunkter'}:`,
      ),
      slotList(visit, visit.slots, 'da'),
      ...answerActions(visit.answerLinks, 'da'),
      askForAnswer('da'),
      visitDetails(visit, 'da'),
      openVisit(visit, 'da'),
    ]),
  en: (visit, { name }) =>
    composeMail('en', proposalSubject('new proposal for', visit, visit.slots, 'en'), name, [
      paragraph(
        `${visit.rescheduledBy} would like to move ${kindName(visit.kind, 'en', 'definite')} and proposes ${visit.slots.length === 1 ? 'a new time' : 'new times'}:`,
      ),
      slotList(visit, visit.slots, 'en'),
      ...answerActions(visit.answerLinks, 'en'),
      askForAnswer('en'),
      visitDetails(visit, 'en'),
      openVisit(visit, 'en'),
    ]),
};
