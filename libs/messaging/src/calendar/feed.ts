import ical, { ICalEventStatus } from 'ical-generator';

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
 * invitations, times in UTC, and a hint to refresh hourly.
 */
export function buildFeed(
  name: string,
  timezone: string,
  events: FeedEvent[],
  stamp: Date,
): string {
  const calendar = ical({
    name,
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
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: event.url,
      status: STATUS[event.status],
    });
  }
  return calendar.toString();
}
