import { DateTime } from 'luxon';
import { CalendarInputError } from './problems';
import {
  DEFAULT_SCHOOL_CALENDAR,
  isSchoolYearName,
  isTermName,
  parseSchoolYear,
  parseTermName,
  schoolCalendar,
  schoolYearName,
  schoolYearOf,
  schoolYearSpan,
  termByName,
  termOf,
  termsBetween,
  termsOfSchoolYear,
  validateSchoolCalendar,
} from './school-year';

const copenhagen = schoolCalendar();

describe('school calendar defaults', () => {
  it('is a Danish school year from 1 August to 30 June in Copenhagen', () => {
    expect(copenhagen).toEqual({
      timezone: 'Europe/Copenhagen',
      schoolYearStart: '08-01',
      lastSchoolDay: '06-30',
    });
    expect(DEFAULT_SCHOOL_CALENDAR).toEqual(copenhagen);
  });

  it('fills in only what is not given', () => {
    expect(schoolCalendar({ schoolYearStart: '08-12' })).toEqual({
      timezone: 'Europe/Copenhagen',
      schoolYearStart: '08-12',
      lastSchoolDay: '06-30',
    });
  });
});

describe('validateSchoolCalendar', () => {
  it('accepts the defaults', () => {
    expect(validateSchoolCalendar(copenhagen)).toEqual([]);
  });

  it('names an unknown zone, a malformed month-day and 29 February', () => {
    const problems = validateSchoolCalendar({
      timezone: 'Europe/Atlantis',
      schoolYearStart: '8-1',
      lastSchoolDay: '02-29',
    });
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['timezone', 'school.timezone'],
      ['schoolYearStart', 'school.month-day'],
      ['lastSchoolDay', 'school.month-day'],
    ]);
  });

  it('refuses a last school day that does not come before the school-year start', () => {
    const problems = validateSchoolCalendar(
      schoolCalendar({ schoolYearStart: '06-30', lastSchoolDay: '06-30' }),
    );
    expect(problems.map((problem) => problem.code)).toEqual(['school.last-day-not-before-start']);
  });

  it('makes the other functions throw on an invalid calendar', () => {
    expect(() => schoolYearOf('2026-09-01', { ...copenhagen, timezone: 'Mars/Olympus' })).toThrow(
      CalendarInputError,
    );
  });
});

describe('school year names', () => {
  it('names a school year by its two calendar years', () => {
    expect(schoolYearName(2026)).toBe('2026/27');
    expect(schoolYearName(1999)).toBe('1999/00');
    expect(schoolYearName(2009)).toBe('2009/10');
  });

  it('parses a name back to the year it starts in', () => {
    expect(parseSchoolYear('2026/27')).toBe(2026);
    expect(parseSchoolYear('1999/00')).toBe(1999);
  });

  it('refuses names of a year it cannot reckon with, as schoolYearName does', () => {
    for (const name of ['0000/01', '0999/00', '9999/00']) {
      expect(isSchoolYearName(name)).toBe(false);
      expect(() => parseSchoolYear(name)).toThrow(CalendarInputError);
    }
    expect(isSchoolYearName('1000/01')).toBe(true);
    expect(isSchoolYearName('9998/99')).toBe(true);
  });

  it('refuses names whose years do not follow on, or that are malformed', () => {
    for (const name of ['2026/28', '2026-27', '2026/2027', '26/27', '', '2026/27-autumn']) {
      expect(isSchoolYearName(name)).toBe(false);
      expect(() => parseSchoolYear(name)).toThrow(CalendarInputError);
    }
  });

  it('refuses a start year that is not a whole four-digit year', () => {
    expect(() => schoolYearName(2026.5)).toThrow(CalendarInputError);
    expect(() => schoolYearName(999)).toThrow(CalendarInputError);
    expect(() => schoolYearName(9999)).toThrow(CalendarInputError);
  });

  it('tells term names apart from other strings', () => {
    expect(isTermName('2026/27-autumn')).toBe(true);
    expect(isTermName('2026/27-spring')).toBe(true);
    expect(isTermName('2026/27-summer')).toBe(false);
    expect(isTermName('2026/28-autumn')).toBe(false);
    expect(parseTermName('2026/27-spring')).toEqual({ schoolYear: '2026/27', kind: 'spring' });
    expect(() => parseTermName('2026/27')).toThrow(CalendarInputError);
  });
});

describe('schoolYearOf', () => {
  it('puts the school-year start day in the year that starts on it', () => {
    expect(schoolYearOf('2026-08-01', copenhagen)).toBe('2026/27');
    expect(schoolYearOf('2026-07-31', copenhagen)).toBe('2026/27');
  });

  it('puts the last school day in the year that ends on it', () => {
    expect(schoolYearOf('2027-06-30', copenhagen)).toBe('2026/27');
    expect(schoolYearOf('2027-01-01', copenhagen)).toBe('2026/27');
  });

  it('puts a summer-holiday day in the school year about to start', () => {
    expect(schoolYearOf('2027-07-01', copenhagen)).toBe('2027/28');
    expect(schoolYearOf('2027-07-15', copenhagen)).toBe('2027/28');
  });

  it('reads an instant on the school’s wall clock', () => {
    // 22:30Z on 30 June is 00:30 on 1 July in Copenhagen: the summer holiday has begun.
    expect(schoolYearOf(new Date('2027-06-30T22:30:00Z'), copenhagen)).toBe('2027/28');
    expect(schoolYearOf(new Date('2027-06-30T21:30:00Z'), copenhagen)).toBe('2026/27');
    expect(schoolYearOf(DateTime.fromISO('2027-06-30T23:30:00', { zone: 'utc' }), copenhagen)).toBe(
      '2027/28',
    );
  });

  it('follows a custom last school day', () => {
    const school = schoolCalendar({ schoolYearStart: '08-12', lastSchoolDay: '06-20' });
    expect(schoolYearOf('2027-06-20', school)).toBe('2026/27');
    expect(schoolYearOf('2027-06-21', school)).toBe('2027/28');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => schoolYearOf('2026-02-30', copenhagen)).toThrow(CalendarInputError);
    expect(() => schoolYearOf('1/8/2026', copenhagen)).toThrow(CalendarInputError);
    expect(() => schoolYearOf(new Date('nonsense'), copenhagen)).toThrow(CalendarInputError);
  });
});

describe('schoolYearSpan', () => {
  it('runs from the school-year start to the last school day, local midnight to midnight', () => {
    const span = schoolYearSpan('2026/27', copenhagen);
    expect(span).toMatchObject({
      name: '2026/27',
      startYear: 2026,
      startsOn: '2026-08-01',
      endsOn: '2027-06-30',
    });
    // Summer time in Copenhagen at both ends: UTC+2.
    expect(span.startsAt.toISOString()).toBe('2026-07-31T22:00:00.000Z');
    expect(span.endsAt.toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });
});

describe('termsOfSchoolYear', () => {
  it('splits a school year into autumn to 31 December and spring from 1 January', () => {
    const [autumn, spring] = termsOfSchoolYear('2026/27', copenhagen);
    expect(autumn).toMatchObject({
      name: '2026/27-autumn',
      kind: 'autumn',
      schoolYear: '2026/27',
      startsOn: '2026-08-01',
      endsOn: '2026-12-31',
    });
    expect(spring).toMatchObject({
      name: '2026/27-spring',
      kind: 'spring',
      schoolYear: '2026/27',
      startsOn: '2027-01-01',
      endsOn: '2027-06-30',
    });
  });

  it('bounds each term by local midnights, in summer or winter time as the day has it', () => {
    const [autumn, spring] = termsOfSchoolYear('2026/27', copenhagen);
    expect(autumn.startsAt.toISOString()).toBe('2026-07-31T22:00:00.000Z');
    // Midnight after 31 December is 23:00Z (winter time, UTC+1): autumn ends as spring starts.
    expect(autumn.endsAt.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(spring.startsAt.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(spring.endsAt.toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });

  it('follows a custom school-year start and last school day', () => {
    const school = schoolCalendar({ schoolYearStart: '08-12', lastSchoolDay: '06-20' });
    const [autumn, spring] = termsOfSchoolYear('2026/27', school);
    expect([autumn.startsOn, autumn.endsOn]).toEqual(['2026-08-12', '2026-12-31']);
    expect([spring.startsOn, spring.endsOn]).toEqual(['2027-01-01', '2027-06-20']);
  });

  it('bounds terms by midnight in the school’s own zone', () => {
    const school = schoolCalendar({ timezone: 'America/New_York' });
    const [autumn] = termsOfSchoolYear('2026/27', school);
    expect(autumn.startsAt.toISOString()).toBe('2026-08-01T04:00:00.000Z');
    expect(autumn.endsAt.toISOString()).toBe('2027-01-01T05:00:00.000Z');
  });
});

describe('termOf', () => {
  it('puts the school-year start day in the autumn term', () => {
    expect(termOf('2026-08-01', copenhagen)?.name).toBe('2026/27-autumn');
  });

  it('puts 31 December in the autumn term and 1 January in the spring term', () => {
    expect(termOf('2026-12-31', copenhagen)?.name).toBe('2026/27-autumn');
    expect(termOf('2027-01-01', copenhagen)?.name).toBe('2026/27-spring');
  });

  it('reckons the turn of the year at local midnight, not at UTC midnight', () => {
    expect(termOf(new Date('2026-12-31T23:30:00+01:00'), copenhagen)?.name).toBe('2026/27-autumn');
    // 23:30Z on 31 December is already 00:30 on 1 January in Copenhagen.
    expect(termOf(new Date('2026-12-31T23:30:00Z'), copenhagen)?.name).toBe('2026/27-spring');
    expect(termOf(new Date('2026-12-31T22:59:59.999Z'), copenhagen)?.name).toBe('2026/27-autumn');
    expect(termOf(new Date('2026-12-31T23:00:00Z'), copenhagen)?.name).toBe('2026/27-spring');
  });

  it('puts an instant exactly at a term’s startsAt in it and at its endsAt out of it', () => {
    const [autumn, spring] = termsOfSchoolYear('2026/27', copenhagen);
    expect(termOf(autumn.startsAt, copenhagen)?.name).toBe('2026/27-autumn');
    expect(termOf(spring.endsAt, copenhagen)).toBeNull();
    expect(termOf(new Date(spring.endsAt.getTime() - 1), copenhagen)?.name).toBe('2026/27-spring');
  });

  it('puts the last school day in the spring term', () => {
    expect(termOf('2027-06-30', copenhagen)?.name).toBe('2026/27-spring');
  });

  it('puts July in no term', () => {
    expect(termOf('2027-07-01', copenhagen)).toBeNull();
    expect(termOf('2027-07-15', copenhagen)).toBeNull();
    expect(termOf('2027-07-31', copenhagen)).toBeNull();
    expect(termOf('2027-08-01', copenhagen)?.name).toBe('2027/28-autumn');
  });

  it('leaves the days before a custom school-year start and after a custom last day out', () => {
    const school = schoolCalendar({ schoolYearStart: '08-12', lastSchoolDay: '06-20' });
    expect(termOf('2026-08-11', school)).toBeNull();
    expect(termOf('2026-08-12', school)?.name).toBe('2026/27-autumn');
    expect(termOf('2027-06-20', school)?.name).toBe('2026/27-spring');
    expect(termOf('2027-06-21', school)).toBeNull();
  });

  it('returns the full term with its dates and instants', () => {
    expect(termOf('2026-10-25', copenhagen)).toEqual(termByName('2026/27-autumn', copenhagen));
  });
});

describe('termByName', () => {
  it('finds the autumn and the spring term of a school year', () => {
    expect(termByName('2026/27-autumn', copenhagen).startsOn).toBe('2026-08-01');
    expect(termByName('2026/27-spring', copenhagen).endsOn).toBe('2027-06-30');
  });

  it('refuses a malformed name', () => {
    expect(() => termByName('2026/27-summer', copenhagen)).toThrow(CalendarInputError);
  });
});

describe('termsBetween', () => {
  const names = (from: string | Date, to: string | Date) =>
    termsBetween(from, to, copenhagen).map((term) => term.name);

  it('lists every term that shares a day with the range, in order', () => {
    expect(names('2026-09-01', '2028-02-01')).toEqual([
      '2026/27-autumn',
      '2026/27-spring',
      '2027/28-autumn',
      '2027/28-spring',
    ]);
  });

  it('counts a term that shares only its first or last day', () => {
    expect(names('2026-12-31', '2027-01-01')).toEqual(['2026/27-autumn', '2026/27-spring']);
    expect(names('2027-06-30', '2027-08-01')).toEqual(['2026/27-spring', '2027/28-autumn']);
  });

  it('finds no term in the summer holiday or in a backwards range', () => {
    expect(names('2027-07-01', '2027-07-31')).toEqual([]);
    expect(names('2027-01-10', '2026-09-01')).toEqual([]);
  });

  it('finds the one term of a single day', () => {
    expect(names('2026-08-01', '2026-08-01')).toEqual(['2026/27-autumn']);
  });

  it('reads instants on the school’s wall clock', () => {
    expect(names(new Date('2026-12-31T23:30:00Z'), new Date('2027-01-05T12:00:00Z'))).toEqual([
      '2026/27-spring',
    ]);
  });
});
