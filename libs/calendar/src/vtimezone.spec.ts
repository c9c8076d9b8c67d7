import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { vtimezone, zoneTransitions } from './vtimezone';

/** The VTIMEZONE as a calendar program reads it: ical.js, an independent implementation. */
function readZone(text: string): ICAL.Timezone {
  const calendar = new ICAL.Component(
    ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${text}\r\nEND:VCALENDAR`),
  );
  return new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
}

/** Each local time, as ical.js resolves it with the VTIMEZONE and as luxon does with tz data. */
function disagreements(zone: string, fromYear: number, toYear: number, times: DateTime[]) {
  const timezone = readZone(vtimezone(zone, fromYear, toYear));
  return times
    .map((local) => {
      const read = ICAL.Time.fromData(
        {
          year: local.year,
          month: local.month,
          day: local.day,
          hour: local.hour,
          minute: local.minute,
          second: 0,
        },
        timezone,
      );
      return { local: local.toISO(), ical: read.toUnixTime() * 1000, luxon: local.toMillis() };
    })
    .filter((time) => time.ical !== time.luxon);
}

/** Every day of the years at a wall-clock time, in the zone. */
function everyDayAt(zone: string, fromYear: number, toYear: number, hour: number, minute = 0) {
  const days: DateTime[] = [];
  let day = DateTime.fromObject({ year: fromYear, hour, minute }, { zone });
  while (day.year <= toYear) {
    days.push(day);
    day = day.plus({ days: 1 }).set({ hour, minute });
  }
  return days;
}

describe('a VTIMEZONE for the years the events span', () => {
  it("finds Copenhagen's changes at 01:00 UTC on the last Sundays of March and October", () => {
    const changes = zoneTransitions('Europe/Copenhagen', 2026, 2027).map((change) => ({
      at: change.at.toUTC().toISO(),
      from: change.offsetFrom,
      to: change.offsetTo,
      daylight: change.daylight,
      name: change.name,
    }));
    expect(changes).toEqual([
      { at: '2026-03-29T01:00:00.000Z', from: 60, to: 120, daylight: true, name: 'CEST' },
      { at: '2026-10-25T01:00:00.000Z', from: 120, to: 60, daylight: false, name: 'CET' },
      { at: '2027-03-28T01:00:00.000Z', from: 60, to: 120, daylight: true, name: 'CEST' },
      { at: '2027-10-31T01:00:00.000Z', from: 120, to: 60, daylight: false, name: 'CET' },
    ]);
  });

  it('starts each observance at the local time of the change, on the clock before it', () => {
    const text = vtimezone('Europe/Copenhagen', 2026, 2026);
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD',
    );
    expect(text.startsWith('BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n')).toBe(true);
  });

  it.each([
    ['Europe/Copenhagen', '16:00'],
    ['Europe/Copenhagen', '02:30'], // the half hour skipped in March and repeated in October
    ['America/New_York', '16:00'],
    ['Australia/Sydney', '16:00'], // daylight time at the start of the year
    ['America/St_Johns', '08:15'], // a half-hour zone
    ['Asia/Tokyo', '16:00'], // no daylight-saving time at all
  ])(
    'makes ical.js read every day of 2026–2027 in %s at %s as the instant luxon gives',
    (zone, clock) => {
      const [hour, minute] = clock.split(':').map(Number);
      const times = everyDayAt(zone, 2026, 2027, hour, minute).filter(
        // A local time that does not exist, or exists twice, is the zone's to resolve: luxon
        // moves it, and RFC 5545 gives the first occurrence. The product places no event there.
        (time) => time.hour === hour && time.minute === minute && !isRepeated(time),
      );
      expect(times.length).toBeGreaterThan(700);
      expect(disagreements(zone, 2026, 2027, times)).toEqual([]);
    },
  );

  it('holds across the changes, hour by hour, on both daylight-saving days', () => {
    const zone = 'Europe/Copenhagen';
    const hours = ['2026-03-29', '2026-10-25'].flatMap((date) =>
      Array.from({ length: 24 }, (_, hour) => ({
        hour,
        time: DateTime.fromISO(`${date}T${String(hour).padStart(2, '0')}:00`, { zone }),
      }))
        .filter(({ hour, time }) => time.hour === hour && !isRepeated(time))
        .map(({ time }) => time),
    );
    // 02:00 does not exist in March and exists twice in October.
    expect(hours).toHaveLength(46);
    expect(disagreements(zone, 2026, 2026, hours)).toEqual([]);
  });

  it('has a single observance for a zone that keeps one offset', () => {
    const text = vtimezone('Asia/Tokyo', 2026, 2027);
    expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD']);
    expect(text).toContain('TZOFFSETTO:+0900');
    // Tokyo's short name is only an offset, which TZNAME does not need.
    expect(text).not.toContain('TZNAME');
  });
});

/** A wall-clock time that the zone shows twice (the hour after daylight-saving time ends). */
function isRepeated(time: DateTime): boolean {
  const sameWall = (other: DateTime) => other.hour === time.hour && other.minute === time.minute;
  return sameWall(time.plus({ hours: 1 })) || sameWall(time.minus({ hours: 1 }));
}
