import { DateTime } from 'luxon';
import { addDays, DateInput, isValidTimezone, localDateOf, startOfLocalDay } from './local-date';
import { calendarProblem, CalendarProblem, invalidInput, throwIfProblems } from './problems';

/** What a school's calendar needs: its zone and the month-days its year starts and ends on. */
export interface SchoolCalendar {
  /** IANA zone in which the school's days, terms and visits are reckoned. */
  timezone: string;
  /** Month and day the school year starts, `MM-DD`. */
  schoolYearStart: string;
  /** Month and day of the last school day, `MM-DD`. */
  lastSchoolDay: string;
}

/** A Danish school: the year starts on 1 August and the last school day is 30 June. */
export const DEFAULT_SCHOOL_CALENDAR: Readonly<SchoolCalendar> = Object.freeze({
  timezone: 'Europe/Copenhagen',
  schoolYearStart: '08-01',
  lastSchoolDay: '06-30',
});

/** A school calendar with the defaults filled in where nothing is given. */
export function schoolCalendar(overrides: Partial<SchoolCalendar> = {}): SchoolCalendar {
  return {
    timezone: overrides.timezone ?? DEFAULT_SCHOOL_CALENDAR.timezone,
    schoolYearStart: overrides.schoolYearStart ?? DEFAULT_SCHOOL_CALENDAR.schoolYearStart,
    lastSchoolDay: overrides.lastSchoolDay ?? DEFAULT_SCHOOL_CALENDAR.lastSchoolDay,
  };
}

export type TermKind = 'autumn' | 'spring';

/** A half-year term. Dates are local to the school; the instants bound it half-open. */
export interface Term {
  /** `2026/27-autumn` or `2026/27-spring`. */
  name: string;
  kind: TermKind;
  /** `2026/27`. */
  schoolYear: string;
  /** First day, `YYYY-MM-DD`. */
  startsOn: string;
  /** Last day, `YYYY-MM-DD`, included. */
  endsOn: string;
  /** Local midnight at the start of the first day. */
  startsAt: Date;
  /** Local midnight at the end of the last day: the first instant no longer in the term. */
  endsAt: Date;
}

/** A school year from its first day to its last school day; the summer holiday is not in it. */
export interface SchoolYearSpan {
  name: string;
  startYear: number;
  startsOn: string;
  endsOn: string;
  startsAt: Date;
  endsAt: Date;
}

const SCHOOL_YEAR_NAME = /^(\d{4})\/(\d{2})$/;
const TERM_NAME = /^(\d{4}\/\d{2})-(autumn|spring)$/;
const MONTH_DAY = /^\d{2}-\d{2}$/;
const FIRST_START_YEAR = 1000;
const LAST_START_YEAR = 9998;

/** True for a month and day `MM-DD` that every year has (so not `02-29`). */
export function isMonthDay(value: unknown): value is string {
  // 2001 is not a leap year, so 29 February is refused.
  return (
    typeof value === 'string' &&
    MONTH_DAY.test(value) &&
    DateTime.fromISO(`2001-${value}`, { zone: 'utc' }).isValid
  );
}

/**
 * Problems with a school calendar: an unknown zone, a month-day that is not `MM-DD`, or a last
 * school day that is not before the school-year start in the calendar year (the year starts in
 * one calendar year and its last school day is in the next, with a holiday in between).
 */
export function validateSchoolCalendar(calendar: SchoolCalendar): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  if (!isValidTimezone(calendar.timezone)) {
    problems.push(calendarProblem('timezone', 'school.timezone', 'must be a known IANA time zone'));
  }
  if (!isMonthDay(calendar.schoolYearStart)) {
    problems.push(
      calendarProblem('schoolYearStart', 'school.month-day', 'must be a month and day MM-DD'),
    );
  }
  if (!isMonthDay(calendar.lastSchoolDay)) {
    problems.push(
      calendarProblem('lastSchoolDay', 'school.month-day', 'must be a month and day MM-DD'),
    );
  }
  if (
    isMonthDay(calendar.schoolYearStart) &&
    isMonthDay(calendar.lastSchoolDay) &&
    calendar.lastSchoolDay >= calendar.schoolYearStart
  ) {
    problems.push(
      calendarProblem(
        'lastSchoolDay',
        'school.last-day-not-before-start',
        'must come before the school-year start in the calendar year',
      ),
    );
  }
  return problems;
}

function assertSchoolCalendar(calendar: SchoolCalendar): void {
  throwIfProblems(validateSchoolCalendar(calendar));
}

/** The name of the school year that starts in a calendar year: 2026 gives `2026/27`. */
export function schoolYearName(startYear: number): string {
  if (!Number.isInteger(startYear) || startYear < FIRST_START_YEAR || startYear > LAST_START_YEAR) {
    invalidInput(
      'schoolYear',
      'school-year.range',
      `must start in a four-digit year: ${startYear}`,
    );
  }
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** True for a school-year name such as `2026/27` or `1999/00`, whose two years follow on. */
export function isSchoolYearName(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = SCHOOL_YEAR_NAME.exec(value);
  if (!match) return false;
  const startYear = Number(match[1]);
  return (
    startYear >= FIRST_START_YEAR &&
    startYear <= LAST_START_YEAR &&
    Number(match[2]) === (startYear + 1) % 100
  );
}

/** The calendar year a school year starts in: `2026/27` gives 2026. Throws on a bad name. */
export function parseSchoolYear(name: string): number {
  if (!isSchoolYearName(name)) {
    invalidInput('schoolYear', 'school-year.format', `must be like 2026/27: ${String(name)}`);
  }
  return Number(name.slice(0, 4));
}

/**
 * The school year a day belongs to. A day between the last school day and the next school-year
 * start (the summer holiday) belongs to the year about to start: 15 July 2027 is in `2027/28`.
 * So the school year of a day is the first one whose last school day is not before it, and a
 * class that has just finished 2nd grade counts as 3rd grade over the summer.
 */
export function schoolYearOf(date: DateInput, school: SchoolCalendar): string {
  assertSchoolCalendar(school);
  const day = localDateOf(date, school.timezone);
  const year = Number(day.slice(0, 4));
  const monthDay = day.slice(5);
  return schoolYearName(monthDay > school.lastSchoolDay ? year : year - 1);
}

/** First and last day of a school year, and the instants that bound it in the school's zone. */
export function schoolYearSpan(schoolYear: string, school: SchoolCalendar): SchoolYearSpan {
  assertSchoolCalendar(school);
  const startYear = parseSchoolYear(schoolYear);
  const startsOn = `${startYear}-${school.schoolYearStart}`;
  const endsOn = `${startYear + 1}-${school.lastSchoolDay}`;
  return {
    name: schoolYear,
    startYear,
    startsOn,
    endsOn,
    startsAt: startOfLocalDay(startsOn, school.timezone),
    endsAt: startOfLocalDay(addDays(endsOn, 1), school.timezone),
  };
}

function term(
  schoolYear: string,
  kind: TermKind,
  startsOn: string,
  endsOn: string,
  timezone: string,
): Term {
  return {
    name: `${schoolYear}-${kind}`,
    kind,
    schoolYear,
    startsOn,
    endsOn,
    startsAt: startOfLocalDay(startsOn, timezone),
    endsAt: startOfLocalDay(addDays(endsOn, 1), timezone),
  };
}

/**
 * The two terms of a school year, autumn first: autumn from the school-year start to
 * 31 December, spring from 1 January to the last school day.
 */
export function termsOfSchoolYear(schoolYear: string, school: SchoolCalendar): [Term, Term] {
  // Reports ask for the same few school years of the same few calendars again and again, and
  // each local midnight costs luxon several Intl look-ups.
  const key = `${schoolYear}|${school.timezone}|${school.schoolYearStart}|${school.lastSchoolDay}`;
  let terms = knownTerms.get(key);
  if (!terms) {
    const span = schoolYearSpan(schoolYear, school);
    terms = [
      term(schoolYear, 'autumn', span.startsOn, `${span.startYear}-12-31`, school.timezone),
      term(schoolYear, 'spring', `${span.startYear + 1}-01-01`, span.endsOn, school.timezone),
    ];
    if (knownTerms.size >= KNOWN_TERMS_MAX) knownTerms.clear();
    knownTerms.set(key, terms);
  }
  const copy = (known: Term): Term => ({
    ...known,
    startsAt: new Date(known.startsAt),
    endsAt: new Date(known.endsAt),
  });
  return [copy(terms[0]), copy(terms[1])];
}

/** Terms worked out already, by school year and calendar; a few thousand at most. */
const knownTerms = new Map<string, [Term, Term]>();
const KNOWN_TERMS_MAX = 10_000;

/**
 * The term a day or an instant lies in, reckoned on the school's wall clock, or null in the
 * summer holiday between the last school day and the next school-year start.
 */
export function termOf(date: DateInput, school: SchoolCalendar): Term | null {
  assertSchoolCalendar(school);
  const day = localDateOf(date, school.timezone);
  const terms = termsOfSchoolYear(schoolYearOf(day, school), school);
  return terms.find((candidate) => candidate.startsOn <= day && day <= candidate.endsOn) ?? null;
}

/** True for a term name such as `2026/27-autumn` or `2026/27-spring`. */
export function isTermName(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = TERM_NAME.exec(value);
  return match !== null && isSchoolYearName(match[1]);
}

/** The school year and kind a term name stands for. Throws on a bad name. */
export function parseTermName(name: string): { schoolYear: string; kind: TermKind } {
  const match = isTermName(name) ? TERM_NAME.exec(name) : null;
  if (!match) invalidInput('term', 'term.format', `must be like 2026/27-autumn: ${String(name)}`);
  const [, schoolYear, kind] = match;
  return { schoolYear, kind: kind as TermKind };
}

/** The term with a name such as `2026/27-spring`. Throws on a bad name. */
export function termByName(name: string, school: SchoolCalendar): Term {
  const { schoolYear, kind } = parseTermName(name);
  const [autumn, spring] = termsOfSchoolYear(schoolYear, school);
  return kind === 'autumn' ? autumn : spring;
}

/**
 * Every term that shares at least one day with a date range (both ends included), in order.
 * Empty when the range ends before it starts or lies wholly in a summer holiday.
 */
export function termsBetween(
  fromDate: DateInput,
  toDate: DateInput,
  school: SchoolCalendar,
): Term[] {
  assertSchoolCalendar(school);
  const from = localDateOf(fromDate, school.timezone, 'fromDate');
  const to = localDateOf(toDate, school.timezone, 'toDate');
  if (to < from) return [];
  const firstYear = parseSchoolYear(schoolYearOf(from, school));
  const lastYear = parseSchoolYear(schoolYearOf(to, school));
  const terms: Term[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const candidate of termsOfSchoolYear(schoolYearName(year), school)) {
      if (candidate.startsOn <= to && from <= candidate.endsOn) terms.push(candidate);
    }
  }
  return terms;
}
