import { classAtSchool, formatDate } from './format';
import { action, composeMail, paragraph } from './mail-body';
import { MailTemplate } from './template';

/** `startsOn` and `endsOn` are dates `YYYY-MM-DD`; `endsOn` is the class's graduation day. */
export interface AdoptionCreatedParams {
  adoptionId: string;
  className: string;
  schoolName: string;
  companyName: string;
  contactPersonName: string;
  startsOn: string;
  endsOn: string;
  link: string;
}

export const adoptionCreatedTemplate: MailTemplate<AdoptionCreatedParams> = {
  da: (adoption, { name }) => {
    const pair = `${adoption.companyName} adopterer ${classAtSchool(adoption, 'da')}`;
    const startsOn = formatDate(adoption.startsOn, 'da');
    return composeMail('da', `Velkommen: ${pair} fra ${startsOn}`, name, [
      paragraph(
        `${pair} fra ${startsOn}. Kontaktperson hos ${adoption.companyName} er ${adoption.contactPersonName}.`,
      ),
      paragraph(
        `Klassen og virksomheden mødes to gange om året, frem til ${formatDate(adoption.endsOn, 'da')}, hvor klassen går ud af 9. klasse. Som regel foreslår læreren tidspunkter for besøgene, og kontaktpersonen bekræfter dem.`,
      ),
      action('Se adoptionen', adoption.link),
    ]);
  },
  en: (adoption, { name }) => {
    const pair = `${adoption.companyName} adopts ${classAtSchool(adoption, 'en')}`;
    const startsOn = formatDate(adoption.startsOn, 'en');
    return composeMail('en', `Welcome: ${pair} from ${startsOn}`, name, [
      paragraph(
        `${pair} from ${startsOn}. The contact person at ${adoption.companyName} is ${adoption.contactPersonName}.`,
      ),
      paragraph(
        `The class and the company meet twice a year until ${formatDate(adoption.endsOn, 'en')}, when the class finishes 9th grade. Usually the teacher proposes times for the visits and the contact person confirms them.`,
      ),
      action('View the adoption', adoption.link),
    ]);
  },
};
