import { reasonBlocks } from './adoption-blocks';
import { classAtSchool, formatDate, formatNumber } from './format';
import { action, composeMail, details, paragraph } from './mail-body';
import { MailTemplate } from './template';

/**
 * The closing summary to both sides. `endsOn` (`YYYY-MM-DD`) is the adoption's end date, the
 * class's graduation day, even when it was ended early (with `reason`) before that day.
 */
export interface AdoptionEndedParams {
  adoptionId: string;
  className: string;
  schoolName: string;
  companyName: string;
  endsOn: string;
  endedEarly: boolean;
  reason: string | null;
  visitsHeld: number;
  hoursGiven: number;
  link: string;
}

export const adoptionEndedTemplate: MailTemplate<AdoptionEndedParams> = {
  da: (adoption, { name }) => {
    const pair = `${adoption.companyName} og ${classAtSchool(adoption, 'da')}`;
    const endsOn = formatDate(adoption.endsOn, 'da');
    const subject = adoption.endedEarly
      ? `Klasseadoptionen er afsluttet før tid: ${pair}`
      : `Klasseadoptionen er slut: ${pair}, ${endsOn}`;
    return composeMail('da', subject, name, [
      paragraph(
        adoption.endedEarly
          ? `Klasseadoptionen mellem ${pair} er afsluttet før tid. Den skulle have varet til ${endsOn}.`
          : `Klasseadoptionen mellem ${pair} sluttede ${endsOn}, da klassen gik ud af 9. klasse.`,
      ),
      ...reasonBlocks(adoption.reason, 'da'),
      paragraph('Resultatet:'),
      details([
        ['Besøg holdt', formatNumber(adoption.visitsHeld, 'da')],
        [`Timer givet af ${adoption.companyName}`, formatNumber(adoption.hoursGiven, 'da')],
      ]),
      paragraph(
        'Tak for jeres indsats. Fejr gerne resultatet sammen, og fortæl andre om det: sådan bliver flere partnerskaber til.',
      ),
      action('Se adoptionen', adoption.link),
    ]);
  },
  en: (adoption, { name }) => {
    const pair = `${adoption.companyName} and ${classAtSchool(adoption, 'en')}`;
    const endsOn = formatDate(adoption.endsOn, 'en');
    const subject = adoption.endedEarly
      ? `The class adoption has been ended early: ${pair}`
      : `The class adoption has ended: ${pair}, ${endsOn}`;
    return composeMail('en', subject, name, [
      paragraph(
        adoption.endedEarly
          ? `The class adoption between ${pair} has been ended early. It was to last until ${endsOn}.`
          : `The class adoption between ${pair} ended on ${endsOn}, when the class finished 9th grade.`,
      ),
      ...reasonBlocks(adoption.reason, 'en'),
      paragraph('The result:'),
      details([
        ['Visits held', formatNumber(adoption.visitsHeld, 'en')],
        [`Hours given by ${adoption.companyName}`, formatNumber(adoption.hoursGiven, 'en')],
      ]),
      paragraph(
        'Thank you for your work. Do celebrate the result together, and tell others about it: that is how more partnerships come about.',
      ),
      action('View the adoption', adoption.link),
    ]);
  },
};
