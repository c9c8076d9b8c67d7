import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { toMultiLine, toSingleLine } from '@app/core/text/control-characters';
import { zonesFor } from './time-zones';
import { seriesReach, WeeklySeries, weeklyEvent } from './weekly-series';

export interface FeedEvent {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  /** The zone of the place, in which the times are written. */
  timezone: string;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  summary: string;
  description: string;
  location: string;
  url: string;
  /** A standing commitment's weekly series; `start` and `end` are then of its first day. */
  recurrence?: WeeklySeries;
}

const STATUS = {
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CONFIRMED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/**
 * A subscribed calendar (RFC 5545): no METHOD, ORGANIZER or ATTENDEE, the same UIDs as the
 * invitations, times on each place's wall clock with a VTIMEZONE for every zone, the reader's
 * zone as the calendar's, and a hint to refresh hourly. Text stored before the API refused
 * control characters is cleaned of them here.
 */
export function buildFeed(
  name: string,
  timezone: string,
  events: FeedEvent[],
  stamp: Date,
): string {
  const written = events.map((event) => {
    const series = event.recurrence ? weeklyEvent(event.recurrence, event.timezone) : null;
    return {
      start: series?.start ?? DateTime.fromJSDate(event.start, { zone: event.timezone }),
      end: series?.end ?? DateTime.fromJSDate(event.end, { zone: event.timezone }),
      series,
    };
  });
  const times = written.flatMap(({ start, end, series }) =>
    series ? [start, end, seriesReach(series)] : [start, end],
  );
  const calendar = ical({
    name: toSingleLine(name),
    prodId: { company: 'partnerships', product: 'scheduler', language: 'EN' },
    ttl: 60 * 60,
    // Also writes X-WR-TIMEZONE, which calendar apps read as the calendar's own zone.
    timezone: {
      ...zonesFor(times.length > 0 ? times : [DateTime.fromJSDate(stamp)]),
      name: timezone,
    },
  });
  for (const [n, event] of events.entries()) {
    const { start, end, series } = written[n];
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      timezone: event.timezone,
      start,
      end,
      ...(series ? { repeating: series.repeating } : {}),
      summary: toSingleLine(event.summary),
      description: toMultiLine(event.description),
      location: toSingleLine(event.location),
      url: toSingleLine(event.url),
      status: STATUS[event.status],
    });
  }
  return calendar.toString();
}
