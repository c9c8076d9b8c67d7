import { assertIsoDate, isIsoDate } from './local-date';
import { calendarProblem, CalendarProblem, throwIfProblems } from './problems';

/** A closed period (a holiday): no visits and no shifts from `from` to `to`, both included. */
export interface ClosedDateRange {
  from: string;
  to: string;
  label?: string;
}

/** Problems with a list of closed periods: dates not written YYYY-MM-DD, or `to` before `from`. */
export function validateClosedDates(
  closedDates: readonly ClosedDateRange[],
  field = 'closedDates',
): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  closedDates.forEach((range, index) => {
    const at = `${field}.${index}`;
    if (!isIsoDate(range.from)) {
      problems.push(calendarProblem(`${at}.from`, 'date.format', 'must be a date YYYY-MM-DD'));
    }
    if (!isIsoDate(range.to)) {
      problems.push(calendarProblem(`${at}.to`, 'date.format', 'must be a date YYYY-MM-DD'));
    }
    // Both ends are included, so a one-day closure has `to` equal to `from`.
    if (isIsoDate(range.from) && isIsoDate(range.to) && range.to < range.from) {
      problems.push(
        calendarProblem(`${at}.to`, 'closed-dates.to-before-from', 'must not be before from'),
      );
    }
  });
  return problems;
}

/** The closed period a date falls in, or null when the date is open. */
export function closedRangeOn(
  date: string,
  closedDates: readonly ClosedDateRange[],
): ClosedDateRange | null {
  assertIsoDate(date, 'date');
  throwIfProblems(validateClosedDates(closedDates));
  // ISO dates order as strings do.
  return closedDates.find((range) => range.from <= date && date <= range.to) ?? null;
}

/** True when a date lies in a closed period, both ends of the period included. */
export function isClosed(date: string, closedDates: readonly ClosedDateRange[]): boolean {
  return closedRangeOn(date, closedDates) !== null;
}

/** True when any day from `from` to `to` (both included) lies in a closed period. */
export function isAnyDayClosed(
  from: string,
  to: string,
  closedDates: readonly ClosedDateRange[],
): boolean {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  throwIfProblems(validateClosedDates(closedDates));
  return closedDates.some((range) => range.from <= to && from <= range.to);
}
