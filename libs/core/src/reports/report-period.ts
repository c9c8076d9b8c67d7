import { DateTime } from 'luxon';
import { InvalidFieldError } from '../errors/domain-error';

/** The dates a report covers, both included, as local calendar dates `YYYY-MM-DD`. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The zone in which "today" is reckoned for a report's default period. */
export const REPORT_ZONE = 'Europe/Copenhagen';
/** The longest period a report covers: a class adoption from its first grade to its last. */
export const MAX_REPORT_YEARS = 10;

/** The period asked for; by default the year up to `today`. */
export function reportPeriod(requested: Partial<ReportPeriod>, today: string): ReportPeriod {
  const to = requested.to ?? today;
  const from =
    requested.from ?? DateTime.fromISO(to).minus({ years: 1 }).plus({ days: 1 }).toISODate()!;
  if (from > to) {
    throw new InvalidFieldError('report.period', 'to', 'must be on or after from');
  }
  if (DateTime.fromISO(from).plus({ years: MAX_REPORT_YEARS }).toISODate()! <= to) {
    throw new InvalidFieldError(
      'report.period-too-long',
      'to',
      `must be less than ${MAX_REPORT_YEARS} years after from`,
    );
  }
  return { from, to };
}

/** Hours and sums as reports show them: two decimals. */
export const round2 = (value: number) => Math.round(value * 100) / 100;
