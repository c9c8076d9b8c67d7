import { DateTime, IANAZone } from 'luxon';
import { calendarProblem, CalendarInputError } from './problems';

/** A point in time: a JS Date or a luxon DateTime (its zone does not matter). */
export type Instant = Date | DateTime;

/**
 * A day: either a calendar date `YYYY-MM-DD`, taken as it is, or an instant, whose date is read
 * on the wall clock of the zone at hand (the school's or the programme's).
 */
export type DateInput = string | Instant;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MINUTE_MS = 60_000;
/** A day of 24 hours, for instants; calendar days are counted with luxon. */
export const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (so not `2026-02-30`). */
export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    ISO_DATE.test(value) &&
    DateTime.fromISO(value, { zone: 'utc' }).isValid
  );
}

/** True for a local wall-clock time written `HH:mm`, from 00:00 to 23:59. */
export function isWallClockTime(value: unknown): value is string {
  return typeof value === 'string' && WALL_CLOCK_TIME.test(value);
}

/** Zone names found valid: luxon builds an Intl.DateTimeFormat to check one, every time. */
const validZones = new Set<string>();

/** True for a time zone name the runtime knows, such as `Europe/Copenhagen`. */
export function isValidTimezone(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (validZones.has(value)) return true;
  if (!IANAZone.isValidZone(value)) return false;
  // Bounded: only names that are real zones get in.
  validZones.add(value);
  return true;
}

export function assertIsoDate(value: unknown, field: string): string {
  if (!isIsoDate(value)) {
    throw new CalendarInputError([
      calendarProblem(
        field,
        'date.format',
        `must be a calendar date YYYY-MM-DD, got ${String(value)}`,
      ),
    ]);
  }
  return value;
}

export function assertTimezone(value: unknown, field = 'timezone'): string {
  if (!isValidTimezone(value)) {
    throw new CalendarInputError([
      calendarProblem(field, 'timezone.unknown', `is not a known IANA time zone: ${String(value)}`),
    ]);
  }
  return value;
}

/** Milliseconds since the epoch of a valid instant; throws on an invalid Date or DateTime. */
export function instantMillis(instant: Instant, field = 'instant'): number {
  const millis = instant instanceof Date ? instant.getTime() : instant.toMillis();
  if (!Number.isFinite(millis)) {
    throw new CalendarInputError([
      calendarProblem(field, 'instant.invalid', 'is not a valid time'),
    ]);
  }
  return millis;
}

/** The calendar date of a day: a date string as it is, an instant on the zone's wall clock. */
export function localDateOf(input: DateInput, timezone: string, field = 'date'): string {
  if (typeof input === 'string') return assertIsoDate(input, field);
  const millis = instantMillis(input, field);
  return DateTime.fromMillis(millis, { zone: assertTimezone(timezone) }).toISODate() as string;
}

function utcDate(date: string): DateTime {
  return DateTime.fromISO(assertIsoDate(date, 'date'), { zone: 'utc' });
}

/** The date a number of days after (or, when negative, before) a date. */
export function addDays(date: string, days: number): string {
  return utcDate(date).plus({ days }).toISODate() as string;
}

/** Days from one date to another: 1 from a Friday to the Saturday after it. */
export function daysFromTo(from: string, to: string): number {
  return Math.round(utcDate(to).diff(utcDate(from), 'days').days);
}

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday. */
export function isoWeekday(date: string): number {
  return utcDate(date).weekday;
}

/**
 * The instant a local wall-clock time is reached on a date in a zone. Daylight-saving changes
 * are resolved as iCalendar (RFC 5545) does, so invitations and feeds agree with this library:
 * - a time that does not exist (the spring-forward gap) is read with the offset in force before
 *   the gap, which moves it forward by the gap's length: 02:30 on 28 March 2027 in Copenhagen
 *   becomes 03:30 summer time (luxon does the same);
 * - a time that occurs twice (the autumn fall-back) is its first occurrence: 02:30 on
 *   25 October 2026 in Copenhagen is 02:30 summer time, 00:30Z (luxon alone would pick 01:30Z).
 */
export function localInstant(date: string, time: string, timezone: string): DateTime {
  if (!isWallClockTime(time)) {
    throw new CalendarInputError([
      calendarProblem(
        'time',
        'time.format',
        `must be a wall-clock time HH:mm, got ${String(time)}`,
      ),
    ]);
  }
  const zone = IANAZone.create(assertTimezone(timezone));
  // The wall-clock reading, written down as if it were UTC.
  const wall = DateTime.fromISO(`${assertIsoDate(date, 'date')}T${time}`, {
    zone: 'utc',
  }).toMillis();
  // Offsets are at most a day away from the wall clock, so a day each side sees both offsets of
  // a change; offsets are in minutes east of UTC.
  const offsetBefore = zone.offset(wall - DAY_MS);
  const offsetAfter = zone.offset(wall + DAY_MS);
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, millis: wall - offset * MINUTE_MS }))
    .filter(({ offset, millis }) => zone.offset(millis) === offset)
    .map(({ millis }) => millis)
    .sort((a, b) => a - b);
  const millis = matching.length > 0 ? matching[0] : wall - offsetBefore * MINUTE_MS;
  return DateTime.fromMillis(millis, { zone: timezone });
}

/** The instant a local day begins in a zone (01:00 where midnight falls into a gap). */
export function startOfLocalDay(date: string, timezone: string): Date {
  return localInstant(date, '00:00', timezone).toJSDate();
}

/** The hours from one instant to another, two decimals: a visit's or a shift's length. */
export function hoursBetween(start: Date | null, end: Date | null): number {
  if (!start || !end) return 0;
  return Math.round((end.getTime() - start.getTime()) / 36_000) / 100;
}
