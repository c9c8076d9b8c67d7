import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { DeliveryService, jobId, JobName, JobQueue, JobResult, QueueName } from '@app/messaging';
import { ConnectionErrors } from './connection-errors';
import { JobHandlers } from './job-handlers';
import { isLastAttempt, stopRetryingIfPermanent } from './permanent-failure';

/** Renders outbox messages and sends them: two jobs, so a flaky mail server re-runs only the send. */
@Processor(QueueName.Mail, { concurrency: 16 })
export class MailProcessor extends WorkerHost implements OnModuleInit {
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
      // Enqueued again on a retry after a crash; the job id keeps it one job.
      await this.jobs.enqueue(
        JobName.SendMail,
        { deliveryId: outcome.deliveryId },
        { jobId: jobId(JobName.SendMail, outcome.deliveryId) },
      );
      return 'done';
    });
    this.handlers.register(JobName.SendMail, async ({ deliveryId }) => {
      const outcome = await this.deliveries.send(deliveryId).catch(stopRetryingIfPermanent);
      return outcome === 'sent' ? 'done' : 'skipped';
    });
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
