import { addDays, daysFromTo } from '@app/calendar';
import { InvalidFieldError } from '../errors/domain-error';

/** The longest span of shifts one request lists: a year, leap day included. */
export const MAX_SHIFT_RANGE_DAYS = 366;

/** The local dates whose shifts a list covers, both included. */
export interface ShiftRange {
  from: string;
  to: string;
}

/**
 * The range asked for: by default from today to the end of the programme's horizon. However far
 * back the shifts go, one request reads at most a year of them.
 */
export function shiftRange(
  requested: Partial<ShiftRange>,
  today: string,
  horizonWeeks: number,
): ShiftRange {
  const from = requested.from ?? today;
  const to = requested.to ?? addDays(from, horizonWeeks * 7);
  if (to < from) {
    throw new InvalidFieldError('shifts.range', 'to', 'must be on or after from');
  }
  if (daysFromTo(from, to) > MAX_SHIFT_RANGE_DAYS) {
    throw new InvalidFieldError(
      'shifts.range-too-long',
      'to',
      `must be at most ${MAX_SHIFT_RANGE_DAYS} days after from`,
    );
  }
  return { from, to };
}
