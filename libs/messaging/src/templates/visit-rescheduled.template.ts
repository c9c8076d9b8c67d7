import { AnswerLinks, Slot, VisitSummary } from './adoption-params';
import { formatSlot, kindName } from './format';
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

/**
 * To the other side: the visit is back to requested, with new slots to answer. `start` and `end`
 * are the time agreed before, when the visit had been confirmed: it comes off the calendar.
 */
export type VisitRescheduledParams = VisitSummary & {
  answerLinks?: AnswerLinks;
  rescheduledBy: string;
  slots: Slot[];
  start: string | null;
  end: string | null;
};

/** What happens to the time agreed before, if there was one. */
function withdrawnTime(visit: VisitRescheduledParams, locale: 'da' | 'en') {
  if (!visit.start || !visit.end) return [];
  const when = formatSlot({ start: visit.start, end: visit.end }, visit, locale);
  return [
    paragraph(
      locale === 'da'
        ? `Det aftalte tidspunkt, ${when}, er taget ud af kalenderen, indtil et nyt er bekræftet.`
        : `The agreed time, ${when}, is off the calendar until a new one is confirmed.`,
    ),
  ];
}

export const visitRescheduledTemplate: MailTemplate<VisitRescheduledParams> = {
  da: (visit, { name }) =>
    composeMail('da', proposalSubject('nyt forslag til', visit, visit.slots, 'da'), name, [
      paragraph(
        `${visit.rescheduledBy} vil gerne flytte ${kindName(visit.kind, 'da', 'definite')} og foreslår ${visit.slots.length === 1 ? 'et nyt tidspunkt' : 'nye tidspunkter'}:`,
      ),
      slotList(visit, visit.slots, 'da'),
      ...withdrawnTime(visit, 'da'),
      ...answerActions(visit.answerLinks, visit.slots, 'da'),
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
      ...withdrawnTime(visit, 'en'),
      ...answerActions(visit.answerLinks, visit.slots, 'en'),
      askForAnswer('en'),
      visitDetails(visit, 'en'),
      openVisit(visit, 'en'),
    ]),
};
