import { DomainError } from '../errors/domain-error';
import { MAX_SHIFT_RANGE_DAYS, shiftRange } from './shift-range';

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
