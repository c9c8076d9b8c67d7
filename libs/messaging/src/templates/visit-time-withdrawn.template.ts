import { VisitSummary } from './adoption-params';
import { openVisit, visitDetails } from './adoption-blocks';
import { formatSlot, kindName, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';

/**
 * To everyone taking part who is not asked to answer: a confirmed visit is being moved, so its
 * agreed time (`start`, `end`) comes off their calendars until a new one is confirmed.
 */
export type VisitTimeWithdrawnParams = VisitSummary & {
  start: string;
  end: string;
  rescheduledBy: string;
};

export const visitTimeWithdrawnTemplate: MailTemplate<VisitTimeWithdrawnParams> = {
  da: (visit, { name }) => {
    const when = formatSlot(visit, visit, 'da');
    return composeMail('da', `Flyttes: ${visitName(visit, 'da')} ${when}`, name, [
      paragraph(
        `${visit.rescheduledBy} vil flytte ${kindName(visit.kind, 'da', 'definite')} ${when}. Tidspunktet er taget ud af kalenderen; du får en ny invitation, når et nyt tidspunkt er bekræftet.`,
      ),
      visitDetails(visit, 'da'),
      openVisit(visit, 'da'),
    ]);
  },
  en: (visit, { name }) => {
    const when = formatSlot(visit, visit, 'en');
    return composeMail('en', `Being moved: ${visitName(visit, 'en')} on ${when}`, name, [
      paragraph(
        `${visit.rescheduledBy} wants to move ${kindName(visit.kind, 'en', 'definite')} on ${when}. That time is off your calendar; you will get a new invitation once a new time is confirmed.`,
      ),
      visitDetails(visit, 'en'),
      openVisit(visit, 'en'),
    ]);
  },
};
