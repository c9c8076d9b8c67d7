import { DomainError } from '../errors/domain-error';
import { reportPeriod } from './report-period';

describe('reportPeriod', () => {
  it('covers the year up to today when nothing is asked for', () => {
    expect(reportPeriod({}, '2026-11-29')).toEqual({ from: '2025-11-30', to: '2026-11-29' });
  });

  it('counts the year back from the last day asked for, leap day included', () => {
    expect(reportPeriod({ to: '2028-02-29' }, '2026-11-29')).toEqual({
      from: '2027-03-01',
      to: '2028-02-29',
    });
  });

  it('keeps a period that was asked for as it is, one day long too', () => {
    expect(reportPeriod({ from: '2026-08-01', to: '2026-08-01' }, '2026-11-29')).toEqual({
      from: '2026-08-01',
      to: '2026-08-01',
    });
  });

  it.each([
    [{ from: '2026-12-01', to: '2026-11-30' }, 'report.period'],
    [{ from: '2016-01-01', to: '2026-01-01' }, 'report.period-too-long'],
    [{ from: '2026-12-01' }, 'report.period'],
  ])('refuses %j, naming to', (requested, code) => {
    let refusal: unknown;
    try {
      reportPeriod(requested, '2026-11-29');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code, details: [{ field: 'to' }] });
  });
});
