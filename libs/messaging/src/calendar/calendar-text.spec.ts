import ICAL from 'ical.js';
import { buildFeed } from './feed';
import { buildInvitation } from './invitation';

// Names and text written into the database before the API refused control characters: a
// calendar built from them must still be the calendar it claims to be.
const EVE = 'Eve\r\nATTENDEE:mailto:x@evil.test';
const QUOTED = 'Mallory":MAILTO:mallory@evil.test;X-A="';
const STAMP = new Date('2026-09-01T06:00:00Z');

/** Content lines (split at CR LF) that hold a control character other than a tab. */
function badLines(ics: string): string[] {
  return ics.split('\r\n').filter((line) => /[\p{Cc}]/u.test(line.replace(/\t/g, '')));
}

function attendeesOf(ics: string) {
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
  return event.getAllProperties('attendee').map((attendee) => ({
    email: String(attendee.getFirstValue()).replace(/^mailto:/i, ''),
    name: attendee.getParameter('cn') as string,
  }));
}

describe('calendars built from stored text', () => {
  const invitation = () =>
    buildInvitation(
      'REQUEST',
      {
        uid: 'visit-1@scheduler.test',
        sequence: 2,
        start: '2026-10-21T07:00:00Z',
        end: '2026-10-21T10:00:00Z',
        attendees: [
          { name: EVE, email: 'eve@scheduler.test' },
          { name: QUOTED, email: 'bob@scheduler.test' },
          { name: 'Nul\u0000Esc\u001b', email: 'nul@scheduler.test' },
        ],
      },
      'Europe/Copenhagen',
      {
        summary: 'Klassebesøg hos LEGO\r\nORGANIZER:mailto:x@evil.test',
        description: 'Rundvisning\r\nFrokost\u0000\n\nhttp://scheduler.test/visits/1',
        location: 'LEGO House\u0007\rBillund',
        url: 'http://scheduler.test/visits/1',
      },
      'Partnerskabskalenderen <no-reply@partnerships.localhost>',
      STAMP,
    ).content;

  it('keeps every attendee at their own address, whatever their name holds', () => {
    expect(attendeesOf(invitation())).toEqual([
      { email: 'eve@scheduler.test', name: 'Eve ATTENDEE:mailto:x@evil.test' },
      { email: 'bob@scheduler.test', name: 'Mallory:MAILTO:mallory@evil.test;X-A=' },
      { email: 'nul@scheduler.test', name: 'NulEsc' },
    ]);
  });

  it('writes no control character into an invitation', () => {
    expect(badLines(invitation())).toEqual([]);
    const event = new ICAL.Component(ICAL.parse(invitation())).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(
      'Klassebesøg hos LEGO ORGANIZER:mailto:x@evil.test',
    );
    expect(event.getFirstPropertyValue('location')).toBe('LEGO House Billund');
    expect(event.getFirstPropertyValue('description')).toBe(
      'Rundvisning\nFrokost\n\nhttp://scheduler.test/visits/1',
    );
    expect(event.getAllProperties('organizer')).toHaveLength(1);
  });

  it('writes no control character into a feed', () => {
    const feed = buildFeed(
      `Kalender for ${EVE}`,
      'Europe/Copenhagen',
      [
        {
          uid: 'shift-1@scheduler.test',
          sequence: 1,
          start: new Date('2026-10-21T14:00:00Z'),
          end: new Date('2026-10-21T16:00:00Z'),
          timezone: 'Europe/Copenhagen',
          status: 'CONFIRMED',
          summary: 'Lektiehjælp\r\nSTATUS:CANCELLED',
          description: 'Lektiehjælp\u0000\r\nKlubhuset',
          location: 'Klubhuset\u001b[2J',
          url: 'http://scheduler.test/shifts/1',
        },
      ],
      STAMP,
    );
    expect(badLines(feed)).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(feed));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Kalender for Eve ATTENDEE:mailto:x@evil.test',
    );
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getAllProperties('status').map((status) => status.getFirstValue())).toEqual([
      'CONFIRMED',
    ]);
    expect(event.getFirstPropertyValue('summary')).toBe('Lektiehjælp STATUS:CANCELLED');
    expect(event.getFirstPropertyValue('description')).toBe('Lektiehjælp\nKlubhuset');
    expect(event.getFirstPropertyValue('location')).toBe('Klubhuset[2J');
  });
});
