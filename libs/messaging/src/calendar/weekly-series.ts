import { ICalEventRepeatingFreq, ICalRepeatingOptions, ICalWeekday } from 'ical-generator';
import { DateTime } from 'luxon';
import { addDays, isoWeekday, localInstant } from '@app/calendar';

/**
 * A standing weekly commitment as one recurring event: every shift of a programme from a first
 * day, in the programme's zone, but the days it does not hold.
 */
export interface WeeklySeries {
  /** ISO weekdays of the programme, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** The programme's local times, `HH:mm`. */
  startTime: string;
  endTime: string;
  /** The first local day the series may hold, `YYYY-MM-DD`. */
  from: string;
  /** The last local day, included; null while the programme runs on. */
  until: string | null;
  /** Local days in the series that are not held: closed days and cancelled shifts. */
  excluded: readonly string[];
}

const WEEKDAYS: Record<number, ICalWeekday> = {
  1: ICalWeekday.MO,
  2: ICalWeekday.TU,
  3: ICalWeekday.WE,
  4: ICalWeekday.TH,
  5: ICalWeekday.FR,
  6: ICalWeekday.SA,
  7: ICalWeekday.SU,
};

/** The first occurrence of a series and its recurrence, as ical-generator writes them. */
export function weeklyEvent(
  series: WeeklySeries,
  timezone: string,
): { start: DateTime; end: DateTime; repeating: ICalRepeatingOptions } {
  let first = series.from;
  while (!series.weekdays.includes(isoWeekday(first))) first = addDays(first, 1);
  const at = (date: string, time: string) => localInstant(date, time, timezone);
  return {
    start: at(first, series.startTime),
    end: at(first, series.endTime),
    repeating: {
      freq: ICalEventRepeatingFreq.WEEKLY,
      byDay: [...series.weekdays].sort((a, b) => a - b).map((day) => WEEKDAYS[day]),
      // UNTIL is an instant (RFC 5545 asks for UTC with a zoned start): the last day's start.
      ...(series.until ? { until: at(series.until, series.startTime).toUTC() } : {}),
      ...(series.excluded.length > 0
        ? { exclude: series.excluded.map((date) => at(date, series.startTime)) }
        : {}),
    },
  };
}

/**
 * How far a series' VTIMEZONE must reach: its last day, or, while it runs on, some years ahead
 * (calendar apps also know the zone by its name).
 */
export function seriesReach(series: ReturnType<typeof weeklyEvent>): DateTime {
  const until = series.repeating.until;
  return DateTime.isDateTime(until) ? until : series.start.plus({ years: 3 });
}
