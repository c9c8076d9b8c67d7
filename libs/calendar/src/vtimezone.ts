import { DateTime } from 'luxon';

/** A change of a zone's offset from UTC: daylight-saving time starting or ending. */
export interface ZoneTransition {
  /** The instant of the change. */
  at: DateTime;
  /** Minutes east of UTC before and after the change. */
  offsetFrom: number;
  offsetTo: number;
  daylight: boolean;
  /** The zone's abbreviation after the change, such as CEST; empty where it has none. */
  name: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The zone's abbreviation at a time, such as CEST; none where it has only an offset (GMT+9). */
function shortName(time: DateTime): string {
  const name = time.setLocale('en-GB').offsetNameShort ?? '';
  return /^[A-Z]{2,6}$/.test(name) ? name : '';
}

function offsetAt(zone: string, ms: number): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** The first millisecond in (from, to] at which the offset differs from the one at `from`. */
function changeBetween(zone: string, from: number, to: number): number {
  const before = offsetAt(zone, from);
  let low = from;
  let high = to;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2);
    if (offsetAt(zone, middle) === before) low = middle;
    else high = middle;
  }
  return high - (high % 1000);
}

/**
 * Every offset change of a zone from the start of `fromYear` to the end of `toYear`, found from
 * the time-zone data Node carries (the same as luxon and Intl use). Changes happen at most a few
 * times a year, so a scan by the day finds each and a search narrows it to the second.
 */
export function zoneTransitions(zone: string, fromYear: number, toYear: number): ZoneTransition[] {
  const start = DateTime.fromObject({ year: fromYear }, { zone: 'utc' }).toMillis();
  const end = DateTime.fromObject({ year: toYear + 1 }, { zone: 'utc' }).toMillis();
  const transitions: ZoneTransition[] = [];
  let offset = offsetAt(zone, start);
  for (let day = start; day < end; day += DAY_MS) {
    const next = Math.min(day + DAY_MS, end);
    const nextOffset = offsetAt(zone, next);
    if (nextOffset === offset) continue;
    const at = DateTime.fromMillis(changeBetween(zone, day, next), { zone });
    transitions.push({
      at,
      offsetFrom: offset,
      offsetTo: nextOffset,
      daylight: at.isInDST,
      name: shortName(at),
    });
    offset = nextOffset;
  }
  return transitions;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `${sign}${String(hours).padStart(2, '0')}${String(rest).padStart(2, '0')}`;
}

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for `zone` that covers `fromYear` to `toYear`: one observance for
 * each change of offset in those years, each starting at the local time the change happens (read
 * with the offset before it), and one for the offset in force when the span begins, so that every
 * local time in the span resolves to the instant the zone gives it. Written out rather than as a
 * rule, so that it holds for the years it covers even where the rules have changed.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const spanStart = DateTime.fromObject({ year: fromYear }, { zone });
  const inForce: ZoneTransition = {
    at: spanStart,
    offsetFrom: spanStart.offset,
    offsetTo: spanStart.offset,
    daylight: spanStart.isInDST,
    name: shortName(spanStart),
  };
  const observances = [inForce, ...zoneTransitions(zone, fromYear, toYear)].flatMap(
    ({ at, offsetFrom, offsetTo, daylight, name }) => {
      const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
      // The local time at which the observance begins, on the clock in force before it.
      const onset = DateTime.fromMillis(at.toMillis() + offsetFrom * 60_000, { zone: 'utc' });
      return [
        `BEGIN:${kind}`,
        `DTSTART:${onset.toFormat("yyyyLLdd'T'HHmmss")}`,
        `TZOFFSETFROM:${offsetText(offsetFrom)}`,
        `TZOFFSETTO:${offsetText(offsetTo)}`,
        ...(name ? [`TZNAME:${name}`] : []),
        `END:${kind}`,
      ];
    },
  );
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observances, 'END:VTIMEZONE'].join('\r\n');
}
