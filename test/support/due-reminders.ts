import { JobName, JobQueue, jobId, QueueName } from '@app/messaging';
import { settled } from './settled';
import { TestStack } from './test-stack';

/**
 * Moves the application clock on to `due` and releases the reminders due by then, as the queue
 * would once their delay had passed in real time. Fails, saying so, if set-up already ran past
 * `due`: the reminders would then never have been written and the test would fail for the
 * wrong reason. Returns how many reminders were released.
 */
export async function releaseRemindersDueBy(stack: TestStack, due: Date): Promise<number> {
  await settled(stack, { ignoreFutureReminders: true });
  if (stack.clock.nowMs() >= due.getTime()) {
    throw new Error(
      `Set-up ran past the reminders' due time ${due.toISOString()} (the clock says ` +
        `${stack.clock.now().toISOString()}): give it more room`,
    );
  }
  stack.clock.travelTo(due);
  const rows = await stack.dataSource.query<{ id: string }[]>(
    `SELECT id FROM messages WHERE due_at IS NOT NULL AND due_at <= $1`,
    [due],
  );
  const queue = stack.api.get(JobQueue, { strict: false }).queue(QueueName.Mail);
  for (const { id } of rows) {
    const job = await queue.getJob(jobId(JobName.RenderMail, id));
    if (!job) throw new Error(`No render job for reminder ${id}`);
    await job.promote();
  }
  return rows.length;
}
