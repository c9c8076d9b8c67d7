import { MailLocale } from './template';

/** A success criterion's metric, as a reader says it. */
const METRIC_NAMES: Record<MailLocale, Record<string, string>> = {
  da: {
    'class-visits': 'klassebesøg',
    'preparation-meetings': 'forberedende møder',
    'pupils-reached': 'elever nået',
    'contact-hours': 'timer brugt af kontaktpersonen',
    'volunteer-hours': 'frivillige timer',
    'shifts-covered': 'dækkede vagter',
    'share-of-shifts-not-short': 'procent vagter med nok frivillige',
    'units-donated': 'enheder leveret',
    'projects-reached': 'projekter nået',
  },
  en: {
    'class-visits': 'class visits',
    'preparation-meetings': 'preparation meetings',
    'pupils-reached': 'pupils reached',
    'contact-hours': "contact person's hours",
    'volunteer-hours': 'volunteer hours',
    'shifts-covered': 'shifts covered',
    'share-of-shifts-not-short': 'per cent of shifts with enough volunteers',
    'units-donated': 'units delivered',
    'projects-reached': 'projects reached',
  },
};

export function metricName(metric: string, locale: MailLocale): string {
  return METRIC_NAMES[locale][metric] ?? metric;
}

/**
 * A counted period as a reader says it: `efteråret 2026/27`, `skoleåret 2026/27`, `2027`, or the
 * agreement's own dates.
 */
export function periodName(name: string, locale: MailLocale): string {
  const term = /^(\d{4}\/\d{2})-(autumn|spring)$/.exec(name);
  if (term) {
    const half = {
      da: { autumn: 'efteråret', spring: 'foråret' },
      en: { autumn: 'the autumn term', spring: 'the spring term' },
    }[locale][term[2] as 'autumn' | 'spring'];
    return `${half} ${term[1]}`;
  }
  if (/^\d{4}\/\d{2}$/.test(name))
    return `${locale === 'da' ? 'skoleåret' : 'the school year'} ${name}`;
  if (/^\d{4}$/.test(name)) return name;
  return locale === 'da' ? 'hele aftalens periode' : 'the whole agreement';
}
