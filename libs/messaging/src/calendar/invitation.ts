import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

export type InvitationMethod = 'REQUEST' | 'CANCEL';

/** Who and what a calendar event is about; the same UID for every version of it. */
export interface InvitationEvent {
  uid: string;
  /** Raised on every change, from a revision kept in PostgreSQL. */
  sequence: number;
  start: string;
  end: string;
  attendees: { name: string; email: string }[];
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
 * An iTIP (RFC 5546) invitation or cancellation: METHOD, a stable UID, SEQUENCE, DTSTAMP,
 * ORGANIZER (the service) and ATTENDEEs asked to answer. Times are written in UTC, which every
 * calendar shows on its own wall clock, on either side of a daylight-saving change.
 */
export function buildInvitation(
  method: InvitationMethod,
  event: InvitationEvent,
  text: InvitationText,
  organizer: string,
  stamp: Date,
): CalendarPart {
  const calendar = ical({
    prodId: { company: 'partnerships', product: 'scheduler', language: 'EN' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp,
    start: new Date(event.start),
    end: new Date(event.end),
    summary: text.summary,
    description: text.description,
    location: text.location,
    url: text.url,
    organizer: parseAddress(organizer),
    status: method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    attendees: event.attendees.map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      rsvp: true,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  });
  return { method, content: calendar.toString() };
}
