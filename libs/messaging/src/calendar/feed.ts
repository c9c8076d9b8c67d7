import ical, { ICalEventStatus } from 'ical-generator';
import { toMultiLine, toSingleLine } from '@app/core/text/control-characters';

export interface FeedEvent {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  summary: string;
  description: string;
  location: string;
  url: string;
}

const STATUS = {
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CONFIRMED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/**
 * A subscribed calendar (RFC 5545): no METHOD, ORGANIZER or ATTENDEE, the same UIDs as the
 * invitations, times in UTC, and a hint to refresh hourly. Text stored before the API refused
 * control characters is cleaned of them here.
 */
export function buildFeed(
  name: string,
  timezone: string,
  events: FeedEvent[],
  stamp: Date,
): string {
  const calendar = ical({
    name: toSingleLine(name),
    prodId: { company: 'partnerships', product: 'scheduler', language: 'EN' },
    ttl: 60 * 60,
    x: [['X-WR-TIMEZONE', timezone]],
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      start: event.start,
      end: event.end,
      summary: toSingleLine(event.summary),
      description: toMultiLine(event.description),
      location: toSingleLine(event.location),
      url: toSingleLine(event.url),
      status: STATUS[event.status],
    });
  }
  return calendar.toString();
}
