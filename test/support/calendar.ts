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
  /** The day of a series the message is about, as an instant; null for the whole event. */
  recurrenceId: string | null;
  /** The weekly rule, as written (`FREQ=WEEKLY;BYDAY=WE;…`); null for a single event. */
  rrule: string | null;
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

/** The text of the mail's text/calendar part. */
export function calendarTextIn(mail: ReceivedMail): string {
  const part = mail.parsed.attachments.find((attachment) =>
    attachment.contentType.startsWith('text/calendar'),
  );
  if (!part) throw new Error(`No text/calendar part in "${mail.subject}"`);
  return part.content.toString('utf8');
}

/** The mail's text/calendar part, read with a real iCalendar parser. */
export function invitationIn(mail: ReceivedMail): ParsedInvitation {
  const calendar = readCalendar(calendarTextIn(mail));
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
    recurrenceId: event.hasProperty('recurrence-id') ? time('recurrence-id') : null,
    rrule: event.hasProperty('rrule') ? String(event.getFirstPropertyValue('rrule')) : null,
  };
}

export interface Occurrence {
  uid: string;
  start: string;
  end: string;
}

/**
 * Every occurrence of every event in a calendar as ical.js expands it (RRULE, UNTIL, EXDATE, each
 * in its VTIMEZONE), a series that runs on up to `limit`; soonest first.
 */
export function expandCalendar(text: string, limit: Date): Occurrence[] {
  const calendar = readCalendar(text);
  const occurrences: Occurrence[] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.isRecurring()) {
      occurrences.push({
        uid: event.uid,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
      });
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.toJSDate() <= limit; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      occurrences.push({
        uid: event.uid,
        start: details.startDate.toJSDate().toISOString(),
        end: details.endDate.toJSDate().toISOString(),
      });
    }
  }
  return occurrences.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
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
