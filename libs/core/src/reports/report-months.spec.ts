import { byMonth, monthsOf } from './report-months';

describe('report months', () => {
  it('lists every month a period touches, across New Year', () => {
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('fills the months without figures with zeros and adds up the rest', () => {
    expect(
      byMonth({ from: '2026-11-01', to: '2027-01-31' }, ['hours', 'visits'] as const, [
        { month: '2026-11', hours: '1.5', visits: 1 },
        { month: '2026-11', hours: 2 },
        { month: '2027-01', visits: 2 },
      ]),
    ).toEqual([
      { month: '2026-11', hours: 3.5, visits: 1 },
      { month: '2026-12', hours: 0, visits: 0 },
      { month: '2027-01', hours: 0, visits: 2 },
    ]);
  });
});
