import { Slot, VisitSummary } from './adoption-params';
import { capitalize, classAtSchool, dayCount, kindName, visitName } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';
import { askForAnswer, openVisit, slotList, visitDetails } from './adoption-blocks';

/** To the side that must answer a proposal that has waited `daysWaiting` days for an answer. */
export type VisitRequestNudgeParams = VisitSummary & {
  slots: Slot[];
  proposedBy: string;
  daysWaiting: number;
};

export const visitRequestNudgeTemplate: MailTemplate<VisitRequestNudgeParams> = {
  da: (visit, { name }) =>
    composeMail(
      'da',
      `Venter på svar: forslag om ${visitName(visit, 'da')} fra ${visit.proposedBy}`,
      name,
      [
        paragraph(
          `Forslaget fra ${visit.proposedBy} om et ${kindName(visit.kind, 'da')} mellem ${classAtSchool(visit, 'da')} og ${visit.companyName} har ventet på svar i ${dayCount(visit.daysWaiting, 'da')}. ${visit.slots.length === 1 ? 'Det foreslåede tidspunkt' : 'De foreslåede tidspunkter'}:`,
        ),
        slotList(visit, visit.slots, 'da'),
        askForAnswer('da'),
        visitDetails(visit, 'da'),
        openVisit(visit, 'da'),
      ],
    ),
  en: (visit, { name }) =>
    composeMail(
      'en',
      `Waiting for your answer: proposed ${visitName(visit, 'en')} from ${visit.proposedBy}`,
      name,
      [
        paragraph(
          `The proposal from ${visit.proposedBy} of a ${kindName(visit.kind, 'en')} between ${classAtSchool(visit, 'en')} and ${visit.companyName} has waited ${dayCount(visit.daysWaiting, 'en')} for an answer. ${capitalize(visit.slots.length === 1 ? 'the proposed time' : 'the proposed times')}:`,
        ),
        slotList(visit, visit.slots, 'en'),
        askForAnswer('en'),
        visitDetails(visit, 'en'),
        openVisit(visit, 'en'),
      ],
    ),
};
