import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { GracefulWorkerHost } from './graceful-worker-host';
import { Logger, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import {
  DeliveryService,
  jobId,
  JobName,
  JobQueue,
  JobResult,
  QueueName,
  SEND_RETRY_MS,
} from '@app/messaging';
import { ConnectionErrors } from './connection-errors';
import { JobHandlers } from './job-handlers';
import {
  isLastAttempt,
  isPermanentSmtpFailure,
  stopRetryingIfPermanent,
} from './permanent-failure';

/** Renders outbox messages and sends them; a send that fails is retried as a job of its own. */
@Processor(QueueName.Mail, { concurrency: 16 })
export class MailProcessor extends GracefulWorkerHost implements OnModuleInit {
  private readonly logger = new Logger(MailProcessor.name);
  private readonly connectionErrors = new ConnectionErrors(this.logger);

  constructor(
    private readonly handlers: JobHandlers,
    private readonly deliveries: DeliveryService,
    private readonly jobs: JobQueue,
  ) {
    super();
  }

  onModuleInit(): void {
    this.handlers.register(JobName.RenderMail, async ({ messageId }) => {
      const outcome = await this.deliveries.render(messageId);
      if (!outcome) return 'skipped';
      return this.sendRendered(outcome.deliveryId);
    });
    this.handlers.register(JobName.SendMail, async ({ deliveryId }) => {
      const outcome = await this.deliveries.send(deliveryId).catch(stopRetryingIfPermanent);
      return outcome === 'sent' ? 'done' : 'skipped';
    });
  }

  /**
   * Sends a mail as soon as it is rendered, in the same job, so a burst of mail (a thousand
   * reminders due in the same minute) leaves in the order it was written, each right after its
   * render. A send that fails becomes a job of its own, retried with backoff; a permanent refusal
   * is kept as failed at once. Run again after a crash, the render finds its delivery and the
   * send finds it sent.
   */
  private async sendRendered(deliveryId: string): Promise<JobResult> {
    try {
      return (await this.deliveries.send(deliveryId)) === 'sent' ? 'done' : 'skipped';
    } catch (error) {
      if (isPermanentSmtpFailure(error)) {
        await this.deliveries.markFailed(deliveryId, (error as Error).message);
        return 'done';
      }
      // Enqueued again on a retry after a crash; the job id keeps it one job.
      await this.jobs.enqueue(
        JobName.SendMail,
        { deliveryId },
        { jobId: jobId(JobName.SendMail, deliveryId), delayMs: SEND_RETRY_MS },
      );
      return 'done';
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.connectionErrors.report(error);
  }

  process(job: Job): Promise<JobResult> {
    return this.handlers.run(job.name, job.data);
  }

  // Payloads hold ids only, so the line names the work without anything a mail says.
  @OnWorkerEvent('completed')
  onCompleted(job: Job, result: JobResult): void {
    this.logger.debug(`${job.name} ${job.id}: ${result}`);
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = isLastAttempt(job, error);
    this.logger.warn(
      `${job.name} ${job.id} failed (attempt ${job.attemptsMade}${final ? ', giving up' : ''}): ${error.message}`,
    );
    if (final && job.name === (JobName.SendMail as string)) {
      await this.deliveries.markFailed(
        (job.data as { deliveryId: string }).deliveryId,
        error.message,
      );
    }
  }
}
