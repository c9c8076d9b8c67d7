import ICAL from 'ical.js';
import { expandWithPython } from '@app/testing/expand-calendar';
import { buildFeed, FeedEvent } from './feed';
import { buildInvitation } from './invitation';

const STAMP = new Date('2026-09-01T06:00:00Z');

/** A calendar as a calendar app reads it: its VTIMEZONEs known, then its events. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => new ICAL.Timezone(zone));
  const byId = new Map(zones.map((zone) => [zone.tzid, zone]));
  const instant = (event: ICAL.Component, name: string) => {
    const property = event.getFirstProperty(name)!;
    const time = property.getFirstValue() as ICAL.Time;
    const zone = byId.get(String(property.getParameter('tzid')));
    if (!zone) throw new Error(`${name} names a zone the calendar does not define`);
    return ICAL.Time.fromData(
      {
        year: time.year,
        month: time.month,
        day: time.day,
        hour: time.hour,
        minute: time.minute,
        second: time.second,
      },
      zone,
    )
      .toJSDate()
      .toISOString();
  };
  return {
    calendar,
    zones: [...byId.keys()],
    events: calendar.getAllSubcomponents('vevent').map((event) => ({
      uid: String(event.getFirstPropertyValue('uid')),
      zone: String(event.getFirstProperty('dtstart')!.getParameter('tzid')),
      start: instant(event, 'dtstart'),
      end: instant(event, 'dtend'),
    })),
  };
}

const invitation = (start: string, end: string, timezone: string) =>
  buildInvitation(
    'REQUEST',
    { uid: 'visit-1@scheduler.test', sequence: 0, start, end, attendees: [] },
    timezone,
    { summary: 'Klassebesøg', description: '', location: 'Billund', url: 'http://x.test/v/1' },
    'Partnerskabskalenderen <no-reply@partnerships.localhost>',
    STAMP,
  ).content;

describe("calendars written in the place's own time zone", () => {
  it("writes an invitation's times on the place's clock, with the zone they are in", () => {
    const ics = invitation('2026-10-21T14:00:00Z', '2026-10-21T16:00:00Z', 'Europe/Copenhagen');
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20261021T160000');
    expect(ics).toContain('DTEND;TZID=Europe/Copenhagen:20261021T180000');
    expect(read(ics).events).toEqual([
      {
        uid: 'visit-1@scheduler.test',
        zone: 'Europe/Copenhagen',
        start: '2026-10-21T14:00:00.000Z',
        end: '2026-10-21T16:00:00.000Z',
      },
    ]);
  });

  it('keeps 16:00 at 16:00 on either side of the October change', () => {
    // 16:00 in Copenhagen is 14:00 UTC in summer time and 15:00 UTC after 25 October.
    const before = invitation('2026-10-21T14:00:00Z', '2026-10-21T16:00:00Z', 'Europe/Copenhagen');
    const after = invitation('2026-11-04T15:00:00Z', '2026-11-04T17:00:00Z', 'Europe/Copenhagen');
    expect(before).toContain('DTSTART;TZID=Europe/Copenhagen:20261021T160000');
    expect(after).toContain('DTSTART;TZID=Europe/Copenhagen:20261104T160000');
    expect(read(after).events[0].start).toBe('2026-11-04T15:00:00.000Z');
    for (const ics of [before, after]) {
      expect(expandWithPython(ics)).toEqual(
        read(ics).events.map(({ uid, start, end }) => ({ uid, start, end })),
      );
    }
  });

  it("writes each event of a feed in its own place's zone, and names the reader's zone", () => {
    const event = (uid: string, start: string, end: string, timezone: string): FeedEvent => ({
      uid,
      sequence: 0,
      start: new Date(start),
      end: new Date(end),
      timezone,
      status: 'CONFIRMED',
      summary: uid,
      description: '',
      location: '',
      url: 'http://x.test/',
    });
    const ics = buildFeed(
      'Partnerships: Ada',
      'Europe/London',
      [
        event('visit@x.test', '2027-03-24T08:00:00Z', '2027-03-24T10:00:00Z', 'Europe/Copenhagen'),
        event('shift@x.test', '2027-03-31T20:00:00Z', '2027-03-31T22:00:00Z', 'America/New_York'),
      ],
      STAMP,
    );
    const { calendar, zones, events } = read(ics);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
    expect(zones.sort()).toEqual(['America/New_York', 'Europe/Copenhagen', 'Europe/London']);
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270324T090000');
    expect(ics).toContain('DTSTART;TZID=America/New_York:20270331T160000');
    expect(events.map(({ uid, start }) => ({ uid, start }))).toEqual([
      { uid: 'visit@x.test', start: '2027-03-24T08:00:00.000Z' },
      { uid: 'shift@x.test', start: '2027-03-31T20:00:00.000Z' },
    ]);
    // A second, independent reader agrees on every instant.
    expect(expandWithPython(ics)).toEqual(
      events.map(({ uid, start, end }) => ({ uid, start, end })),
    );
  });
});
