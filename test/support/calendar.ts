import ICAL from 'ical.js';
import { ReceivedMail } from '@app/testing';

export interface ParsedInvitation {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  start: string;
  end: string;
  summary: string;
  organizer: string;
  attendees: { email: string; rsvp: string | null; partstat: string | null }[];
}

/**
 * A calendar as a calendar app reads it: its VTIMEZONEs made known first, so that a time written
 * as `DTSTART;TZID=…` is read as the instant the calendar's own zone data gives it.
 */
function readCalendar(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar;
}

/** The mail's text/calendar part, read with a real iCalendar parser. */
export function invitationIn(mail: ReceivedMail): ParsedInvitation {
  const part = mail.parsed.attachments.find((attachment) =>
    attachment.contentType.startsWith('text/calendar'),
  );
  if (!part) throw new Error(`No text/calendar part in "${mail.subject}"`);
  const calendar = readCalendar(part.content.toString('utf8'));
  const event = calendar.getFirstSubcomponent('vevent')!;
  const time = (name: string) =>
    (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: String(event.getFirstPropertyValue('status')),
    start: time('dtstart'),
    end: time('dtend'),
    summary: String(event.getFirstPropertyValue('summary')),
    organizer: String(event.getFirstPropertyValue('organizer')),
    attendees: event.getAllProperties('attendee').map((attendee) => ({
      email: String(attendee.getFirstValue()).replace(/^mailto:/i, ''),
      rsvp: attendee.getParameter('rsvp') as string | null,
      partstat: attendee.getParameter('partstat') as string | null,
    })),
  };
}

export function hasInviteAttachment(mail: ReceivedMail): boolean {
  return mail.parsed.attachments.some((attachment) => attachment.filename === 'invite.ics');
}

export interface FeedEvent {
  uid: string;
  status: string;
  start: string;
  summary: string;
}

export function parseFeed(text: string): { calendar: ICAL.Component; events: FeedEvent[] } {
  const calendar = readCalendar(text);
  const events = calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    status: String(event.getFirstPropertyValue('status')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    summary: String(event.getFirstPropertyValue('summary')),
  }));
  return { calendar, events };
}
