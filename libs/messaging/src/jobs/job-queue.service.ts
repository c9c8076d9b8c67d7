import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { JOB_OPTIONS, JOB_QUEUE, JobName, JobPayloads, QueueName } from './job-catalogue';
import { redisOptions } from './redis-connection';

export interface EnqueueOptions {
  /** Deterministic, so the same work enqueued twice is one job. */
  jobId: string;
  delayMs?: number;
}

/**
 * The one way to put work on a queue. Its connection fails fast when Redis is away (no offline
 * queue), so a caller holding a database transaction is not kept waiting: it rolls back and the
 * work is picked up again later.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly emptiedListeners: (() => Promise<void>)[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Runs `listener` whenever Redis is found to have lost what was put in it. */
  onEmptied(listener: () => Promise<void>): void {
    this.emptiedListeners.push(listener);
  }

  /**
   * Whether Redis still holds what was put in it, told by a marker key written once per dataset.
   * When the marker is gone (Redis restarted without its data, or flushed: the queued jobs went
   * with it), the listeners put the work back from PostgreSQL first, and only then is the marker
   * written again, so a failure on the way is found again at the next check.
   */
  async checkKept(): Promise<boolean> {
    const client = await this.queue(QueueName.Mail).client;
    const marker = `${this.config.queuePrefix}:kept`;
    if ((await client.get(marker)) !== null) return true;
    for (const listener of this.emptiedListeners) await listener();
    await client.set(marker, new Date().toISOString());
    return false;
  }

  async enqueue<Name extends JobName>(
    name: Name,
    payload: JobPayloads[Name],
    options: EnqueueOptions,
  ): Promise<void> {
    await this.queue(JOB_QUEUE[name]).add(name, payload, {
      ...JOB_OPTIONS[name],
      jobId: options.jobId,
      delay: options.delayMs,
    });
  }

  /** Many jobs of one kind in one round trip to Redis; ids already there stay one job each. */
  async enqueueAll<Name extends JobName>(
    name: Name,
    jobs: { payload: JobPayloads[Name]; options: EnqueueOptions }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue(JOB_QUEUE[name]).addBulk(
      jobs.map(({ payload, options }) => ({
        name,
        data: payload,
        opts: { ...JOB_OPTIONS[name], jobId: options.jobId, delay: options.delayMs },
      })),
    );
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        prefix: this.config.queuePrefix,
        connection: {
          ...redisOptions(this.config.redisUrl),
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
        },
      });
      // Connection errors surface on the next enqueue; the event only needs a listener.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
