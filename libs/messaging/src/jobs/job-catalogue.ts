import { JobsOptions } from 'bullmq';

/**
 * Every queue, job and payload in one place. Producers go through `JobQueue.enqueue`; the worker
 * refuses to start if a job has no handler. Payloads carry ids, never whole records.
 */
export enum QueueName {
  Mail = 'mail',
  Sweeps = 'sweeps',
}

export enum JobName {
  /** Renders an outbox message into a delivery. */
  RenderMail = 'mail.render',
  /** Hands a rendered delivery to the mail server. */
  SendMail = 'mail.send',
  /** Confirmed visits whose end has passed become completed. */
  CompleteVisits = 'sweep.complete-visits',
  /** Adoptions past their end date become completed. */
  EndAdoptions = 'sweep.end-adoptions',
  /** Every programme's shifts exist for its rolling horizon. */
  MaterialiseShifts = 'sweep.materialise-shifts',
  /** Terms running out, requests waiting, shifts short of volunteers. */
  SendNudges = 'sweep.send-nudges',
  /** Sent mail past the retention period loses its body. */
  PurgeMail = 'sweep.purge-mail',
}

export interface JobPayloads {
  [JobName.RenderMail]: { messageId: string };
  [JobName.SendMail]: { deliveryId: string };
  [JobName.CompleteVisits]: Record<string, never>;
  [JobName.EndAdoptions]: Record<string, never>;
  [JobName.MaterialiseShifts]: Record<string, never>;
  [JobName.SendNudges]: Record<string, never>;
  [JobName.PurgeMail]: Record<string, never>;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.RenderMail]: QueueName.Mail,
  [JobName.SendMail]: QueueName.Mail,
  [JobName.CompleteVisits]: QueueName.Sweeps,
  [JobName.EndAdoptions]: QueueName.Sweeps,
  [JobName.MaterialiseShifts]: QueueName.Sweeps,
  [JobName.SendNudges]: QueueName.Sweeps,
  [JobName.PurgeMail]: QueueName.Sweeps,
};

/** The first wait before a failed send is tried again; each further wait doubles. */
export const SEND_RETRY_MS = 2_000;

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
    backoff: { type: 'exponential', delay: SEND_RETRY_MS },
    removeOnComplete: keepForADay,
    removeOnFail: false,
  },
  // A sweep that fails is simply run again at the next tick.
  [JobName.CompleteVisits]: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
  [JobName.EndAdoptions]: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
  [JobName.MaterialiseShifts]: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
  [JobName.SendNudges]: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
  [JobName.PurgeMail]: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 },
};

/** How often each sweep ticks. */
export const SWEEP_EVERY_MS: Partial<Record<JobName, number>> = {
  [JobName.CompleteVisits]: 5 * 60 * 1000,
  [JobName.EndAdoptions]: 15 * 60 * 1000,
  [JobName.MaterialiseShifts]: 60 * 60 * 1000,
  [JobName.SendNudges]: 15 * 60 * 1000,
  [JobName.PurgeMail]: 60 * 60 * 1000,
};

/** The id of a sweep's job scheduler in its queue: one per sweep, whatever the workers. */
export function sweepSchedulerId(job: JobName): string {
  return job.replace(/\./g, '-');
}

/** What a handler reports; "skipped" means the work no longer applied or was already done. */
export type JobResult = 'done' | 'skipped';

export type JobHandler<Name extends JobName> = (payload: JobPayloads[Name]) => Promise<JobResult>;

/** BullMQ forbids ":" in custom job ids; ours are built from a job name and record ids. */
export function jobId(name: JobName, ...parts: string[]): string {
  return [name.replace(/\./g, '-'), ...parts].join('_').replace(/:/g, '-');
}
