import { Pool } from 'pg';
import { System } from './system';
import { Classes, Crowd, localSlot } from './traffic';

export interface LoadFigures {
  requests: number;
  statuses: Record<string, number>;
  /** By kind of request: how many, and p50 / p99 in ms. */
  latency: Record<string, { count: number; p50: number; p99: number }>;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * `clients` people at once for `durationMs`, each doing what volunteers, teachers and contact
 * persons do, one request after another: taking and giving up places on the same few shifts (so
 * capacities fill and waiting lists move), polling their calendar feed, reading the club's shifts;
 * proposing visits for the same classes on the same few days, confirming them (so classes and
 * contact persons compete for the same hours) and cancelling them (so terms free up again).
 */
export async function mixedLoad(
  system: System,
  crowd: Crowd,
  classes: Classes,
  { clients, durationMs }: { clients: number; durationMs: number },
): Promise<LoadFigures> {
  const statuses: Record<string, number> = {};
  const times: Record<string, number[]> = {};
  const feeds = new Map<string, string>();
  const until = Date.now() + durationMs;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];

  /** Visits proposed so far, by adoption (an index into `classes.adoptions`). */
  const visits: { id: string; adoption: number; slots: number }[] = [];

  async function call(
    kind: string,
    path: string,
    authorization?: string,
    method = 'GET',
    body?: unknown,
  ): Promise<unknown> {
    const started = Date.now();
    let answer: unknown;
    const status = await fetch(
      `${system.apiUrl(Math.floor(Math.random() * system.apis.length))}${path}`,
      {
        method,
        headers: {
          ...(authorization ? { authorization } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      },
    ).then(
      async (response) => {
        const text = await response.text();
        if (response.status === 201) answer = JSON.parse(text);
        return String(response.status);
      },
      (error: Error) => (error.name === 'TimeoutError' ? 'hung' : 'no answer'),
    );
    statuses[status] = (statuses[status] ?? 0) + 1;
    (times[kind] ??= []).push(Date.now() - started);
    return answer;
  }

  /**
   * A teacher proposes one to three slots: a preparation meeting early in the term's days, or a
   * class visit later; on a few hours of a few days, so that proposals overlap.
   */
  async function propose(): Promise<void> {
    const adoption = Math.floor(Math.random() * classes.adoptions.length);
    const preparation = Math.random() < 0.3;
    const days = preparation ? classes.days.slice(0, 4) : classes.days.slice(4);
    const slots = Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () =>
      preparation
        ? localSlot(pick(days), pick([8, 14]), 1)
        : localSlot(pick(days), pick([9, 10, 11]), 3),
    );
    const visit = (await call(
      'propose a visit',
      `/api/v1/adoptions/${classes.adoptions[adoption].id}/visits`,
      classes.adoptions[adoption].teacher.authorization,
      'POST',
      {
        kind: preparation ? 'preparation' : 'class-visit',
        location: 'Virksomheden',
        agenda: 'Rundvisning',
        slots,
      },
    )) as { id: string } | undefined;
    if (visit) visits.push({ id: visit.id, adoption, slots: slots.length });
  }

  async function answer(): Promise<void> {
    const visit = pick(visits);
    const { contact, teacher } = classes.adoptions[visit.adoption];
    if (Math.random() < 0.7) {
      await call(
        'confirm a visit',
        `/api/v1/visits/${visit.id}/confirm`,
        contact.authorization,
        'POST',
        { slot: Math.floor(Math.random() * visit.slots) },
      );
    } else {
      await call(
        'cancel a visit',
        `/api/v1/visits/${visit.id}/cancel`,
        teacher.authorization,
        'POST',
        { reason: 'Klassen har prøver' },
      );
    }
  }

  async function client(): Promise<void> {
    while (Date.now() < until) {
      const volunteer = pick(crowd.volunteers);
      const shift = pick(crowd.shiftIds);
      const roll = Math.random();
      if (roll < 0.1) {
        await propose();
      } else if (roll < 0.2 && visits.length > 0) {
        await answer();
      } else if (roll < 0.45) {
        await call(
          'take a place',
          `/api/v1/shifts/${shift}/signups`,
          volunteer.authorization,
          'POST',
        );
      } else if (roll < 0.65) {
        await call(
          'give it up',
          `/api/v1/shifts/${shift}/signups/me`,
          volunteer.authorization,
          'DELETE',
        );
      } else if (roll < 0.82) {
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
 * it returns is a broken rule.
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
  'at most one class visit per adoption and term': `
    SELECT adoption_id, term FROM visits
    WHERE kind = 'class-visit' AND status IN ('requested', 'confirmed', 'completed')
    GROUP BY adoption_id, term HAVING count(*) > 1`,
  'at most one preparation meeting per adoption and term': `
    SELECT adoption_id, term FROM visits
    WHERE kind = 'preparation' AND status IN ('requested', 'confirmed', 'completed')
    GROUP BY adoption_id, term HAVING count(*) > 1`,
  "a term's preparation meeting ends before its class visit starts": `
    SELECT preparation.id FROM visits preparation
    JOIN visits class_visit ON class_visit.adoption_id = preparation.adoption_id
     AND class_visit.term = preparation.term AND class_visit.kind = 'class-visit'
    WHERE preparation.kind = 'preparation'
      AND preparation.status IN ('confirmed', 'completed')
      AND class_visit.status IN ('confirmed', 'completed')
      AND preparation.end_at > class_visit.start_at`,
  'no overlapping confirmed visits for a class': `
    SELECT a.id FROM visits a JOIN visits b ON b.class_id = a.class_id AND b.id > a.id
    WHERE a.status IN ('confirmed', 'completed') AND b.status IN ('confirmed', 'completed')
      AND a.start_at < b.end_at AND b.start_at < a.end_at`,
  'no overlapping confirmed visits for a contact person': `
    SELECT a.id FROM visits a
    JOIN visits b ON b.contact_person_id = a.contact_person_id AND b.id > a.id
    WHERE a.status IN ('confirmed', 'completed') AND b.status IN ('confirmed', 'completed')
      AND a.start_at < b.end_at AND b.start_at < a.end_at`,
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

/** The visits the load left, by kind and status: that proposals and confirmations did happen. */
export async function visitFigures(pool: Pool): Promise<Record<string, number>> {
  const rows = (
    await pool.query<{ kind: string; status: string; count: number }>(
      `SELECT kind, status, count(*)::int AS count FROM visits GROUP BY kind, status ORDER BY 1, 2`,
    )
  ).rows;
  return Object.fromEntries(rows.map((row) => [`${row.kind} ${row.status}`, row.count]));
}
