import { DateTime } from 'luxon';
import { Slot, VisitSummary } from './adoption-params';
import { MailLocale } from './template';

type VisitKind = VisitSummary['kind'];

const KIND_NAMES: Record<
  MailLocale,
  Record<VisitKind, { indefinite: string; definite: string }>
> = {
  da: {
    'class-visit': { indefinite: 'klassebesøg', definite: 'klassebesøget' },
    preparation: { indefinite: 'forberedelsesmøde', definite: 'forberedelsesmødet' },
  },
  en: {
    'class-visit': { indefinite: 'class visit', definite: 'the class visit' },
    preparation: { indefinite: 'preparation meeting', definite: 'the preparation meeting' },
  },
};

// The class visits the company; a preparation meeting is held with it, often at the school.
const COMPANY_PREPOSITIONS: Record<MailLocale, Record<VisitKind, string>> = {
  da: { 'class-visit': 'hos', preparation: 'med' },
  en: { 'class-visit': 'at', preparation: 'with' },
};

/** `klassebesøg` / `class visit`; the definite form is `klassebesøget` / `the class visit`. */
export function kindName(
  kind: VisitKind,
  locale: MailLocale,
  form: 'indefinite' | 'definite' = 'indefinite',
): string {
  return KIND_NAMES[locale][kind][form];
}

/** `klassebesøg hos LEGO`, `forberedelsesmøde med LEGO` / `class visit at LEGO`. */
export function visitName(
  visit: Pick<VisitSummary, 'kind' | 'companyName'>,
  locale: MailLocale,
  form: 'indefinite' | 'definite' = 'indefinite',
): string {
  const preposition = COMPANY_PREPOSITIONS[locale][visit.kind];
  return `${kindName(visit.kind, locale, form)} ${preposition} ${visit.companyName}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function instant(iso: string, timezone: string, locale: MailLocale): DateTime {
  const time = DateTime.fromISO(iso, { zone: timezone }).setLocale(locale);
  // A mail showing "Invalid DateTime" is worse than a render job that fails loudly.
  if (!time.isValid) {
    throw new Error(`Cannot show ${iso} in ${timezone}: ${time.invalidExplanation ?? ''}`);
  }
  return time;
}

const DAY_FORMATS: Record<MailLocale, string> = { da: 'cccc d. LLLL', en: 'cccc d LLLL' };
const TIME_FORMATS: Record<MailLocale, string> = { da: 'H.mm', en: 'H:mm' };

/**
 * Where times are shown: on the place's wall clock (`timezone`, the school's or the programme's),
 * or, for a reader who reads times in another zone, on theirs, with the place's beside it.
 */
export interface Zones {
  timezone: string;
  /** The recipient's zone, given to every template as it renders (see renderTemplate). */
  readerTimezone?: string;
}

const readingZone = (zones: Zones) => zones.readerTimezone ?? zones.timezone;

/** The local day of an instant, as the reader's calendar has it: `onsdag 7. oktober`. */
export function formatDay(iso: string, zones: Zones, locale: MailLocale): string {
  return instant(iso, readingZone(zones), locale).toFormat(DAY_FORMATS[locale]);
}

// The Danish style writes `kl.` before a time of day; the English one does not.
const CLOCK_PREFIXES: Record<MailLocale, string> = { da: 'kl. ', en: '' };

function clock(time: DateTime, locale: MailLocale): string {
  return time.toFormat(TIME_FORMATS[locale]);
}

/** `kl. 9.00–12.00` / `9:00–12:00`. */
function clockRange(start: DateTime, end: DateTime, locale: MailLocale): string {
  return `${CLOCK_PREFIXES[locale]}${clock(start, locale)}–${clock(end, locale)}`;
}

/**
 * A slot on the reader's wall clock, which is the place's unless they read times in another
 * zone: `onsdag 7. oktober kl. 9.00–12.00` / `Wednesday 7 October, 9:00–12:00`. Where the two
 * clocks differ, the place's time follows: `Wednesday 7 October, 8:00–11:00 (9:00–12:00 local
 * time)`, with its day too when that differs.
 */
export function formatSlot(slot: Slot, zones: Zones, locale: MailLocale): string {
  const reader = readingZone(zones);
  const shown = slotOn(slot, reader, locale);
  const here = instant(slot.start, reader, locale);
  const there = instant(slot.start, zones.timezone, locale);
  if (here.offset === there.offset) return shown;
  const end = instant(slot.end, zones.timezone, locale);
  const sameDay =
    here.toISODate() === there.toISODate() &&
    there.hasSame(end, 'day') &&
    here.hasSame(instant(slot.end, reader, locale), 'day');
  const local = sameDay ? clockRange(there, end, locale) : slotOn(slot, zones.timezone, locale);
  return `${shown} (${local} ${PLACE_TIME[locale]})`;
}

const PLACE_TIME: Record<MailLocale, string> = { da: 'på stedet', en: 'local time' };

function slotOn(slot: Slot, timezone: string, locale: MailLocale): string {
  const start = instant(slot.start, timezone, locale);
  const end = instant(slot.end, timezone, locale);
  const day = (time: DateTime) => time.toFormat(DAY_FORMATS[locale]);
  const separator = locale === 'da' ? ' ' : ', ';
  // Visits lie within one local day; the other form only keeps a bad slot readable.
  if (start.hasSame(end, 'day')) {
    return `${day(start)}${separator}${clockRange(start, end, locale)}`;
  }
  const at = (time: DateTime) =>
    `${day(time)}${separator}${CLOCK_PREFIXES[locale]}${clock(time, locale)}`;
  return `${at(start)} – ${at(end)}`;
}

/** A wall-clock time of day, `HH:mm` (seconds, as a database may add them, are ignored). */
function timeOfDay(text: string): DateTime {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(text);
  const time = match
    ? DateTime.fromObject({ hour: Number(match[1]), minute: Number(match[2]) }, { zone: 'utc' })
    : null;
  if (!time?.isValid) throw new Error(`Cannot show ${text} as a time of day`);
  return time;
}

/** Times of day on some wall clock, `HH:mm`: `kl. 16.00–18.00` / `16:00–18:00`. */
export function formatTimes(startTime: string, endTime: string, locale: MailLocale): string {
  return clockRange(timeOfDay(startTime), timeOfDay(endTime), locale);
}

const DATE_FORMATS: Record<MailLocale, string> = { da: 'd. LLLL yyyy', en: 'd LLLL yyyy' };

/** A calendar date `YYYY-MM-DD`: `30. juni 2030` / `30 June 2030`. */
export function formatDate(isoDate: string, locale: MailLocale): string {
  return instant(isoDate, 'utc', locale).toFormat(DATE_FORMATS[locale]);
}

/** `7,4` / `7.4`. */
export function formatNumber(value: number, locale: MailLocale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** `1 time`, `7,4 timer` / `1 hour`, `7.4 hours`. */
export function formatHours(hours: number, locale: MailLocale): string {
  const unit = locale === 'da' ? (hours === 1 ? 'time' : 'timer') : hours === 1 ? 'hour' : 'hours';
  return `${formatNumber(hours, locale)} ${unit}`;
}

/** The class and its school: `7.A på Kirkebakkeskolen` / `7.A at Kirkebakkeskolen`. */
export function classAtSchool(
  params: { className: string; schoolName: string },
  locale: MailLocale,
): string {
  return `${params.className} ${locale === 'da' ? 'på' : 'at'} ${params.schoolName}`;
}

/**
 * How far off something is, in whole days: `i morgen`, `om 7 dage` / `tomorrow`, `in 7 days`.
 */
export function inDays(days: number, locale: MailLocale): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new Error(`Cannot show ${days} as a number of days ahead`);
  }
  if (days === 0) return locale === 'da' ? 'i dag' : 'today';
  if (days === 1) return locale === 'da' ? 'i morgen' : 'tomorrow';
  return locale === 'da' ? `om ${days} dage` : `in ${days} days`;
}

/**
 * A reminder's subject: `Påmindelse: <what> i morgen, onsdag 7. oktober kl. 9.00–12.00` /
 * `Reminder: <what> tomorrow, Wednesday 7 October, 9:00–12:00`.
 */
export function reminderSubject(
  what: string,
  daysBefore: number,
  when: string,
  locale: MailLocale,
): string {
  const prefix = locale === 'da' ? 'Påmindelse' : 'Reminder';
  return `${prefix}: ${what} ${inDays(daysBefore, locale)}, ${when}`;
}

/** `1 dag`, `5 dage` / `1 day`, `5 days`. */
export function dayCount(days: number, locale: MailLocale): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new Error(`Cannot show ${days} as a number of days`);
  }
  const unit = locale === 'da' ? (days === 1 ? 'dag' : 'dage') : days === 1 ? 'day' : 'days';
  return `${formatNumber(days, locale)} ${unit}`;
}
