import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '@app/core/clock/clock';
import { jobId, JobName } from '../jobs/job-catalogue';
import { JobQueue } from '../jobs/job-queue.service';
import { OUTBOX_CHANNEL } from './outbox.service';

const BATCH = 100;
const POLL_MS = 2_000;

/**
 * Moves committed outbox messages into the job queue. Woken at once by the writer's NOTIFY and
 * also every couple of seconds, so a missed notification or a Redis outage only delays. Rows are
 * claimed with SKIP LOCKED, so several workers share the work; a job id per message keeps a
 * message that is relayed twice (a crash between enqueue and commit) one job. Should Redis lose
 * its data, every message not yet sent is relayed again from PostgreSQL.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private lastFailure: string | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.onEmptied(() => this.relayUnfinishedAgain());
    this.timer = setInterval(() => void this.wake(), POLL_MS);
    void this.listen();
    void this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Relays everything waiting now; resolves when done. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.jobs.checkKept();
        while (!this.stopped && (await this.relayBatch()) === BATCH) {
          // A full batch: there may be more.
        }
      } while (this.again && !this.stopped);
    })()
      .catch((error: unknown) => this.reportFailure(error))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async relayBatch(): Promise<number> {
    const relayed = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; due_at: Date | null }[]>(
        `SELECT id, due_at FROM messages WHERE relayed_at IS NULL
         ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      // A reminder waits in the queue as a delayed job until the application clock reaches it.
      const now = this.clock.nowMs();
      await this.jobs.enqueueAll(
        JobName.RenderMail,
        rows.map(({ id, due_at: dueAt }) => ({
          payload: { messageId: id },
          options: {
            jobId: jobId(JobName.RenderMail, id),
            delayMs: (dueAt ? Math.max(0, dueAt.getTime() - now) : 0) || undefined,
          },
        })),
      );
      if (rows.length > 0) {
        await manager.query(`UPDATE messages SET relayed_at = $1 WHERE id = ANY($2::uuid[])`, [
          this.clock.now(),
          rows.map((row) => row.id),
        ]);
      }
      return rows.length;
    });
    if (this.lastFailure) {
      this.logger.log('Relaying messages again');
      this.lastFailure = null;
    }
    return relayed;
  }

  /**
   * Redis lost its jobs: every message not yet sent or given up on is relayed again. A message
   * already sent is left alone, and one relayed twice is still one job, rendered into one
   * delivery and sent once (see DeliveryService).
   */
  private async relayUnfinishedAgain(): Promise<void> {
    const [, count] = await this.dataSource.query<[unknown, number]>(
      `UPDATE messages SET relayed_at = NULL
       WHERE relayed_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM deliveries
                         WHERE deliveries.message_id = messages.id AND deliveries.status <> 'pending')`,
    );
    if (count > 0) this.logger.warn(`Redis had lost its jobs: relaying ${count} messages again`);
  }

  private reportFailure(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    // Once per kind of failure, not every poll, while Redis or PostgreSQL is away.
    if (text !== this.lastFailure) {
      this.logger.warn(`Could not relay messages, will retry: ${text}`);
      this.lastFailure = text;
    }
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    const retry = () => {
      if (this.listener === client) this.listener = null;
      client.removeAllListeners();
      void client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), POLL_MS);
    };
    client.on('error', retry);
    client.on('notification', () => void this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
      if (this.stopped) await client.end();
    } catch {
      retry();
    }
  }
}
