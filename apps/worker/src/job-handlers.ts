import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads, JobResult } from '@app/messaging';

/**
 * Every job's handler, registered by the modules that own the work. The worker refuses to start
 * while a job of the catalogue has none.
 */
@Injectable()
export class JobHandlers implements OnApplicationBootstrap {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  register<Name extends JobName>(name: Name, handler: JobHandler<Name>): void {
    if (this.handlers.has(name)) throw new Error(`Two handlers for the job ${name}`);
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  run(name: string, payload: unknown): Promise<JobResult> {
    const handler = this.handlers.get(name as JobName);
    if (!handler) throw new Error(`No handler for the job ${name}`);
    return handler(payload as JobPayloads[JobName]);
  }

  onApplicationBootstrap(): void {
    const missing = Object.values(JobName).filter((name) => !this.handlers.has(name));
    if (missing.length > 0) {
      throw new Error(`The worker has no handler for: ${missing.join(', ')}`);
    }
  }
}
