import { ForwardClock } from './forward-clock';

// A plain unit test of the test stack's clock; it lives here, beside the clock, because jest's
// unit project looks only under apps/ and libs/.
describe('ForwardClock', () => {
  const real = Date.UTC(2026, 10, 29, 12);

  it('travels forward, to the instant it shows, and advances', () => {
    const clock = new ForwardClock(new Date('2026-08-01T08:00:00Z'), () => real);
    clock.travelTo(new Date('2026-09-01T08:00:00Z'));
    clock.travelTo(new Date('2026-09-01T08:00:00Z'));
    clock.advance(60_000);
    clock.advance(0);
    expect(clock.now().toISOString()).toBe('2026-09-01T08:01:00.000Z');
  });

  it('refuses to travel back, even by a millisecond, and stays where it was', () => {
    const clock = new ForwardClock(new Date('2026-09-01T08:00:00Z'), () => real);
    expect(() => clock.travelTo(new Date('2026-09-01T07:59:59.999Z'))).toThrow(
      /only moves forward.*2026-09-01T08:00:00.000Z.*back to 2026-09-01T07:59:59.999Z/,
    );
    expect(clock.now().toISOString()).toBe('2026-09-01T08:00:00.000Z');
  });

  it('refuses a negative advance and stays where it was', () => {
    const clock = new ForwardClock(new Date('2026-09-01T08:00:00Z'), () => real);
    expect(() => clock.advance(-1)).toThrow(/only moves forward.*by -1 ms/);
    expect(clock.now().toISOString()).toBe('2026-09-01T08:00:00.000Z');
  });
});
