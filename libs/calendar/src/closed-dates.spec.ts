import { closedRangeOn, isAnyDayClosed, isClosed, validateClosedDates } from './closed-dates';
import { CalendarInputError } from './problems';

const autumnHoliday = { from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' };
const christmas = { from: '2026-12-21', to: '2027-01-01', label: 'Juleferie' };
const constitutionDay = { from: '2027-06-05', to: '2027-06-05', label: 'Grundlovsdag' };
const closedDates = [autumnHoliday, christmas, constitutionDay];

describe('isClosed', () => {
  it('closes both the first and the last day of a closed period', () => {
    expect(isClosed('2026-10-12', closedDates)).toBe(true);
    expect(isClosed('2026-10-16', closedDates)).toBe(true);
    expect(isClosed('2026-10-14', closedDates)).toBe(true);
  });

  it('leaves the days just outside a closed period open', () => {
    expect(isClosed('2026-10-11', closedDates)).toBe(false);
    expect(isClosed('2026-10-17', closedDates)).toBe(false);
  });

  it('closes a period across the turn of the year and a single closed day', () => {
    expect(isClosed('2026-12-31', closedDates)).toBe(true);
    expect(isClosed('2027-01-01', closedDates)).toBe(true);
    expect(isClosed('2027-01-02', closedDates)).toBe(false);
    expect(isClosed('2027-06-05', closedDates)).toBe(true);
  });

  it('closes nothing without closed periods', () => {
    expect(isClosed('2026-10-14', [])).toBe(false);
  });

  it('refuses a date or a period that is not YYYY-MM-DD', () => {
    expect(() => isClosed('2026-10-1', closedDates)).toThrow(CalendarInputError);
    expect(() => isClosed('2026-10-14', [{ from: '12/10/2026', to: '2026-10-16' }])).toThrow(
      CalendarInputError,
    );
  });
});

describe('closedRangeOn', () => {
  it('names the closed period a day falls in', () => {
    expect(closedRangeOn('2026-12-24', closedDates)?.label).toBe('Juleferie');
    expect(closedRangeOn('2026-12-20', closedDates)).toBeNull();
  });
});

describe('isAnyDayClosed', () => {
  it('sees a closed period that overlaps a run of days at either end or inside it', () => {
    expect(isAnyDayClosed('2026-10-09', '2026-10-12', closedDates)).toBe(true);
    expect(isAnyDayClosed('2026-10-16', '2026-10-19', closedDates)).toBe(true);
    expect(isAnyDayClosed('2027-06-01', '2027-06-10', closedDates)).toBe(true);
    expect(isAnyDayClosed('2026-10-17', '2026-10-20', closedDates)).toBe(false);
  });
});

describe('validateClosedDates', () => {
  it('accepts well-formed periods, including one-day periods', () => {
    expect(validateClosedDates(closedDates)).toEqual([]);
  });

  it('names malformed dates and a period that ends before it starts', () => {
    const problems = validateClosedDates([
      { from: '2026-13-01', to: '2026-12-01' },
      { from: '2026-10-16', to: '2026-10-12' },
    ]);
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['closedDates.0.from', 'date.format'],
      ['closedDates.1.to', 'closed-dates.to-before-from'],
    ]);
  });
});
