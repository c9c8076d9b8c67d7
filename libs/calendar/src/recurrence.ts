import { ClosedDateRange, isClosed, validateClosedDates } from './closed-dates';
import {
  addDays,
  assertIsoDate,
  isIsoDate,
  isoWeekday,
  isValidTimezone,
  isWallClockTime,
  localInstant,
} from './local-date';
import { calendarProblem, CalendarProblem, throwIfProblems } from './problems';

/** A programme's weekly schedule, in the local time of the programme's zone. */
export interface WeeklySchedule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday; at least one, none twice. */
  weekdays: readonly number[];
  /** Local start time, `HH:mm`. */
  startTime: string;
  /** Local end time, `HH:mm`, after the start on the same day. */
  endTime: string;
  /** First day of the programme, `YYYY-MM-DD`. */
  startsOn: string;
  /** Last day of the programme, `YYYY-MM-DD`, included; none for a programme that runs on. */
  endsOn?: string | null;
}

/** One shift of a programme: its local date and the instants it starts and ends. */
export interface ShiftOccurrence {
  date: string;
  start: Date;
  end: Date;
}

const MINUTE_MS = 60_000;

function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Problems with a weekly schedule and its zone, with field paths as in a programme's body
 * (`timezone`, `schedule.weekdays`, …); empty when the schedule is fine. Shifts do not run past
 * midnight, so the end time must come after the start time.
 */
export function validateWeeklySchedule(
  schedule: WeeklySchedule,
  timezone: string,
): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  if (!isValidTimezone(timezone)) {
    problems.push(calendarProblem('timezone', 'timezone.unknown', 'must be a known IANA zone'));
  }

  const weekdays: unknown[] = Array.isArray(schedule.weekdays) ? schedule.weekdays : [];
  if (weekdays.length === 0) {
    problems.push(
      calendarProblem('schedule.weekdays', 'schedule.weekdays-empty', 'must name a weekday'),
    );
  }
  const seen = new Set<unknown>();
  for (const weekday of weekdays) {
    if (!Number.isInteger(weekday) || (weekday as number) < 1 || (weekday as number) > 7) {
      problems.push(
        calendarProblem(
          'schedule.weekdays',
          'schedule.weekday-range',
          `must be 1 (Monday) to 7 (Sunday): ${String(weekday)}`,
        ),
      );
    } else if (seen.has(weekday)) {
      problems.push(
        calendarProblem(
          'schedule.weekdays',
          'schedule.weekday-duplicate',
          `names a weekday twice: ${String(weekday)}`,
        ),
      );
    }
    seen.add(weekday);
  }

  for (const field of ['startTime', 'endTime'] as const) {
    if (!isWallClockTime(schedule[field])) {
      problems.push(
        calendarProblem(`schedule.${field}`, 'schedule.time-format', 'must be a time HH:mm'),
      );
    }
  }
  if (
    isWallClockTime(schedule.startTime) &&
    isWallClockTime(schedule.endTime) &&
    minutesOfDay(schedule.endTime) <= minutesOfDay(schedule.startTime)
  ) {
    problems.push(
      calendarProblem(
        'schedule.endTime',
        'schedule.end-not-after-start',
        'must come after the start time on the same day',
      ),
    );
  }

  if (!isIsoDate(schedule.startsOn)) {
    problems.push(
      calendarProblem('schedule.startsOn', 'schedule.date-format', 'must be a date YYYY-MM-DD'),
    );
  }
  const endsOn = schedule.endsOn ?? null;
  if (endsOn !== null && !isIsoDate(endsOn)) {
    problems.push(
      calendarProblem('schedule.endsOn', 'schedule.date-format', 'must be a date YYYY-MM-DD'),
    );
  }
  // A programme may last a single day, so the last day may equal the first.
  if (endsOn !== null && isIsoDate(schedule.startsOn) && isIsoDate(endsOn)) {
    if (endsOn < schedule.startsOn) {
      problems.push(
        calendarProblem(
          'schedule.endsOn',
          'schedule.ends-before-starts',
          'must not come before startsOn',
        ),
      );
    }
  }
  return problems;
}

/**
 * The shift of a schedule on one date, at its local wall-clock times. Daylight-saving changes
 * are resolved as in localInstant: a time in the spring-forward gap moves forward by the
 * gap's length (02:30 becomes 03:30 in Copenhagen), a time that occurs twice is its first
 * occurrence. Should the gap push the start to or past the end (02:30–03:15 that night), the
 * shift keeps its planned length from the moved start instead (03:30–04:15).
 */
export function shiftOn(date: string, schedule: WeeklySchedule, timezone: string): ShiftOccurrence {
  const start = localInstant(date, schedule.startTime, timezone).toMillis();
  let end = localInstant(date, schedule.endTime, timezone).toMillis();
  if (end <= start) {
    end = start + (minutesOfDay(schedule.endTime) - minutesOfDay(schedule.startTime)) * MINUTE_MS;
  }
  return { date, start: new Date(start), end: new Date(end) };
}

/**
 * The shifts of a weekly schedule from one date to another (both included), in order: one on
 * each scheduled weekday between the programme's first and last day, none on a closed date.
 * Each keeps its local wall-clock time, so a Wednesday 16:00 shift in Copenhagen starts at
 * 14:00Z in summer and 15:00Z in winter. Throws a CalendarInputError on an invalid schedule.
 */
export function shiftOccurrences(
  schedule: WeeklySchedule,
  timezone: string,
  closedDates: readonly ClosedDateRange[],
  fromDate: string,
  toDate: string,
): ShiftOccurrence[] {
  throwIfProblems([
    ...validateWeeklySchedule(schedule, timezone),
    ...validateClosedDates(closedDates),
  ]);
  assertIsoDate(fromDate, 'fromDate');
  assertIsoDate(toDate, 'toDate');
  // Only days within both the asked range and the programme's own life.
  const first = fromDate > schedule.startsOn ? fromDate : schedule.startsOn;
  const endsOn = schedule.endsOn ?? null;
  const last = endsOn !== null && endsOn < toDate ? endsOn : toDate;
  const weekdays = new Set(schedule.weekdays);
  const shifts: ShiftOccurrence[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (!weekdays.has(isoWeekday(date))) continue;
    // No shift on a day the programme is closed.
    if (isClosed(date, closedDates)) continue;
    shifts.push(shiftOn(date, schedule, timezone));
  }
  return shifts;
}
