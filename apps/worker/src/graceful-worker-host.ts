import { BeforeApplicationShutdown } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';

/**
 * A queue's worker that stops first when the process is asked to stop: it takes no more jobs and
 * lets those under way finish (a mail sent is marked sent) before the database connections and
 * the mail transport close, which they do in the later `onApplicationShutdown` hooks. Closed at
 * the same time as those (the library's default), a job could send its mail and find no
 * database to record it in, and be sent again after a restart.
 */
export abstract class GracefulWorkerHost extends WorkerHost implements BeforeApplicationShutdown {
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
