import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { JOB_OPTIONS, JobName, QueueName, SWEEP_EVERY_MS, sweepSchedulerId } from '@app/messaging';
import { sleep, System, until } from './system';

export interface SweepTicks {
  /** Ticks that ran to the end, by sweep. */
  ran: Record<string, number>;
  /** Ticks that failed, by sweep and reason. */
  failed: Record<string, number>;
  /** Ticks that started more than once (a tick is a job: one id per scheduler and time). */
  startedTwice: number;
  /** Ticks whose sweep changed something, by sweep (the rest found nothing due). */
  didWork: Record<string, number>;
  /** How long the ticks were counted, in ms. */
  countedMs: number;
  /** Whether every sweep still ticked each `everyMs` at the end (nothing scheduled it back). */
  retimed: boolean;
}

/**
 * Has every sweep tick each `everyMs` instead of its minutes — the same job schedulers the
 * workers keep, re-timed as an operator could — and counts each tick's job as it starts
 * and ends, from the queue's event stream, until `stop` is called.
 */
export async function countSweepTicks(
  system: System,
  everyMs: number,
): Promise<{ stop: () => Promise<SweepTicks> }> {
  const connection = { url: system.redis.url };
  const prefix = 'reliability';
  const events = new QueueEvents(QueueName.Sweeps, { connection, prefix });
  await events.waitUntilReady();
  const started = new Map<string, number>();
  const ran: Record<string, number> = {};
  const didWork: Record<string, number> = {};
  const failed: Record<string, number> = {};
  const sweepOf = (jobId: string) => jobId.split(':')[1] ?? jobId;
  events.on('active', ({ jobId }) => started.set(jobId, (started.get(jobId) ?? 0) + 1));
  events.on('failed', ({ jobId, failedReason }) => {
    failed[`${sweepOf(jobId)}: ${failedReason}`] =
      (failed[`${sweepOf(jobId)}: ${failedReason}`] ?? 0) + 1;
  });
  events.on('completed', ({ jobId, returnvalue }) => {
    const sweep = sweepOf(jobId);
    ran[sweep] = (ran[sweep] ?? 0) + 1;
    if (String(returnvalue).includes('done')) didWork[sweep] = (didWork[sweep] ?? 0) + 1;
  });
  const queue = new Queue(QueueName.Sweeps, { connection, prefix });
  // Each worker schedules the sweeps when it finds Redis new (without the marker the first one
  // writes): re-timed only once both have looked, or their schedule would win.
  const client = await queue.client;
  await until('the workers to have scheduled the sweeps', async () =>
    Boolean(await client.get(`${prefix}:kept`)),
  );
  await sleep(2_000);
  const from = Date.now();
  for (const job of Object.keys(SWEEP_EVERY_MS) as JobName[]) {
    // Upserting alone keeps the next tick the workers set, minutes away: start it afresh.
    await queue.removeJobScheduler(sweepSchedulerId(job));
    await queue.upsertJobScheduler(
      sweepSchedulerId(job),
      { every: everyMs },
      { name: job, data: {}, opts: JOB_OPTIONS[job] },
    );
  }
  return {
    stop: async () => {
      const countedMs = Date.now() - from;
      const retimed = (await queue.getJobSchedulers()).every(
        (scheduler) => Number(scheduler.every) === everyMs,
      );
      await queue.close();
      await events.close();
      const startedTwice = [...started.values()].filter((count) => count > 1).length;
      return { ran, failed, startedTwice, didWork, countedMs, retimed };
    },
  };
}

/**
 * A programme of its own partner that starts today, with no shifts yet: the materialisation
 * sweep's work. Answers its id.
 */
export async function seedProgrammeToMaterialise(system: System): Promise<string> {
  const [partnerId, programmeId] = [randomUUID(), randomUUID()];
  await system.pool.query(
    `INSERT INTO partners (id, name, city, created_at) VALUES ($1, $2, 'Vejle', now())`,
    [partnerId, `Foreningen ${partnerId.slice(0, 8)}`],
  );
  await system.pool.query(
    `INSERT INTO programmes (id, partner_id, title, location, timezone, weekdays, start_time,
                             end_time, starts_on, capacity_min, capacity_max, created_at, updated_at)
     VALUES ($1, $2, 'Cykelværksted', 'Værkstedet', 'Europe/Copenhagen', ARRAY[1,3,5],
             '15:00', '17:00', current_date, 1, 4, now(), now())`,
    [programmeId, partnerId],
  );
  return programmeId;
}
