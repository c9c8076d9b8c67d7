import { EntityManager } from 'typeorm';
import { CountedPeriod, Metric, SubjectKind } from './agreement-terms';

/**
 * Each metric as one SQL query over a partnership's own rows, reading `p`: its id, the first and
 * last local day of the period, the zone of those days, and now (the application's clock). Held
 * visits are the completed ones; shifts count once they have begun.
 */
const QUERIES: Record<Metric, string> = {
  'class-visits': `
    SELECT count(*) AS value FROM p, visits
    WHERE adoption_id = p.id AND kind = 'class-visit' AND status = 'completed'
      AND (start_at AT TIME ZONE p.zone)::date BETWEEN p.from_day AND p.to_day`,
  'preparation-meetings': `
    SELECT count(*) AS value FROM p, visits
    WHERE adoption_id = p.id AND kind = 'preparation' AND status = 'completed'
      AND (start_at AT TIME ZONE p.zone)::date BETWEEN p.from_day AND p.to_day`,
  'pupils-reached': `
    SELECT coalesce(sum(pupils_attended), 0) AS value FROM p, visits
    WHERE adoption_id = p.id AND kind = 'class-visit' AND status = 'completed'
      AND (start_at AT TIME ZONE p.zone)::date BETWEEN p.from_day AND p.to_day`,
  'contact-hours': `
    SELECT coalesce(sum(hours), 0) AS value FROM p, hours_entries
    WHERE adoption_id = p.id AND date BETWEEN p.from_day AND p.to_day`,
  'volunteer-hours': `
    SELECT coalesce(sum(signups.hours), 0) AS value
    FROM p, shifts JOIN signups ON signups.shift_id = shifts.id
    WHERE shifts.programme_id = p.id AND shifts.date BETWEEN p.from_day AND p.to_day
      AND signups.attended`,
  'shifts-covered': `
    SELECT count(*) AS value FROM p, shifts JOIN programmes ON programmes.id = shifts.programme_id
    WHERE shifts.programme_id = p.id AND shifts.date BETWEEN p.from_day AND p.to_day
      AND shifts.status = 'scheduled' AND shifts.start_at <= p.now
      AND (SELECT count(*) FROM signups WHERE shift_id = shifts.id AND status = 'confirmed')
          >= programmes.capacity_min`,
  'share-of-shifts-not-short': `
    SELECT coalesce(round(100.0 * count(*) FILTER (WHERE (
             SELECT count(*) FROM signups WHERE shift_id = shifts.id AND status = 'confirmed'
           ) >= programmes.capacity_min) / nullif(count(*), 0), 1), 0) AS value
    FROM p, shifts JOIN programmes ON programmes.id = shifts.programme_id
    WHERE shifts.programme_id = p.id AND shifts.date BETWEEN p.from_day AND p.to_day
      AND shifts.status = 'scheduled' AND shifts.start_at <= p.now`,
  'units-donated': `
    SELECT coalesce(sum(delivered_units), 0) AS value FROM p, donation_allocations
    WHERE programme_id = p.id AND status = 'delivered'
      AND delivered_on BETWEEN p.from_day AND p.to_day`,
  'projects-reached': `
    SELECT count(DISTINCT coalesce(partner_id, school_id)) AS value FROM p, donation_allocations
    WHERE programme_id = p.id AND status = 'delivered'
      AND delivered_on BETWEEN p.from_day AND p.to_day`,
};

/** What a metric counts for a partnership over a period. */
export async function countMetric(
  manager: EntityManager,
  metric: Metric,
  subject: { kind: SubjectKind; id: string },
  period: CountedPeriod,
  timezone: string,
  now: Date,
): Promise<number> {
  const [row] = await manager.query<{ value: string }[]>(
    `WITH p AS (SELECT $1::uuid AS id, $2::date AS from_day, $3::date AS to_day,
                       $4::text AS zone, $5::timestamptz AS now)
     ${QUERIES[metric]}`,
    [subject.id, period.from, period.to, timezone, now],
  );
  return Number(row.value);
}
