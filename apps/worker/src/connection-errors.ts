import { Logger } from '@nestjs/common';

/** Reports a lost queue connection once per kind of error, not on every reconnect attempt. */
export class ConnectionErrors {
  private last: string | null = null;

  constructor(private readonly logger: Logger) {}

  report(error: Error): void {
    if (error.message !== this.last) this.logger.warn(`Queue connection: ${error.message}`);
    this.last = error.message;
  }
}
