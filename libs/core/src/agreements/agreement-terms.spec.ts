import { schoolCalendar } from '@app/calendar';
import { agreementStatus, criterionProgress, currentPeriod, elapsedShare } from './agreement-terms';

describe('agreement terms', () => {
  const calendar = schoolCalendar();
  const agreement = { startsOn: '2026-08-01', endsOn: '2028-06-30' };

  it('counts a criterion per term in the term of the day, and the coming one in summer', () => {
    expect(currentPeriod('term', '2026-12-31', calendar, agreement)).toEqual({
      name: '2026/27-autumn',
      from: '2026-08-01',
      to: '2026-12-31',
    });
    // Across the term boundary: New Year's Day is the spring term.
    expect(currentPeriod('term', '2027-01-01', calendar, agreement).name).toBe('2026/27-spring');
    expect(currentPeriod('term', '2027-07-10', calendar, agreement).name).toBe('2027/28-autumn');
  });

  it('counts per school year, calendar year, or the whole agreement', () => {
    expect(currentPeriod('school-year', '2027-03-01', calendar, agreement)).toEqual({
      name: '2026/27',
      from: '2026-08-01',
      to: '2027-06-30',
    });
    expect(currentPeriod('calendar-year', '2027-03-01', calendar, agreement)).toEqual({
      name: '2027',
      from: '2027-01-01',
      to: '2027-12-31',
    });
    expect(currentPeriod('agreement', '2027-03-01', calendar, agreement)).toMatchObject({
      from: '2026-08-01',
      to: '2028-06-30',
    });
  });

  it('expects the target pro rata of the days gone by', () => {
    const autumn = { name: 'autumn', from: '2026-08-01', to: '2026-12-31' };
    // 1 August to 31 December: 153 days; 1 October is day 62.
    expect(elapsedShare(autumn, '2026-10-01')).toBeCloseTo(62 / 153, 10);
    expect(elapsedShare(autumn, '2026-07-01')).toBe(0);
    expect(elapsedShare(autumn, '2027-02-01')).toBe(1);
    const criterion = { metric: 'contact-hours' as const, target: 7.4, period: 'term' as const };
    expect(criterionProgress(criterion, autumn, 3, '2026-10-01')).toMatchObject({
      expectedByNow: 3,
      onTrack: true,
      met: false,
      share: 0.405,
    });
    expect(criterionProgress(criterion, autumn, 2.9, '2026-10-01').onTrack).toBe(false);
    expect(criterionProgress(criterion, autumn, 7.4, '2026-10-01').met).toBe(true);
  });

  it('is agreed when both sides accepted the latest version, changed when only an earlier one', () => {
    const both = { school: { by: 'a', at: 'x' }, company: { by: 'b', at: 'y' } };
    const one = { school: { by: 'a', at: 'x' } };
    expect(agreementStatus('adoption', [{ version: 1, acceptances: one }])).toEqual({
      status: 'draft',
      agreedVersion: null,
    });
    expect(agreementStatus('adoption', [{ version: 1, acceptances: both }])).toEqual({
      status: 'agreed',
      agreedVersion: 1,
    });
    expect(
      agreementStatus('adoption', [
        { version: 1, acceptances: both },
        { version: 2, acceptances: one },
      ]),
    ).toEqual({ status: 'changed', agreedVersion: 1 });
  });
});
