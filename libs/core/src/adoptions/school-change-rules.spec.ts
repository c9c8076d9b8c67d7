import { schoolCalendar } from '@app/calendar';
import { DomainError } from '../errors/domain-error';
import { checkVisitsKeepTheirPlace, PlannedVisit } from './school-change-rules';
import { VisitKind } from './visit.entity';

// Copenhagen is at +02:00 until the last Sunday of October 2026 (the 25th). The autumn term
// 2026/27 runs from 1 August to 31 December, the spring term from 1 January to 30 June.
const COPENHAGEN = schoolCalendar();

function visit(start: string, end: string, overrides: Partial<PlannedVisit> = {}): PlannedVisit {
  return {
    id: 'visit-1',
    kind: VisitKind.ClassVisit,
    term: '2026/27-autumn',
    start: new Date(start),
    end: new Date(end),
    classLabel: '2.A',
    adoptionStartsOn: '2026-08-17',
    adoptionEndsOn: '2033-06-30',
    ...overrides,
  };
}

/** Wednesday 14 October 2026, 09:00 to 12:00 in Copenhagen. */
const AUTUMN_HOLIDAY_VISIT = visit('2026-10-14T09:00:00+02:00', '2026-10-14T12:00:00+02:00');
const AUTUMN_HOLIDAY = { from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' };

function codeOf(work: () => void): string | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('checkVisitsKeepTheirPlace', () => {
  it('keeps a visit on a day that stays open', () => {
    expect(
      codeOf(() =>
        checkVisitsKeepTheirPlace(
          COPENHAGEN,
          [{ from: '2026-10-19', to: '2026-10-23' }],
          [AUTUMN_HOLIDAY_VISIT],
        ),
      ),
    ).toBeNull();
  });

  it('refuses to close a period that holds a confirmed visit, naming the period', () => {
    expect(() =>
      checkVisitsKeepTheirPlace(COPENHAGEN, [AUTUMN_HOLIDAY], [AUTUMN_HOLIDAY_VISIT]),
    ).toThrow(
      expect.objectContaining({
        code: 'school.closed-date-has-visit',
        message: expect.stringContaining('2.A on 2026-10-14 lies in the closed period 2026-10-12'),
      }),
    );
  });

  it('refuses to close the single day of the visit, both ends of a period included', () => {
    for (const day of [
      { from: '2026-10-14', to: '2026-10-14' },
      { from: '2026-10-09', to: '2026-10-14' },
    ]) {
      expect(
        codeOf(() => checkVisitsKeepTheirPlace(COPENHAGEN, [day], [AUTUMN_HOLIDAY_VISIT])),
      ).toBe('school.closed-date-has-visit');
    }
  });

  it('lets a zone a few hours away keep a visit in the middle of a weekday', () => {
    const london = schoolCalendar({ timezone: 'Europe/London' });
    expect(codeOf(() => checkVisitsKeepTheirPlace(london, [], [AUTUMN_HOLIDAY_VISIT]))).toBeNull();
  });

  it('refuses a zone in which the visit would cross midnight', () => {
    // Auckland is at +13:00 in October: 11:00–14:00 in Copenhagen is 22:00–01:00 there.
    const auckland = schoolCalendar({ timezone: 'Pacific/Auckland' });
    const late = visit('2026-10-14T11:00:00+02:00', '2026-10-14T14:00:00+02:00');
    expect(() => checkVisitsKeepTheirPlace(auckland, [], [late])).toThrow(
      expect.objectContaining({
        code: 'school.timezone-moves-visit',
        message: expect.stringContaining('starts and ends on the same day'),
      }),
    );
  });

  it('refuses a zone in which the visit would fall on a weekend', () => {
    // Friday 16 October 2026, 13:00–16:00 in Copenhagen, is Saturday 00:00–03:00 in Auckland.
    const friday = visit('2026-10-16T13:00:00+02:00', '2026-10-16T16:00:00+02:00');
    const auckland = schoolCalendar({ timezone: 'Pacific/Auckland' });
    expect(() => checkVisitsKeepTheirPlace(auckland, [], [friday])).toThrow(
      expect.objectContaining({
        code: 'school.timezone-moves-visit',
        message: expect.stringContaining('A visit lies on a weekday'),
      }),
    );
  });

  it('refuses a zone that would close the visit’s new local day', () => {
    // In Auckland the Friday afternoon visit falls on Saturday, but take a Thursday one: it
    // falls on Friday 16 October there, a closed day.
    const thursday = visit('2026-10-15T13:00:00+02:00', '2026-10-15T16:00:00+02:00');
    const auckland = schoolCalendar({ timezone: 'Pacific/Auckland' });
    expect(
      codeOf(() =>
        checkVisitsKeepTheirPlace(auckland, [{ from: '2026-10-16', to: '2026-10-16' }], [thursday]),
      ),
    ).toBe('school.closed-date-has-visit');
    expect(
      codeOf(() =>
        checkVisitsKeepTheirPlace(
          COPENHAGEN,
          [{ from: '2026-10-16', to: '2026-10-16' }],
          [thursday],
        ),
      ),
    ).toBeNull();
  });

  it('refuses a zone that moves the visit into another term', () => {
    // Thursday 31 December 2026 is in the autumn term; in Auckland that afternoon is already
    // Friday 1 January 2027, in the spring term.
    const newYearsEve = visit('2026-12-31T13:00:00+01:00', '2026-12-31T16:00:00+01:00');
    const auckland = schoolCalendar({ timezone: 'Pacific/Auckland' });
    expect(() => checkVisitsKeepTheirPlace(auckland, [], [newYearsEve])).toThrow(
      expect.objectContaining({ code: 'school.timezone-moves-visit' }),
    );
  });

  it('refuses a zone that moves the visit out of its adoption’s life', () => {
    // The adoption's first day is Tuesday 1 September; a visit on its first afternoon lies on
    // 31 August in Honolulu (−10:00), still a weekday in the same term.
    const first = visit('2026-09-01T09:00:00+02:00', '2026-09-01T12:00:00+02:00', {
      adoptionStartsOn: '2026-09-01',
    });
    const honolulu = schoolCalendar({ timezone: 'Pacific/Honolulu' });
    expect(() => checkVisitsKeepTheirPlace(honolulu, [], [first])).toThrow(
      expect.objectContaining({
        code: 'school.timezone-moves-visit',
        message: expect.stringContaining("inside the adoption's life"),
      }),
    );
  });

  it('checks every visit, not only the first', () => {
    const fine = visit('2026-09-09T09:00:00+02:00', '2026-09-09T12:00:00+02:00');
    expect(
      codeOf(() =>
        checkVisitsKeepTheirPlace(COPENHAGEN, [AUTUMN_HOLIDAY], [fine, AUTUMN_HOLIDAY_VISIT]),
      ),
    ).toBe('school.closed-date-has-visit');
  });
});
