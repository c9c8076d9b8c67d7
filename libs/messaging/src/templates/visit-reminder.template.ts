import { VisitSummary } from './adoption-params';
import { formatSlot, inDays, reminderSubject, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { openVisit, visitDetails } from './adoption-blocks';

/**
 * To a participant, `daysBefore` days before a confirmed visit (7, then 1). `revision` is the
 * visit's revision when the reminder was planned: the worker skips a reminder gone stale; it is
 * not shown.
 */
export type VisitReminderParams = VisitSummary & {
  start: string;
  end: string;
  daysBefore: number;
  revision: number;
};

export const visitReminderTemplate: MailTemplate<VisitReminderParams> = {
  da: (visit, { name }) => {
    const when = formatSlot(visit, visit, 'da');
    const soon = inDays(visit.daysBefore, 'da');
    return composeMail(
      'da',
      reminderSubject(visitName(visit, 'da'), visit.daysBefore, when, 'da'),
      name,
      [
        paragraph(
          `Dette er en påmindelse om ${visitName(visit, 'da', 'definite')} ${soon}, ${when}.`,
        ),
        visitDetails(visit, 'da', visit),
        openVisit(visit, 'da'),
      ],
    );
  },
  en: (visit, { name }) => {
    const when = formatSlot(visit, visit, 'en');
    const soon = inDays(visit.daysBefore, 'en');
    return composeMail(
      'en',
      reminderSubject(visitName(visit, 'en'), visit.daysBefore, when, 'en'),
      name,
      [
        paragraph(`This is a reminder of ${visitName(visit, 'en', 'definite')} ${soon}, ${when}.`),
        visitDetails(visit, 'en', visit),
        openVisit(visit, 'en'),
      ],
    );
  },
};
