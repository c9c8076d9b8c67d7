import { Slot, VisitSummary } from './adoption-params';
import { openVisit, reasonBlocks, visitDetails } from './adoption-blocks';
import { capitalize, formatSlot, kindName, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';

/**
 * `cancelledBy` is null when the visit was cancelled automatically because the adoption ended;
 * `start` and `end` are null when no time had been agreed yet.
 */
export type VisitCancelledParams = VisitSummary & {
  cancelledBy: string | null;
  reason: string;
  start: string | null;
  end: string | null;
};

function agreedSlot({ start, end }: VisitCancelledParams): Slot | null {
  return start && end ? { start, end } : null;
}

export const visitCancelledTemplate: MailTemplate<VisitCancelledParams> = {
  da: (visit, { name }) => {
    const slot = agreedSlot(visit);
    const when = slot ? ` ${formatSlot(slot, visit, 'da')}` : '';
    const what = `${kindName(visit.kind, 'da', 'definite')}${when}`;
    return composeMail('da', `Aflyst: ${visitName(visit, 'da')}${when}`, name, [
      paragraph(
        visit.cancelledBy
          ? `${visit.cancelledBy} har aflyst ${what}.`
          : `${capitalize(what)} er aflyst, fordi klasseadoptionen er slut.`,
      ),
      ...reasonBlocks(visit.reason, 'da'),
      visitDetails(visit, 'da', slot),
      openVisit(visit, 'da'),
    ]);
  },
  en: (visit, { name }) => {
    const slot = agreedSlot(visit);
    const when = slot ? ` on ${formatSlot(slot, visit, 'en')}` : '';
    const what = `${kindName(visit.kind, 'en', 'definite')}${when}`;
    return composeMail('en', `Cancelled: ${visitName(visit, 'en')}${when}`, name, [
      paragraph(
        visit.cancelledBy
          ? `${visit.cancelledBy} has cancelled ${what}.`
          : `${capitalize(what)} has been cancelled because the class adoption has ended.`,
      ),
      ...reasonBlocks(visit.reason, 'en'),
      visitDetails(visit, 'en', slot),
      openVisit(visit, 'en'),
    ]);
  },
};
