import { termName } from './adoption-blocks';
import { capitalize, classAtSchool, formatDate, inDays } from './format';
import { action, composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';

/**
 * To the teacher(s) and the contact person, when the term nears its end without a confirmed class
 * visit. `term` is a term name such as `2026/27-autumn` or `2026/27-spring`; `termEndsOn` is its
 * last day, `YYYY-MM-DD`, `daysLeft` days away.
 */
export interface AdoptionTermNudgeParams {
  adoptionId: string;
  className: string;
  schoolName: string;
  companyName: string;
  term: string;
  termEndsOn: string;
  daysLeft: number;
  link: string;
}

export const adoptionTermNudgeTemplate: MailTemplate<AdoptionTermNudgeParams> = {
  da: (adoption, { name }) => {
    const term = termName(adoption.term, 'da');
    const endsOn = formatDate(adoption.termEndsOn, 'da');
    return composeMail(
      'da',
      `Intet klassebesøg endnu: ${adoption.className} og ${adoption.companyName}, ${term} slutter ${endsOn}`,
      name,
      [
        paragraph(
          `${capitalize(term)} slutter ${endsOn} (${inDays(adoption.daysLeft, 'da')}), og ${classAtSchool(adoption, 'da')} og ${adoption.companyName} har endnu ikke et bekræftet klassebesøg i ${term}.`,
        ),
        paragraph(
          'Foreslå et tidspunkt for et klassebesøg, så klassen og virksomheden når at mødes, inden semesteret er slut.',
        ),
        action('Se adoptionen', adoption.link),
      ],
    );
  },
  en: (adoption, { name }) => {
    const term = termName(adoption.term, 'en');
    const endsOn = formatDate(adoption.termEndsOn, 'en');
    return composeMail(
      'en',
      `No class visit yet: ${adoption.className} and ${adoption.companyName}, ${term} ends ${endsOn}`,
      name,
      [
        paragraph(
          `${capitalize(term)} ends on ${endsOn} (${inDays(adoption.daysLeft, 'en')}), and ${classAtSchool(adoption, 'en')} and ${adoption.companyName} have no confirmed class visit in it yet.`,
        ),
        paragraph(
          'Please propose a time for a class visit so that the class and the company can meet before the term ends.',
        ),
        action('View the adoption', adoption.link),
      ],
    );
  },
};
