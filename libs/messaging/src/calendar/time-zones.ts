import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { vtimezone } from '@app/calendar';

/** Kept per zone and span: a VTIMEZONE is worked out from the zone's data, day by day. */
const written = new LRUCache<string, string>({ max: 1_000 });

function vtimezoneOf(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone} ${fromYear} ${toYear}`;
  let text = written.get(key);
  if (text === undefined) {
    text = vtimezone(zone, fromYear, toYear);
    written.set(key, text);
  }
  return text;
}

/**
 * The calendar's time-zone setting for ical-generator: a VTIMEZONE for every zone the events are
 * written in (and the calendar's own), covering the years from the first time to the last.
 */
export function zonesFor(times: DateTime[]): {
  name: null;
  generator: (zone: string) => string;
} {
  const years = times.map((time) => time.toUTC().year);
  // A year either side: an event's local day may fall in the next or the last year.
  const fromYear = Math.min(...years) - 1;
  const toYear = Math.max(...years) + 1;
  return { name: null, generator: (zone) => vtimezoneOf(zone, fromYear, toYear) };
}
