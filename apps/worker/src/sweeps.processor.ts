import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { GracefulWorkerHost } from './graceful-worker-host';
import { Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { SweepName, SweepRunner } from '@app/core';
import {
  JOB_OPTIONS,
  JobName,
  JobQueue,
  JobResult,
  QueueName,
  SWEEP_EVERY_MS,
  sweepSchedulerId,
} from '@app/messaging';
import { ConnectionErrors } from './connection-errors';
import { JobHandlers } from './job-handlers';

const SWEEPS: Partial<Record<JobName, SweepName>> = {
  [JobName.CompleteVisits]: SweepName.CompleteVisits,
  [JobName.EndAdoptions]: SweepName.EndAdoptions,
  [JobName.MaterialiseShifts]: SweepName.MaterialiseShifts,
  [JobName.SendNudges]: SweepName.SendNudges,
  [JobName.PurgeMail]: SweepName.PurgeMail,
};

/**
 * The lifecycle sweeps. Job schedulers tick; each tick runs the sweep, which finds what is due
 * on the application clock and is safe to run twice or on two workers at once.
 */
@Processor(QueueName.Sweeps, { concurrency: 1 })
export class SweepsProcessor
  extends GracefulWorkerHost
  implements OnModuleInit, OnApplicationBootstrap
{
  private readonly connectionErrors = new ConnectionErrors(new Logger(SweepsProcessor.name));

  constructor(
    private readonly handlers: JobHandlers,
    private readonly sweeps: SweepRunner,
    private readonly jobs: JobQueue,
  ) {
    super();
  }

  onModuleInit(): void {
    for (const [job, sweep] of Object.entries(SWEEPS) as [JobName, SweepName][]) {
      this.handlers.register(job, async () =>
        (await this.sweeps.run(sweep)) > 0 ? 'done' : 'skipped',
      );
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    // Again whenever Redis comes back without its data: the schedules went with it.
    this.jobs.onEmptied(() => this.schedule());
    await this.schedule();
  }

  private async schedule(): Promise<void> {
    for (const job of Object.keys(SWEEPS) as JobName[]) {
      // Upserting is idempotent: every worker may do it at start-up.
      await this.jobs
        .queue(QueueName.Sweeps)
        .upsertJobScheduler(
          sweepSchedulerId(job),
          { every: SWEEP_EVERY_MS[job]! },
          { name: job, data: {}, opts: JOB_OPTIONS[job] },
        );
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.connectionErrors.report(error);
  }

  process(job: Job): Promise<JobResult> {
    return this.handlers.run(job.name, job.data);
  }
}
