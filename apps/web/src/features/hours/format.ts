import type { TFunction } from 'i18next';

/** Hours as a person reads them in the language: "1,5" in Danish, "1.5" in English. */
export function formatHours(language: string, hours: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(hours);
}

export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A date-only value (`2026-11-16`) in the language's words, the same day in every zone. */
export function formatDay(language: string, day: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Today's date (`YYYY-MM-DD`) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  // Swedish writes dates the ISO way.
  return new Intl.DateTimeFormat('sv-SE', { timeZone }).format(now);
}

/** A term's name, `2026/27-autumn`, as words: "Efterår 2026/27". */
export function termLabel(t: TFunction, term: string): string {
  const match = /^(\d{4}\/\d{2})-(autumn|spring)$/.exec(term);
  if (!match) return term;
  return t(`hours.term.${match[2]}`, { year: match[1] });
}

/** The school year a day lies in, with August as its first month: `2026/27`. */
export function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const first = month >= 8 ? year : year - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** The browser's own time zone, to say when a place's differs from it. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The id of a membership's organisation (the API's schema calls it an object; it is a uuid). */
export function organisationOf(membership: { organisationId: unknown }): string | null {
  return typeof membership.organisationId === 'string' ? membership.organisationId : null;
}
