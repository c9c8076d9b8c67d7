import { DateTime } from 'luxon';

/**
 * Every Wednesday from `from` to `until` (local days, both included) but the `excluded` ones, at
 * a local start and end time, as UTC instants: what a weekly series should hold, worked out with
 * luxon apart from the code under test.
 */
export function wednesdays(
  zone: string,
  from: string,
  until: string,
  excluded: readonly string[],
  [startTime, endTime] = ['16:00', '18:00'],
): { start: string; end: string }[] {
  const held: { start: string; end: string }[] = [];
  for (
    let day = DateTime.fromISO(from, { zone });
    day.toISODate()! <= until;
    day = day.plus({ days: 1 })
  ) {
    if (day.weekday !== 3 || excluded.includes(day.toISODate()!)) continue;
    const at = (time: string) =>
      DateTime.fromISO(`${day.toISODate()}T${time}`, { zone }).toUTC().toISO()!;
    held.push({ start: at(startTime), end: at(endTime) });
  }
  return held;
}
