import { addDays } from '@app/calendar';
import { DomainError } from '../errors/domain-error';
import {
  DEFAULT_HORIZON_WEEKS,
  MAX_SHIFT_RANGE_DAYS,
  shiftRange,
  shiftRangeAcross,
} from './shift-range';

describe('shiftRange', () => {
  it('runs from today to the end of the horizon when nothing is asked for', () => {
    expect(shiftRange({}, '2026-10-01', 12)).toEqual({ from: '2026-10-01', to: '2026-12-24' });
  });

  it('runs from the first day asked for to the end of a horizon counted from it', () => {
    expect(shiftRange({ from: '2020-01-06' }, '2026-10-01', 52)).toEqual({
      from: '2020-01-06',
      to: '2021-01-04',
    });
  });

  it(`keeps a range up to ${MAX_SHIFT_RANGE_DAYS} days long, over a leap day too`, () => {
    expect(shiftRange({ from: '2027-03-01', to: '2028-03-01' }, '2026-10-01', 12)).toEqual({
      from: '2027-03-01',
      to: '2028-03-01',
    });
    expect(shiftRange({ from: '2026-10-07', to: '2026-10-07' }, '2026-10-01', 12)).toEqual({
      from: '2026-10-07',
      to: '2026-10-07',
    });
  });

  it.each([
    [{ from: '2026-11-01', to: '2026-10-01' }, 'shifts.range'],
    [{ to: '2026-09-30' }, 'shifts.range'],
    [{ from: '2027-03-01', to: '2028-03-02' }, 'shifts.range-too-long'],
    [{ from: '0001-01-01', to: '9999-12-31' }, 'shifts.range-too-long'],
    [{ to: '2027-10-03' }, 'shifts.range-too-long'],
  ])('refuses %j, naming to', (requested, code) => {
    let refusal: unknown;
    try {
      shiftRange(requested, '2026-10-01', 12);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code, details: [{ field: 'to' }] });
  });
});

describe('shiftRangeAcross', () => {
  // 23:30 in UTC on 6 October is already the 7th in Copenhagen, still the 6th in New York.
  const now = new Date('2026-10-06T23:30:00Z');
  const copenhagen = { timezone: 'Europe/Copenhagen', horizonWeeks: 4 };
  const newYork = { timezone: 'America/New_York', horizonWeeks: 8 };

  it('starts on the earliest today among the zones, so no programme misses its own', () => {
    expect(shiftRangeAcross({}, [copenhagen], now).from).toBe('2026-10-07');
    expect(shiftRangeAcross({}, [copenhagen, newYork], now).from).toBe('2026-10-06');
  });

  it('runs to the end of the longest horizon', () => {
    expect(shiftRangeAcross({}, [copenhagen, newYork], now).to).toBe('2026-12-01');
    expect(shiftRangeAcross({ from: '2026-11-02' }, [copenhagen], now)).toEqual({
      from: '2026-11-02',
      to: '2026-11-30',
    });
  });

  it('keeps the days asked for, whatever the programmes', () => {
    expect(shiftRangeAcross({ from: '2026-01-05', to: '2026-01-09' }, [newYork], now)).toEqual({
      from: '2026-01-05',
      to: '2026-01-09',
    });
  });

  it('checks a range asked for even with no programme at all', () => {
    expect(shiftRangeAcross({}, [], now)).toEqual({
      from: '2026-10-06',
      to: addDays('2026-10-06', DEFAULT_HORIZON_WEEKS * 7),
    });
    expect(() => shiftRangeAcross({ from: '2026-10-01', to: '2027-10-03' }, [], now)).toThrow(
      expect.objectContaining({ code: 'shifts.range-too-long' }),
    );
  });
});
