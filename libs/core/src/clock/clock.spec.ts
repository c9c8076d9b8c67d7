import { Clock } from './clock';

describe('Clock', () => {
  it('tells real time when no start is given', () => {
    const clock = new Clock(null, () => Date.UTC(2026, 10, 29, 12));
    expect(clock.now().toISOString()).toBe('2026-11-29T12:00:00.000Z');
  });

  it('starts at the given instant and runs on from there at real speed', () => {
    let real = Date.UTC(2026, 10, 29, 12);
    const clock = new Clock(new Date('2027-03-28T00:30:00Z'), () => real);
    expect(clock.now().toISOString()).toBe('2027-03-28T00:30:00.000Z');
    real += 90 * 60 * 1000;
    expect(clock.now().toISOString()).toBe('2027-03-28T02:00:00.000Z');
    // 02:00 UTC on the last Sunday of March is 04:00 in Copenhagen, after the spring-forward.
    expect(clock.nowIn('Europe/Copenhagen').toFormat('HH:mm')).toBe('04:00');
  });

  it('can be moved to another instant and forward', () => {
    const real = Date.UTC(2026, 10, 29, 12);
    const clock = new Clock(null, () => real);
    clock.travelTo(new Date('2027-06-30T10:00:00Z'));
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2027-06-30T10:01:00.000Z');
  });
});
