import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { ThrowawayRedis } from '@app/testing';
import { MIGRATIONS } from '@app/db/migrations';
import { JobName, SWEEP_EVERY_MS, sweepSchedulerId } from '@app/messaging';
import { countSweepTicks, seedProgrammeToMaterialise } from './sweeps';
import { sleep, System, SystemOptions, until } from './system';
import { brokenInvariants, mixedLoad, visitFigures } from './load';
import { Answers, Crowd, delivered, Delivered, seedClasses, seedCrowd, signUpAll } from './traffic';

export interface Size {
  name: 'ci' | 'full';
  /** Volunteers taking a place each: twice as many messages (a confirmation and a reminder). */
  crowd: number;
  /** How long the SMTP server stays away. */
  outageMs: number;
  /** How long the mixed load of 100 clients runs. */
  loadMs: number;
}

export interface Verdict {
  held: boolean;
  promise: string;
  figures: Record<string, unknown>;
}

/**
 * The mails one worker may have on their way at once (its mail queue's concurrency): the most a
 * fault can catch after the mail server took a mail and before its delivery was marked sent.
 */
const MAILS_IN_FLIGHT = 16;
/** How often each sweep ticks while two workers share them. */
const SWEEP_TICK_MS = 2_000;
/** Reminders fall due this long after the crowd is seeded, while the fault is still under way. */
const REMINDERS_IN_MS = 15_000;

async function withSystem(
  options: SystemOptions,
  run: (system: System) => Promise<Verdict>,
): Promise<Verdict> {
  const system = await System.start(options);
  try {
    return await run(system);
  } finally {
    await system.stop();
  }
}

/** Seeds the crowd and has every volunteer take a place, while `fault` runs alongside. */
async function underFault(
  system: System,
  size: Size,
  fault: (crowd: Crowd) => Promise<Record<string, unknown>>,
): Promise<{ answers: Answers; result: Delivered; fault: Record<string, unknown> }> {
  const crowd = await seedCrowd(system, size.crowd, REMINDERS_IN_MS);
  const [answers, figures] = await Promise.all([signUpAll(system, crowd), fault(crowd)]);
  return { answers, result: await delivered(system), fault: figures };
}

const mailsAtLeast = (system: System, count: number) =>
  until(`${count} mails to arrive`, () => system.sink.received.length >= count);

/** Every message there, and none twice but within the SMTP acceptance gap of `kills` kills. */
function allOnce(result: Delivered, kills = 0): boolean {
  return (
    result.missing === 0 && result.failed === 0 && result.duplicates <= kills * MAILS_IN_FLIGHT
  );
}

/**
 * A scenario of messages under one fault: the crowd takes its places while `fault` runs, and the
 * promise holds when every message arrives, none twice beyond the acceptance gap of `gaps`
 * faults that can strike a mail on its way.
 */
function messagesUnderFault(
  promise: string,
  gaps: number,
  fault: (system: System, size: Size) => Promise<Record<string, unknown>>,
): (size: Size) => Promise<Verdict> {
  return (size) =>
    withSystem({}, async (system) => {
      const run = await underFault(system, size, () => fault(system, size));
      return {
        held: allOnce(run.result, gaps),
        promise,
        figures: { ...run.result, ...run.fault, answers: run.answers.statuses },
      };
    });
}

export const SCENARIOS: Record<string, (size: Size) => Promise<Verdict>> = {
  'worker killed mid-batch': messagesUnderFault(
    'with the worker killed (SIGKILL) twice mid-batch and restarted, every message arrives; ' +
      'a duplicate only under the same Message-ID, within the SMTP acceptance gap',
    2,
    async (system, size) => {
      for (const share of [0.2, 0.6]) {
        await mailsAtLeast(system, Math.round(size.crowd * share));
        await system.workers[0].stop('SIGKILL');
        await sleep(1_000);
        system.workers[0].start();
      }
      return { kills: 2 };
    },
  ),

  'Redis restarted empty': messagesUnderFault(
    'with Redis restarted without its data mid-batch, the outbox in PostgreSQL brings every ' +
      'queued message back, and each arrives once',
    1,
    async (system, size) => {
      await mailsAtLeast(system, Math.round(size.crowd * 0.3));
      // No persistence: the restart loses every queued job, as a crash of a cache would.
      await system.redis.stop();
      await sleep(3_000);
      await system.redis.start();
      return { redisDownMs: 3_000 };
    },
  ),

  'Redis flushed': messagesUnderFault(
    'with FLUSHALL while messages are queued, the outbox in PostgreSQL brings every one back, ' +
      'and each arrives once',
    1,
    async (system, size) => {
      await mailsAtLeast(system, Math.round(size.crowd * 0.3));
      const redis = new Redis(system.redis.url);
      await redis.flushall();
      redis.disconnect();
      return { flushed: 1 };
    },
  ),

  'SMTP refusing, then away': messagesUnderFault(
    'with the mail server answering 451 and then unreachable, messages retry with back-off and ' +
      'every one arrives once it is back',
    0,
    async (system, size) => {
      await mailsAtLeast(system, Math.round(size.crowd * 0.2));
      const half = size.outageMs / 2;
      system.sink.refuse = true;
      await sleep(half);
      system.sink.refuse = false;
      await system.smtpAway();
      await sleep(half);
      await system.smtpBack();
      return { refusedMs: half, awayMs: half };
    },
  ),

  'SMTP refusing some mailboxes for good': (size) =>
    withSystem({}, async (system) => {
      const crowd = await seedCrowd(system, size.crowd, REMINDERS_IN_MS);
      const refused = crowd.volunteers.slice(0, 10).map((volunteer) => volunteer.email);
      refused.forEach((address) => system.sink.rejected.add(address));
      const answers = await signUpAll(system, crowd);
      const result = await delivered(system);
      const listed = await fetch(
        `${system.apiUrl()}/api/v1/admin/deliveries?status=failed&limit=100`,
        { headers: { authorization: crowd.admin.authorization } },
      ).then((response) => response.json() as Promise<{ items: { to: string }[] }>);
      const shown = new Set(listed.items.map((item) => /<([^>]+)>/.exec(item.to)?.[1] ?? item.to));
      return {
        held:
          result.missing === 0 &&
          result.duplicates === 0 &&
          result.failed === 2 * refused.length &&
          refused.every((address) => shown.has(address)) &&
          listed.items.length === result.failed,
        promise:
          'a permanent refusal (550) ends as a failed delivery at once, listed for admins, and ' +
          'holds up nothing else',
        figures: {
          ...result,
          refusedMailboxes: refused.length,
          listedForAdmins: listed.items.length,
          answers: answers.statuses,
        },
      };
    }),

  'PostgreSQL restarted': (size) =>
    withSystem({}, async (system) => {
      const outage = {
        readiness: {} as Record<string, number>,
        requests: {} as Record<string, number>,
      };
      let slowest = 0;
      const { answers, result, fault } = await underFault(system, size, async (crowd) => {
        await mailsAtLeast(system, Math.round(size.crowd * 0.3));
        await system.postgres.stop('fast');
        const downAt = Date.now();
        // While it is away: readiness says 503, and a request in flight fails cleanly, quickly.
        while (Date.now() - downAt < 8_000) {
          const ask = async (path: string, authorization?: string) => {
            const t0 = Date.now();
            const status = await fetch(`${system.apiUrl()}${path}`, {
              headers: authorization ? { authorization } : {},
              signal: AbortSignal.timeout(15_000),
            }).then(
              (response) => String(response.status),
              (error: Error) => (error.name === 'TimeoutError' ? 'hung' : 'no answer'),
            );
            slowest = Math.max(slowest, Date.now() - t0);
            return status;
          };
          const ready = await ask('/health/ready');
          outage.readiness[ready] = (outage.readiness[ready] ?? 0) + 1;
          const me = await ask('/api/v1/me', crowd.volunteers[0].authorization);
          outage.requests[me] = (outage.requests[me] ?? 0) + 1;
          await sleep(250);
        }
        await system.postgres.start();
        const upAt = Date.now();
        await system.ready(0, 60_000);
        return { postgresDownMs: upAt - downAt, readyAgainMs: Date.now() - upAt };
      });
      const onlyUnavailable = (counts: Record<string, number>) =>
        Object.keys(counts).length > 0 && Object.keys(counts).every((status) => status === '503');
      return {
        held:
          allOnce(result, 1) &&
          !('500' in answers.statuses) &&
          onlyUnavailable(outage.readiness) &&
          onlyUnavailable(outage.requests) &&
          slowest < 10_000,
        promise:
          'with PostgreSQL restarted mid-batch, /health/ready and requests answer 503 (no hang) ' +
          'meanwhile, the API and the worker reconnect by themselves, and every message arrives once',
        figures: {
          ...result,
          ...fault,
          duringOutage: outage,
          slowestAnswerMs: slowest,
          apiErrors: [
            ...new Set(
              system.apis[0].loggedErrors.map((line) => line.split('\n').slice(0, 3).join(' | ')),
            ),
          ],
          answers: { ...answers.statuses, unanswered: answers.unanswered, bodies: answers.bodies },
        },
      };
    }),

  SIGTERM: (size) =>
    withSystem({}, async (system) => {
      const crowd = await seedCrowd(system, size.crowd, REMINDERS_IN_MS);
      const first = crowd.volunteers.slice(0, size.crowd / 2);
      await signUpAll(system, { ...crowd, volunteers: first });
      // The API, with requests in flight: those finish, later ones find it gone.
      const inFlight = Array.from({ length: 100 }, () =>
        fetch(`${system.apiUrl()}/api/v1/me`, {
          headers: { authorization: crowd.volunteers[0].authorization },
        }).then(
          (response) => String(response.status),
          (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.name,
        ),
      );
      await sleep(20);
      const stopping = system.apis[0].stop('SIGTERM');
      // Meanwhile readiness says it is stopping, so that a load balancer sends elsewhere.
      await sleep(200);
      const readinessWhileStopping = await fetch(`${system.apiUrl()}/health/ready`).then(
        (response) => response.status,
        () => 0,
      );
      const apiStopMs = await stopping;
      const statuses: Record<string, number> = {};
      for (const status of await Promise.all(inFlight)) {
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
      const afterStop = await fetch(`${system.apiUrl()}/health`).then(
        (response) => String(response.status),
        (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.name,
      );
      system.apis[0].start();
      await system.ready(0);
      // The worker, mid-batch: it finishes or hands back its jobs, and a restart goes on.
      const rest = signUpAll(system, {
        ...crowd,
        volunteers: crowd.volunteers.slice(first.length),
      });
      await mailsAtLeast(system, Math.round(size.crowd * 0.8));
      const workerStopMs = await system.workers[0].stop('SIGTERM');
      system.workers[0].start();
      const answers = await rest;
      const result = await delivered(system);
      const exits = [system.apis[0].exits[0], system.workers[0].exits[0]];
      return {
        held:
          allOnce(result) &&
          // The API exits 0; the worker as Nest ends it, by the signal once its hooks have run.
          exits[0] === 0 &&
          (exits[1] === 0 || exits[1] === 'SIGTERM') &&
          apiStopMs < 10_000 &&
          workerStopMs < 30_000 &&
          readinessWhileStopping === 503 &&
          afterStop === 'ECONNREFUSED' &&
          Object.keys(statuses).every((status) => status === '200'),
        promise:
          'on SIGTERM the API finishes the requests in flight and takes no more, the worker ' +
          'finishes or hands back its jobs, both exit 0 in bounded time, and a restart goes on ' +
          'with nothing lost or sent twice',
        figures: {
          ...result,
          apiStopMs,
          readinessWhileStopping,
          afterStop,
          workerStopMs,
          exits,
          requestsAtApiStop: statuses,
          answers: answers.statuses,
        },
      };
    }),

  'two APIs and two workers': (size) =>
    withSystem({ apis: 2, workers: 2 }, async (system) => {
      // Both APIs started together: each migration applied once.
      const [migrations] = (
        await system.pool.query<{ rows: number; names: number }>(
          'SELECT count(*)::int AS rows, count(DISTINCT name)::int AS names FROM migrations',
        )
      ).rows;
      // Every sweep ticks every two seconds while the crowd signs up, and one has work to do.
      const ticks = await countSweepTicks(system, SWEEP_TICK_MS);
      const programmeId = await seedProgrammeToMaterialise(system);
      const crowd = await seedCrowd(system, size.crowd, REMINDERS_IN_MS);
      // Sign-ups alternate between the two APIs; the two workers share the queue.
      const answers = await signUpAll(system, crowd);
      const result = await delivered(system);
      const sweeps = await ticks.stop();
      const [materialised] = (
        await system.pool.query<{ shifts: number; days: number }>(
          `SELECT count(*)::int AS shifts, count(DISTINCT date)::int AS days
           FROM shifts WHERE programme_id = $1`,
          [programmeId],
        )
      ).rows;
      // Each sweep ticked about once each two seconds, not twice: no tick ran on both workers.
      const mostTicks = Math.ceil(sweeps.countedMs / SWEEP_TICK_MS) + 1;
      const ticksHeld =
        sweeps.retimed &&
        sweeps.startedTwice === 0 &&
        Object.keys(SWEEP_EVERY_MS).every((job) => {
          const ran = sweeps.ran[sweepSchedulerId(job as JobName)] ?? 0;
          return ran >= 3 && ran <= mostTicks;
        }) &&
        (sweeps.didWork[sweepSchedulerId(JobName.MaterialiseShifts)] ?? 0) === 1 &&
        materialised.shifts > 0 &&
        materialised.shifts === materialised.days;
      const [places] = (
        await system.pool.query<{ confirmed: number; confirmations: number }>(
          `SELECT (SELECT count(*)::int FROM signups
                   WHERE shift_id = $1 AND status = 'confirmed') AS confirmed,
                  (SELECT count(*)::int FROM messages
                   WHERE template = 'shift.signup-confirmed') AS confirmations`,
          [crowd.shiftId],
        )
      ).rows;
      return {
        held:
          allOnce(result) &&
          migrations.rows === MIGRATIONS.length &&
          migrations.names === MIGRATIONS.length &&
          places.confirmed === size.crowd &&
          // One confirmation a place; a place taken after its reminder's due time has none.
          places.confirmations === size.crowd &&
          ticksHeld,
        promise:
          'with two API processes and two workers on one PostgreSQL and one Redis, migrations ' +
          'apply once, every place is taken once, every confirmation and reminder goes out once, ' +
          'and each sweep runs once a tick (the shifts of a new programme made once): the ' +
          'numbers of a single process',
        figures: {
          ...result,
          migrationsApplied: migrations.rows,
          migrationsKnown: MIGRATIONS.length,
          placesConfirmed: places.confirmed,
          confirmationsWritten: places.confirmations,
          sweepTicksRun: sweeps.ran,
          sweepTicksAtMost: mostTicks,
          sweepsRetimed: sweeps.retimed,
          sweepTicksStartedTwice: sweeps.startedTwice,
          sweepTicksFailed: sweeps.failed,
          sweepTicksThatDidWork: sweeps.didWork,
          shiftsMaterialised: materialised.shifts,
          daysMaterialised: materialised.days,
          answers: answers.statuses,
        },
      };
    }),

  'restored from pg_dump': (size) =>
    withSystem({}, async (system) => {
      // Reminders due in an hour: still waiting when the dump is taken.
      const crowd = await seedCrowd(system, size.crowd, 3600_000);
      await signUpAll(system, crowd);
      await until('every confirmation to arrive', () => system.sink.received.length >= size.crowd);
      const readers = crowd.volunteers.slice(0, 5);
      const year = new Date().getUTCFullYear();
      const report = `/api/v1/reports/companies/${crowd.companyId}?from=${year}-01-01&to=${year + 1}-12-31`;
      const read = async (api: string) => ({
        feeds: await Promise.all(
          readers.map(async (reader) => {
            const urls = (await fetch(`${api}/api/v1/me/calendar`, {
              headers: { authorization: reader.authorization },
            }).then((response) => response.json())) as { feedUrl: string };
            const feed = await fetch(`${api}${new URL(urls.feedUrl).pathname}`);
            // DTSTAMP is when the text was written; the rest must be the same.
            const body = (await feed.text()).replace(/^DTSTAMP:.*$/gm, '');
            return { etag: feed.headers.get('etag'), body };
          }),
        ),
        report: await fetch(`${api}${report}`, {
          headers: { authorization: crowd.admin.authorization },
        }).then((response) => response.text()),
      });
      const before = await read(system.apiUrl());
      const due = async (pool: Pool) =>
        (
          await pool.query<{ due: number }>(
            `SELECT count(*)::int AS due FROM messages
             WHERE due_at > now() AND NOT EXISTS (SELECT 1 FROM deliveries WHERE message_id = messages.id)`,
          )
        ).rows[0].due;
      const dueBefore = await due(system.pool);

      // A dump of the running system, restored into an empty database of a new installation.
      const file = join(mkdtempSync(join(tmpdir(), 'dump-')), 'scheduler.dump');
      const dumpStarted = Date.now();
      execFileSync('pg_dump', ['-Fc', '-f', file, system.databaseUrl]);
      const dumpMs = Date.now() - dumpStarted;
      const restoredUrl = system.postgres.url('restored');
      execFileSync('createdb', [
        '-h',
        '127.0.0.1',
        '-p',
        String(system.postgres.port),
        '-U',
        'postgres',
        'restored',
      ]);
      execFileSync('pg_restore', ['--no-owner', '-d', restoredUrl, file]);
      const redis = await ThrowawayRedis.start();
      const api = await system.another('api', { DATABASE_URL: restoredUrl, REDIS_URL: redis.url });
      const worker = await system.another('worker', {
        DATABASE_URL: restoredUrl,
        REDIS_URL: redis.url,
      });
      const restoredPool = new Pool({ connectionString: restoredUrl, max: 2 });
      try {
        api.process.start();
        await until('the restored API to be ready', () =>
          fetch(`${api.url}/health/ready`).then(
            (response) => response.ok,
            () => false,
          ),
        );
        worker.process.start();
        const after = await read(api.url);
        const dueAfter = await due(restoredPool);
        // The reminders wait in the new installation's queue for their time.
        const queue = new Queue('mail', { connection: { url: redis.url }, prefix: 'reliability' });
        let queued = 0;
        await until(
          'the reminders to be queued again',
          async () => {
            queued = await queue.getDelayedCount();
            return queued >= dueAfter;
          },
          30_000,
        );
        await queue.close();
        const sameFeeds = before.feeds.every(
          (feed, n) => feed.etag === after.feeds[n].etag && feed.body === after.feeds[n].body,
        );
        return {
          held:
            sameFeeds &&
            before.report === after.report &&
            dueAfter === dueBefore &&
            queued >= dueAfter,
          promise:
            'a pg_dump of the running system restores into an empty database, and the product on ' +
            'it serves the same feeds (same ETags), the same reports, and still has its pending ' +
            'reminders due',
          figures: {
            dumpMs,
            dumpBytes: statSync(file).size,
            feedsCompared: readers.length,
            sameFeeds,
            sameReport: before.report === after.report,
            remindersDueBefore: dueBefore,
            remindersDueAfter: dueAfter,
            remindersQueuedAfter: queued,
          },
        };
      } finally {
        await restoredPool.end();
        await api.process.stop('SIGKILL');
        await worker.process.stop('SIGKILL');
        await redis.stop();
      }
    }),

  'mixed load, then the invariants': (size) =>
    withSystem({}, async (system) => {
      // Four shifts of five places for the whole crowd: capacities fill, waiting lists move.
      const crowd = await seedCrowd(system, size.crowd, 3600_000, { shifts: 4, capacity: 5 });
      // Twelve classes, three to each of four contact persons.
      const classes = await seedClasses(system, crowd, { count: 12, contacts: 4 });
      const load = await mixedLoad(system, crowd, classes, {
        clients: 100,
        durationMs: size.loadMs,
      });
      const visits = await visitFigures(system.pool);
      const result = await delivered(system, 600_000, { dueNow: true });
      const broken = await brokenInvariants(system.pool);
      const serverErrors = Object.entries(load.statuses)
        .filter(([status]) => status.startsWith('5') || status === 'hung' || status === 'no answer')
        .reduce((sum, [, count]) => sum + count, 0);
      return {
        held:
          serverErrors === 0 &&
          Object.values(broken).every((count) => count === 0) &&
          result.missing === 0 &&
          result.duplicates === 0,
        promise:
          'under 100 clients taking and giving up places on the same shifts, proposing, ' +
          'confirming and cancelling visits for the same classes and contact persons, polling ' +
          'feeds and reading lists, no request fails on the server, every rule holds in the ' +
          'database afterwards, and every message due goes out once',
        figures: {
          clients: 100,
          seconds: size.loadMs / 1000,
          requests: load.requests,
          statuses: load.statuses,
          latency: load.latency,
          visits,
          brokenInvariants: broken,
          ...result,
        },
      };
    }),
};
