import { JobsOptions } from 'bullmq';

/**
 * Every queue, job and payload in one place. Producers go through `JobQueue.enqueue`; the worker
 * refuses to start if a job has no handler. Payloads carry ids, never whole records.
 */
export enum QueueName {
  Mail = 'mail',
}

export enum JobName {
  /** Renders an outbox message into a delivery. */
  RenderMail = 'mail.render',
  /** Hands a rendered delivery to the mail server. */
  SendMail = 'mail.send',
}

export interface JobPayloads {
  [JobName.RenderMail]: { messageId: string };
  [JobName.SendMail]: { deliveryId: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.RenderMail]: QueueName.Mail,
  [JobName.SendMail]: QueueName.Mail,
};

const keepForADay = { age: 24 * 60 * 60, count: 10_000 };

export const JOB_OPTIONS: Record<JobName, JobsOptions> = {
  [JobName.RenderMail]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: keepForADay,
    removeOnFail: false,
  },
  // A mail server may be away for a while: about two hours of retries before giving up.
  [JobName.SendMail]: {
    attempts: 12,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: keepForADay,
    removeOnFail: false,
  },
};

/** What a handler reports; "skipped" means the work no longer applied or was already done. */
export type JobResult = 'done' | 'skipped';

export type JobHandler<Name extends JobName> = (payload: JobPayloads[Name]) => Promise<JobResult>;

/** BullMQ forbids ":" in custom job ids; ours are built from a job name and record ids. */
export function jobId(name: JobName, ...parts: string[]): string {
  return [name.replace(/\./g, '-'), ...parts].join('_').replace(/:/g, '-');
}
