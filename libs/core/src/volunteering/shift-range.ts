import { addDays, daysFromTo, localDateOf } from '@app/calendar';
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

/** The horizon a programme gets unless its coordinator sets another. */
export const DEFAULT_HORIZON_WEEKS = 12;

/**
 * The range asked for of a list across programmes. Left out, `from` is today where it is
 * earliest among the programmes' zones, so that no programme's today is missed, and `to` the end
 * of the longest horizon. With no programme, today in UTC and the default horizon, so that a
 * range asked for is checked all the same.
 */
export function shiftRangeAcross(
  requested: Partial<ShiftRange>,
  programmes: { timezone: string; horizonWeeks: number }[],
  now: Date,
): ShiftRange {
  const todays = programmes.map((programme) => localDateOf(now, programme.timezone)).sort();
  const horizons = programmes.map((programme) => programme.horizonWeeks);
  return shiftRange(
    requested,
    todays[0] ?? localDateOf(now, 'UTC'),
    horizons.length > 0 ? Math.max(...horizons) : DEFAULT_HORIZON_WEEKS,
  );
}
