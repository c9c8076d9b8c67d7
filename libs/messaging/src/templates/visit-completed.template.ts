import { VisitSummary } from './adoption-params';
import { openVisit, visitDetails } from './adoption-blocks';
import { formatDay, formatHours, formatSlot, kindName, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';

/** `hours` is the visit's duration, logged as the contact person's hours. */
export type VisitCompletedParams = VisitSummary & { start: string; end: string; hours: number };

export const visitCompletedTemplate: MailTemplate<VisitCompletedParams> = {
  da: (visit, { name }) => {
    const day = formatDay(visit.start, visit, 'da');
    const when = formatSlot(visit, visit, 'da');
    return composeMail('da', `Tak for ${visitName(visit, 'da', 'definite')} ${day}`, name, [
      paragraph(
        `Tak for ${kindName(visit.kind, 'da', 'definite')} ${when}. Vi har noteret ${formatHours(visit.hours, 'da')} som kontaktpersonens timer i klasseadoptionen.`,
      ),
      visitDetails(visit, 'da', visit),
      openVisit(visit, 'da'),
    ]);
  },
  en: (visit, { name }) => {
    const day = formatDay(visit.start, visit, 'en');
    const when = formatSlot(visit, visit, 'en');
    return composeMail(
      'en',
      `Thank you for ${visitName(visit, 'en', 'definite')} on ${day}`,
      name,
      [
        paragraph(
          `Thank you for ${kindName(visit.kind, 'en', 'definite')} on ${when}. We have logged ${formatHours(visit.hours, 'en')} as the contact person's hours for the class adoption.`,
        ),
        visitDetails(visit, 'en', visit),
        openVisit(visit, 'en'),
      ],
    );
  },
};
