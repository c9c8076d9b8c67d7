import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { toMultiLine, toSingleLine } from '@app/core/text/control-characters';
import { zonesFor } from './time-zones';
import { seriesReach, WeeklySeries, weeklyEvent } from './weekly-series';

export type InvitationMethod = 'REQUEST' | 'CANCEL';

/** Who and what a calendar event is about; the same UID for every version of it. */
export interface InvitationEvent {
  uid: string;
  /** Raised on every change, from a revision kept in PostgreSQL. */
  sequence: number;
  /** ISO 8601 instants; of a series, its first occurrence. */
  start: string;
  end: string;
  attendees: { name: string; email: string }[];
  /** A standing commitment's weekly series, written as RRULE and EXDATE. */
  recurrence?: WeeklySeries;
  /** One occurrence of a series (its start as an ISO 8601 instant), changed on its own. */
  recurrenceId?: string;
}

/** The words of an invitation, in the recipient's language, from the mail's template. */
export interface InvitationText {
  summary: string;
  description: string;
  location: string;
  url: string;
}

export interface CalendarPart {
  method: InvitationMethod;
  content: string;
}

function parseAddress(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1].trim(), email: match[2] } : { name: from, email: from };
}

/**
 * A person's name as a CN parameter: one line, and no double quote, which would end the quoted
 * value (ical-generator writes it as `\"`, which RFC 5545 does not know) and let the rest of
 * the name stand for the attendee's address. Names stored before the API refused control
 * characters may still hold them.
 */
function calendarName(name: string): string {
  return toSingleLine(name).replace(/"/g, '');
}

/**
 * An iTIP (RFC 5546) invitation or cancellation: METHOD, a stable UID, SEQUENCE, DTSTAMP,
 * ORGANIZER (the service) and ATTENDEEs asked to answer. Times are written on the place's wall
 * clock (`DTSTART;TZID=…`) with a VTIMEZONE for the years of the event, so a calendar shows the
 * place's zone, and the same instant on either side of a daylight-saving change. A standing
 * commitment is one event with a weekly RRULE; a change of one of its days names that day with
 * RECURRENCE-ID.
 */
export function buildInvitation(
  method: InvitationMethod,
  event: InvitationEvent,
  /** The zone of the place (the school's or the programme's), in which the times are written. */
  timezone: string,
  text: InvitationText,
  organizer: string,
  stamp: Date,
): CalendarPart {
  const series = event.recurrence ? weeklyEvent(event.recurrence, timezone) : null;
  const start = series?.start ?? DateTime.fromISO(event.start, { zone: timezone });
  const end = series?.end ?? DateTime.fromISO(event.end, { zone: timezone });
  const occurrence = event.recurrenceId
    ? DateTime.fromISO(event.recurrenceId, { zone: timezone })
    : null;
  const calendar = ical({
    prodId: { company: 'partnerships', product: 'scheduler', language: 'EN' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    timezone: zonesFor([start, end, ...(series ? [seriesReach(series)] : [])]),
  });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp,
    timezone,
    start,
    end,
    ...(series ? { repeating: series.repeating } : {}),
    ...(occurrence ? { recurrenceId: occurrence } : {}),
    summary: toSingleLine(text.summary),
    description: toMultiLine(text.description),
    location: toSingleLine(text.location),
    url: toSingleLine(text.url),
    organizer: parseAddress(organizer),
    status: method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    attendees: event.attendees.map((attendee) => ({
      name: calendarName(attendee.name),
      email: toSingleLine(attendee.email),
      rsvp: true,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  });
  return { method, content: calendar.toString() };
}
