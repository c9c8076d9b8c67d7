import { Clock } from '@app/core/clock/clock';

/**
 * The test stack's clock: it moves only forward. A test that sent the clock back would let the
 * product see time run backwards, which never happens in production, and so could pass for
 * reasons that cannot occur; this clock makes such a test fail where it travels.
 */
export class ForwardClock extends Clock {
  override travelTo(instant: Date): void {
    const now = this.nowMs();
    if (instant.getTime() < now) {
      throw new Error(
        `The test clock only moves forward: it is ${new Date(now).toISOString()}, ` +
          `and a test asked to travel back to ${instant.toISOString()}. ` +
          'Start the stack earlier (startTestStack({ clockStart })) or order the travels by date.',
      );
    }
    super.travelTo(instant);
  }

  override advance(milliseconds: number): void {
    if (milliseconds < 0) {
      throw new Error(
        `The test clock only moves forward: a test asked to advance it by ${milliseconds} ms.`,
      );
    }
    super.advance(milliseconds);
  }
}
