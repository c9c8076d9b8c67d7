import { AnswerLinks, Slot, VisitSummary } from './adoption-params';
import { capitalize, classAtSchool, formatSlot, visitName } from './format';
import { action, Block, details, list, paragraph } from './mail-body';
import { SecretLinkName, secretLink } from './secret-link';
import { MailLocale } from './template';

const LABELS = {
  da: {
    when: 'Tidspunkt',
    class: 'Klasse',
    company: 'Virksomhed',
    location: 'Sted',
    agenda: 'Program',
    hosts: 'Også med',
    open: 'Se besøget',
  },
  en: {
    when: 'When',
    class: 'Class',
    company: 'Company',
    location: 'Place',
    agenda: 'Agenda',
    hosts: 'Also taking part',
    open: 'View the visit',
  },
} as const;

/** Which visit, where, and what happens there; with its time once one is agreed. */
export function visitDetails(visit: VisitSummary, locale: MailLocale, slot?: Slot | null): Block {
  const labels = LABELS[locale];
  return details([
    ...(slot ? [[labels.when, formatSlot(slot, visit, locale)] as [string, string]] : []),
    [labels.class, classAtSchool(visit, locale)],
    [labels.company, visit.companyName],
    [labels.location, visit.location],
    [labels.agenda, visit.agenda],
    ...(visit.hostNames?.length
      ? [[labels.hosts, visit.hostNames.join(', ')] as [string, string]]
      : []),
  ]);
}

export function openVisit(visit: VisitSummary, locale: MailLocale): Block {
  return action(LABELS[locale].open, visit.link);
}

/** The proposed slots, numbered in the order the proposer gave them. */
export function slotList(visit: VisitSummary, slots: Slot[], locale: MailLocale): Block {
  return list(
    slots.map((slot) => formatSlot(slot, visit, locale)),
    true,
  );
}

/**
 * A subject for a proposal: `<Prefix> klassebesøg hos LEGO: <first slot>`, and how many more
 * slots there are to choose from.
 */
export function proposalSubject(
  prefix: string,
  visit: VisitSummary,
  slots: Slot[],
  locale: MailLocale,
): string {
  const title = `${capitalize(prefix)} ${visitName(visit, locale)}`;
  if (slots.length === 0) return title;
  const first = formatSlot(slots[0], visit, locale);
  const others = slots.length - 1;
  if (others === 0) return `${title}: ${first}`;
  const more =
    locale === 'da'
      ? `eller ${others} ${others === 1 ? 'andet tidspunkt' : 'andre tidspunkter'}`
      : `or ${others} other ${others === 1 ? 'time' : 'times'}`;
  return `${title}: ${first} ${more}`;
}

/** The catalogue's advice: answer quickly, and say why when a time does not suit. */
export function askForAnswer(locale: MailLocale): Block {
  return paragraph(
    locale === 'da'
      ? 'Bekræft det tidspunkt, der passer, eller afslå med en kort begrundelse, så I hurtigt kan finde et andet.'
      : 'Please confirm the time that suits you, or decline with a short reason so that you can quickly find another.',
  );
}

/** The reason someone gave, when they gave one. */
export function reasonBlocks(reason: string | null, locale: MailLocale): Block[] {
  if (!reason?.trim()) return [];
  return [paragraph(`${locale === 'da' ? 'Begrundelse' : 'Reason'}: ${reason}`)];
}

const TERM_NAMES: Record<MailLocale, Record<'autumn' | 'spring', string>> = {
  da: { autumn: 'efteråret', spring: 'foråret' },
  en: { autumn: 'the autumn term', spring: 'the spring term' },
};

/**
 * The half of the school year a term name such as `2026/27-autumn` stands for: `efteråret` /
 * `the autumn term`, `foråret` / `the spring term`.
 */
export function termName(term: string, locale: MailLocale): string {
  const match = /-(autumn|spring)$/.exec(term);
  // A mail naming the wrong half of the year is worse than a render job that fails loudly.
  if (!match) throw new Error(`Cannot show ${term} as a term: expected …-autumn or …-spring`);
  return TERM_NAMES[locale][match[1] as 'autumn' | 'spring'];
}

/** Buttons that answer a request in one click: confirm a slot, or decline. */
export function answerActions(
  links: AnswerLinks | undefined,
  slots: Slot[],
  locale: MailLocale,
): Block[] {
  if (!links) return [];
  const confirm = locale === 'da' ? 'Bekræft tidspunkt' : 'Confirm time';
  return [
    ...slots.map((_, index) =>
      action(
        slots.length === 1 ? confirm : `${confirm} ${index + 1}`,
        secretLink(SecretLinkName.confirmSlot(index)),
      ),
    ),
    action(locale === 'da' ? 'Afslå' : 'Decline', secretLink(SecretLinkName.decline)),
  ];
}
