import { DateTime } from 'luxon';

/**
 * The only source of "now". With a start instant (CLOCK_START) the clock begins there and runs
 * on at real speed, so a demo or a test can stand on any date and still see time pass.
 */
export class Clock {
  private offsetMs = 0;

  constructor(
    start: Date | null = null,
    private readonly realNow: () => number = Date.now,
  ) {
    if (start) this.offsetMs = start.getTime() - this.realNow();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.realNow() + this.offsetMs;
  }

  /** Now as a luxon DateTime in the given IANA zone. */
  nowIn(zone: string): DateTime {
    return DateTime.fromMillis(this.nowMs(), { zone });
  }

  /** Moves the clock to an instant; it runs on from there. For tests and the demo only. */
  travelTo(instant: Date): void {
    this.offsetMs = instant.getTime() - this.realNow();
  }

  /** Moves the clock forward by a number of milliseconds. */
  advance(milliseconds: number): void {
    this.offsetMs += milliseconds;
  }
}
