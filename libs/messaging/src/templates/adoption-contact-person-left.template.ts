import { Slot } from './adoption-params';
import { capitalize, classAtSchool, formatSlot, kindName } from './format';
import { action, Block, composeMail, list, paragraph } from './mail-body';
import { MailLocale, MailTemplate } from './template';

/** A visit still to come of an adoption that has lost its contact person. */
export interface OrphanedVisit {
  kind: 'class-visit' | 'preparation';
  status: 'requested' | 'confirmed';
  /** The agreed time of a confirmed visit; the proposed slots of a requested one. */
  slots: Slot[];
}

/** An active adoption that names the person who left as its contact person. */
export interface OrphanedAdoption {
  adoptionId: string;
  className: string;
  schoolName: string;
  companyName: string;
  /** The school's IANA zone, for the visits' times. */
  timezone: string;
  /** The adoption in the API. */
  link: string;
  visits: OrphanedVisit[];
}

/**
 * To every admin: a contact person has lost their role at the company (or been deactivated),
 * and these adoptions, with their visits still to come, need a new contact person.
 */
export interface AdoptionContactPersonLeftParams {
  personName: string;
  personEmail: string;
  /** The person in the API. */
  link: string;
  deactivated: boolean;
  adoptions: OrphanedAdoption[];
}

const WORDS = {
  da: {
    subject: (name: string) => `Klasseadoptioner mangler en ny kontaktperson: ${name} er stoppet`,
    left: (name: string, email: string, deactivated: boolean) =>
      `${name} (${email}) er ikke længere kontaktperson${deactivated ? ' og er deaktiveret' : ''}. ` +
      'Disse klasseadoptioner har vedkommende som kontaktperson og skal have en ny:',
    adoptedBy: 'adopteret af',
    confirmed: 'aftalt',
    requested: 'foreslået',
    noVisits: 'Ingen besøg planlagt',
    until:
      'Udpeg en ny kontaktperson fra virksomheden for hver adoption. Indtil da kan ingen svare for virksomheden på besøgene.',
    person: 'Se personen',
    open: (adoption: OrphanedAdoption) => `Se adoptionen af ${adoption.className}`,
  },
  en: {
    subject: (name: string) => `Class adoptions need a new contact person: ${name} has left`,
    left: (name: string, email: string, deactivated: boolean) =>
      `${name} (${email}) is no longer a contact person${deactivated ? ' and has been deactivated' : ''}. ` +
      'These class adoptions name them as contact person and need a new one:',
    adoptedBy: 'adopted by',
    confirmed: 'agreed',
    requested: 'proposed',
    noVisits: 'No visits planned',
    until:
      'Name a new contact person from the company for each adoption. Until then nobody can answer for the company on its visits.',
    person: 'View the person',
    open: (adoption: OrphanedAdoption) => `View the adoption of ${adoption.className}`,
  },
} as const;

/** `7.A på Kirkebakkeskolen, adopteret af LEGO`, and one line per visit to come. */
function describe(adoption: OrphanedAdoption, locale: MailLocale): string {
  const words = WORDS[locale];
  const visits = adoption.visits.map((visit) => {
    const times = visit.slots.map((slot) => formatSlot(slot, adoption, locale));
    return `${capitalize(kindName(visit.kind, locale))}, ${words[visit.status]}: ${times.join(' / ')}`;
  });
  return [
    `${classAtSchool(adoption, locale)}, ${words.adoptedBy} ${adoption.companyName}`,
    ...(visits.length > 0 ? visits : [words.noVisits]),
  ].join('\n');
}

function mail(locale: MailLocale): MailTemplate<AdoptionContactPersonLeftParams>[MailLocale] {
  const words = WORDS[locale];
  return (params, { name }) => {
    const blocks: Block[] = [
      paragraph(words.left(params.personName, params.personEmail, params.deactivated)),
      list(params.adoptions.map((adoption) => describe(adoption, locale))),
      paragraph(words.until),
      ...params.adoptions.map((adoption) => action(words.open(adoption), adoption.link)),
      action(words.person, params.link),
    ];
    return composeMail(locale, words.subject(params.personName), name, blocks);
  };
}

export const adoptionContactPersonLeftTemplate: MailTemplate<AdoptionContactPersonLeftParams> = {
  da: mail('da'),
  en: mail('en'),
};
