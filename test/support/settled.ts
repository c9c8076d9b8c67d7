import { Job } from 'bullmq';
import { JobQueue, QueueName } from '@app/messaging';
import { TestStack } from './test-stack';

export interface SettledOptions {
  /**
   * Leave out mail jobs that wait, never tried, for a due time: reminders of a future date, which
   * the relay put in the queue with a delay. A retry waiting out its back-off always counts.
   */
  ignoreFutureReminders?: boolean;
  timeoutMs?: number;
}

const POLL_MS = 100;
const BUSY_STATES = ['waiting', 'active', 'prioritized', 'waiting-children'] as const;

/** What is still under way, in words; empty when nothing is. */
async function pending(stack: TestStack, options: SettledOptions): Promise<string[]> {
  const jobs = stack.api.get(JobQueue, { strict: false });
  const found: string[] = [];
  for (const name of Object.values(QueueName)) {
    const queue = jobs.queue(name);
    const counts = await queue.getJobCounts(...BUSY_STATES);
    for (const state of BUSY_STATES) {
      if (counts[state] > 0) found.push(`${counts[state]} ${state} in ${name}`);
    }
    const delayed: Job[] = await queue.getDelayed();
    // A sweep's scheduler always has its next tick waiting as a delayed job: that is not work
    // under way. Its tick counts once it falls due and becomes waiting or active.
    const work = delayed.filter((job) => !job.repeatJobKey);
    const counted = options.ignoreFutureReminders
      ? work.filter((job) => job.attemptsMade > 0)
      : work;
    if (counted.length > 0) {
      found.push(
        `${counted.length} delayed in ${name} (${counted.map((job) => job.id).join(', ')})`,
      );
    }
  }
  const [{ unrelayed, undelivered }] = await stack.dataSource.query<
    { unrelayed: number; undelivered: number }[]
  >(
    `SELECT (SELECT count(*)::int FROM messages WHERE relayed_at IS NULL) AS unrelayed,
            (SELECT count(*)::int FROM deliveries WHERE status = 'pending') AS undelivered`,
  );
  if (unrelayed > 0) found.push(`${unrelayed} unrelayed messages in the outbox`);
  if (undelivered > 0) found.push(`${undelivered} pending deliveries`);
  return found;
}

/** Counts that change whenever work is done, to tell two quiet polls with work between apart. */
async function progress(stack: TestStack): Promise<string> {
  const [row] = await stack.dataSource.query<{ messages: number; deliveries: number }[]>(
    `SELECT (SELECT count(*)::int FROM messages) AS messages,
            (SELECT count(*)::int FROM deliveries WHERE status <> 'pending') AS deliveries`,
  );
  return `${row.messages}/${row.deliveries}/${stack.sink.received.length}`;
}

/**
 * Resolves once the stack has nothing left to do: no job waiting, active or delayed in any of its
 * queues, no unrelayed outbox message and no pending delivery, on two polls in a row with nothing
 * done between them. After it, counting mails and deliveries proves "sent once" without a sleep.
 */
export async function settled(stack: TestStack, options: SettledOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  let quietSince: string | null = null;
  let last: string[] = [];
  for (;;) {
    try {
      const before = await progress(stack);
      last = await pending(stack, options);
      if (last.length === 0 && quietSince === before && (await progress(stack)) === before) return;
      quietSince = last.length === 0 ? before : null;
    } catch (error) {
      // Redis or PostgreSQL away for a moment (an outage test): not settled yet.
      last = [`could not look: ${error instanceof Error ? error.message : String(error)}`];
      quietSince = null;
    }
    if (Date.now() > deadline) {
      throw new Error(`Not settled within ${timeoutMs} ms; still pending: ${last.join('; ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The deliveries rows made for an address, whatever their state. */
export async function deliveriesTo(
  stack: TestStack,
  address: string,
): Promise<{ subject: string; status: string }[]> {
  return stack.dataSource.query(
    `SELECT subject, status FROM deliveries
     WHERE lower(to_address) = $1 OR lower(to_address) LIKE '%<' || $1 || '>'
     ORDER BY rendered_at`,
    [address.toLowerCase()],
  );
}
