import { addDays, ClosedDateRange, isoWeekday } from '@app/calendar';
import type { WeeklySeries } from '@app/messaging/calendar/weekly-series';
import { EntityManager } from 'typeorm';

/**
 * What a standing commitment's recurring event is made from: the programme's weekly schedule,
 * the commitment's first day, and which of the shifts made so far it holds.
 */
export interface SeriesFacts {
  commitmentId: string;
  userId: string;
  /** The series' SEQUENCE. */
  revision: number;
  /** When anything that shows in the series last changed. */
  changed: Date;
  seriesFrom: string;
  ended: boolean;
  programmeId: string;
  programmeTitle: string;
  partnerName: string;
  location: string;
  timezone: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  startsOn: string;
  endsOn: string | null;
  closed: ClosedDateRange[];
  /** The last local day the programme has shifts for (made or cancelled); null before any. */
  lastKnown: string | null;
  /** Local days of the shifts on which the commitment holds a confirmed place. */
  held: string[];
}

/** A commitment's recurring event, or, when it ended before it held anything, its cancellation. */
export interface CommitmentSeries {
  series: WeeklySeries;
  /** True when the commitment ended holding nothing: the event is withdrawn as a whole. */
  withdrawn: boolean;
}

/**
 * The one rule for what a commitment's recurring event shows, read by the invitations and the
 * feed alike so that both show each held day once.
 *
 * The series runs weekly on the programme's weekdays from the commitment's first day (or the
 * programme's, if later) to the programme's last day, if any. Where shifts have been made, it
 * holds exactly the days with a confirmed place of the commitment: a cancelled shift, a closed
 * day, a place on the waiting list or given up, a day taken by another shift of the volunteer
 * all become exceptions (EXDATE). Beyond the shifts made so far, it holds every day but the
 * closed ones, as the commitment will take those places when the shifts are made (and says so
 * with an update of that day if it cannot). An ended commitment's series stops after its last
 * held day; one that never held a day is withdrawn.
 */
export function commitmentSeries(facts: SeriesFacts): CommitmentSeries {
  const from = facts.seriesFrom > facts.startsOn ? facts.seriesFrom : facts.startsOn;
  const held = new Set(facts.held);
  const lastHeld = facts.held.reduce<string | null>(
    (last, date) => (date >= from && (last === null || date > last) ? date : last),
    null,
  );
  const until = facts.ended ? lastHeld : facts.endsOn;
  const weekdays = new Set(facts.weekdays);
  const excluded: string[] = [];
  // Every day through the last one made is known: held or not.
  const knownUntil =
    facts.lastKnown !== null && until !== null && until < facts.lastKnown ? until : facts.lastKnown;
  if (knownUntil !== null) {
    for (let date = from; date <= knownUntil; date = addDays(date, 1)) {
      if (weekdays.has(isoWeekday(date)) && !held.has(date)) excluded.push(date);
    }
  }
  // Later days are held unless closed.
  for (const range of facts.closed) {
    const first = [range.from, from, knownUntil === null ? from : addDays(knownUntil, 1)].reduce(
      (latest, date) => (date > latest ? date : latest),
    );
    const last = until !== null && until < range.to ? until : range.to;
    for (let date = first; date <= last; date = addDays(date, 1)) {
      if (weekdays.has(isoWeekday(date))) excluded.push(date);
    }
  }
  return {
    series: {
      weekdays: facts.weekdays,
      startTime: facts.startTime,
      endTime: facts.endTime,
      from,
      until: until ?? (facts.ended ? from : null),
      excluded: [...new Set(excluded)].sort(),
    },
    withdrawn: facts.ended && lastHeld === null,
  };
}

/** The facts of each commitment asked for, by id or by volunteer, in one statement. */
export async function loadSeriesFacts(
  manager: EntityManager,
  of: { commitmentIds: string[] } | { userId: string; endedSince: Date },
): Promise<SeriesFacts[]> {
  const where =
    'commitmentIds' in of
      ? 'commitments.id = ANY($1::uuid[])'
      : 'commitments.user_id = $1 AND (commitments.ended_at IS NULL OR commitments.ended_at >= $2)';
  const parameters = 'commitmentIds' in of ? [of.commitmentIds] : [of.userId, of.endedSince];
  return manager.query<SeriesFacts[]>(
    `SELECT commitments.id AS "commitmentId", commitments.user_id AS "userId",
            commitments.revision, commitments.series_from::text AS "seriesFrom",
            greatest(commitments.created_at, commitments.ended_at, commitments.revised_at,
                     programmes.updated_at) AS changed,
            commitments.ended_at IS NOT NULL AS ended,
            programmes.id AS "programmeId", programmes.title AS "programmeTitle",
            partners.name AS "partnerName", programmes.location, programmes.timezone,
            programmes.weekdays, programmes.start_time AS "startTime",
            programmes.end_time AS "endTime", programmes.starts_on::text AS "startsOn",
            programmes.ends_on::text AS "endsOn",
            (SELECT coalesce(json_agg(json_build_object('from', from_date, 'to', to_date)), '[]')
             FROM programme_closed_dates WHERE programme_id = programmes.id) AS closed,
            (SELECT max(date)::text FROM shifts WHERE programme_id = programmes.id) AS "lastKnown",
            (SELECT coalesce(array_agg(shifts.date::text ORDER BY shifts.date), '{}')
             FROM signups JOIN shifts ON shifts.id = signups.shift_id
             WHERE signups.commitment_id = commitments.id AND signups.status = 'confirmed'
               AND shifts.status = 'scheduled') AS held
     FROM commitments
     JOIN programmes ON programmes.id = commitments.programme_id
     JOIN partners ON partners.id = programmes.partner_id
     WHERE ${where}
     ORDER BY commitments.created_at, commitments.id`,
    parameters,
  );
}
