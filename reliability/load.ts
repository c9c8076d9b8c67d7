import { Pool } from 'pg';
import { System } from './system';
import { Crowd } from './traffic';

export interface LoadFigures {
  requests: number;
  statuses: Record<string, number>;
  /** By kind of request: how many, and p50 / p99 in ms. */
  latency: Record<string, { count: number; p50: number; p99: number }>;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * `clients` people at once for `durationMs`, each doing what volunteers do, one request after
 * another: taking and giving up places on the same few shifts (so capacities fill and waiting
 * lists move), polling their calendar feed, and reading the club's shifts.
 */
export async function mixedLoad(
  system: System,
  crowd: Crowd,
  { clients, durationMs }: { clients: number; durationMs: number },
): Promise<LoadFigures> {
  const statuses: Record<string, number> = {};
  const times: Record<string, number[]> = {};
  const feeds = new Map<string, string>();
  const until = Date.now() + durationMs;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];

  async function call(kind: string, path: string, authorization?: string, method = 'GET') {
    const started = Date.now();
    const status = await fetch(
      `${system.apiUrl(Math.floor(Math.random() * system.apis.length))}${path}`,
      {
        method,
        headers: authorization ? { authorization } : {},
        signal: AbortSignal.timeout(30_000),
      },
    ).then(
      async (response) => {
        await response.arrayBuffer();
        return String(response.status);
      },
      (error: Error) => (error.name === 'TimeoutError' ? 'hung' : 'no answer'),
    );
    statuses[status] = (statuses[status] ?? 0) + 1;
    (times[kind] ??= []).push(Date.now() - started);
  }

  async function client(): Promise<void> {
    while (Date.now() < until) {
      const volunteer = pick(crowd.volunteers);
      const shift = pick(crowd.shiftIds);
      const roll = Math.random();
      if (roll < 0.35) {
        await call(
          'take a place',
          `/api/v1/shifts/${shift}/signups`,
          volunteer.authorization,
          'POST',
        );
      } else if (roll < 0.6) {
        await call(
          'give it up',
          `/api/v1/shifts/${shift}/signups/me`,
          volunteer.authorization,
          'DELETE',
        );
      } else if (roll < 0.8) {
        let feed = feeds.get(volunteer.id);
        if (!feed) {
          const urls = (await fetch(`${system.apiUrl()}/api/v1/me/calendar`, {
            headers: { authorization: volunteer.authorization },
          }).then((response) => response.json())) as { feedUrl: string };
          feed = new URL(urls.feedUrl).pathname;
          feeds.set(volunteer.id, feed);
        }
        await call('poll the feed', feed);
      } else {
        await call(
          'read the shifts',
          `/api/v1/programmes/${crowd.programmeId}/shifts`,
          volunteer.authorization,
        );
      }
    }
  }

  await Promise.all(Array.from({ length: clients }, () => client()));
  const latency: LoadFigures['latency'] = {};
  for (const [kind, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    latency[kind] = {
      count: sorted.length,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
    };
  }
  return { requests: Object.values(statuses).reduce((a, b) => a + b, 0), statuses, latency };
}

/**
 * The rules the database must hold after any load, each as a query of what breaks it: every row
 * it returns is a broken rule. Visits' rules join these once the load proposes visits too.
 */
const INVARIANTS: Record<string, string> = {
  'no shift over its capacity': `
    SELECT shifts.id FROM shifts JOIN programmes ON programmes.id = shifts.programme_id
    WHERE (SELECT count(*) FROM signups WHERE shift_id = shifts.id AND status = 'confirmed')
          > programmes.capacity_max`,
  'nobody waits while a place is free': `
    SELECT shifts.id FROM shifts JOIN programmes ON programmes.id = shifts.programme_id
    WHERE shifts.status = 'scheduled'
      AND EXISTS (SELECT 1 FROM signups WHERE shift_id = shifts.id AND status = 'waitlisted')
      AND (SELECT count(*) FROM signups WHERE shift_id = shifts.id AND status = 'confirmed')
          < programmes.capacity_max`,
  'one active place per volunteer and shift': `
    SELECT shift_id, user_id FROM signups WHERE status IN ('confirmed', 'waitlisted')
    GROUP BY shift_id, user_id HAVING count(*) > 1`,
  'no volunteer in two overlapping shifts': `
    SELECT a.id FROM signups a
    JOIN shifts sa ON sa.id = a.shift_id
    JOIN signups b ON b.user_id = a.user_id AND b.id <> a.id
    JOIN shifts sb ON sb.id = b.shift_id
    WHERE a.status IN ('confirmed', 'waitlisted') AND b.status IN ('confirmed', 'waitlisted')
      AND sa.start_at < sb.end_at AND sb.start_at < sa.end_at`,
  'one delivery per message': `
    SELECT message_id FROM deliveries GROUP BY message_id HAVING count(*) > 1`,
  'at most 24 hours per person and day': `
    SELECT signups.user_id, shifts.date FROM signups JOIN shifts ON shifts.id = signups.shift_id
    WHERE signups.hours IS NOT NULL
    GROUP BY signups.user_id, shifts.date HAVING sum(signups.hours) > 24`,
};

/** Each invariant with the number of rows that break it: all zero when the data holds. */
export async function brokenInvariants(pool: Pool): Promise<Record<string, number>> {
  const broken: Record<string, number> = {};
  for (const [rule, query] of Object.entries(INVARIANTS)) {
    broken[rule] = (await pool.query(query)).rowCount ?? 0;
  }
  return broken;
}
