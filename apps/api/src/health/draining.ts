import { Injectable } from '@nestjs/common';

/**
 * Whether the API has been asked to stop (SIGTERM): from then on its readiness answers 503, so a
 * load balancer sends its requests elsewhere while those already sent are still answered.
 */
@Injectable()
export class Draining {
  since: Date | null = null;

  start(now: Date): void {
    this.since ??= now;
  }
}
