import { describe, expect, it } from '@jest/globals';
import { addDays, daysOfWeek, isIsoDate, mondayOf, today } from './week';

describe('the weeks of the shift view', () => {
  it('starts a week on its Monday, whichever day it is asked from', () => {
    expect(mondayOf('2026-11-16')).toBe('2026-11-16'); // a Monday
    expect(mondayOf('2026-11-18')).toBe('2026-11-16'); // Wednesday
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // Sunday belongs to the week before it
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across the new year
  });

  it('lists Monday to Sunday, across a month and a daylight-saving change', () => {
    expect(daysOfWeek('2026-10-19')).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
    expect(daysOfWeek('2026-10-26')[6]).toBe('2026-11-01');
  });

  it('moves by whole days, back and forth', () => {
    expect(addDays('2026-11-16', 7)).toBe('2026-11-23');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
  });

  it('takes only real dates from an address', () => {
    expect(isIsoDate('2026-11-16')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('16-11-2026')).toBe(false);
    expect(isIsoDate(20261116)).toBe(false);
  });

  it("reads today in the browser's own zone", () => {
    expect(today(new Date(2026, 10, 16, 0, 5))).toBe('2026-11-16');
  });
});
