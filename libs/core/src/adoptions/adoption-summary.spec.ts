import { AdoptionContext } from './adoption-context';
import { summariseAdoption } from './adoption-summary';

/** 7.A, registered in 7th grade in 2026/27, adopted from 1 September 2026 to its graduation. */
function context(timezone = 'Europe/Copenhagen'): AdoptionContext {
  return {
    adoption: { startsOn: '2026-09-01', endsOn: '2029-06-30' },
    schoolClass: { grade: 7, schoolYear: '2026/27' },
    school: { timezone, schoolYearStart: '08-01', lastSchoolDay: '06-30', closedDates: [] },
  } as unknown as AdoptionContext;
}

describe('summariseAdoption', () => {
  it('gives the grade of today in the school’s zone, up a grade once its school year is over', () => {
    // 23:30 on the last school day in Copenhagen, then 00:30 on 1 July, in the summer holiday.
    expect(summariseAdoption(context(), new Date('2027-06-30T21:30:00Z')).currentGrade).toBe(7);
    expect(summariseAdoption(context(), new Date('2027-06-30T22:30:00Z')).currentGrade).toBe(8);
    // Still the last school day at the same instant in New York.
    const newYork = context('America/New_York');
    expect(summariseAdoption(newYork, new Date('2027-06-30T22:30:00Z')).currentGrade).toBe(7);
  });

  it('gives the graduation day by the school’s calendar', () => {
    expect(summariseAdoption(context(), new Date('2026-09-01T08:00:00Z')).graduatesOn).toBe(
      '2029-06-30',
    );
  });

  it('gives every term from the adoption’s start to its end', () => {
    const { schoolTerms } = summariseAdoption(context(), new Date('2026-09-01T08:00:00Z'));
    expect(schoolTerms.map(({ name, startsOn, endsOn }) => [name, startsOn, endsOn])).toEqual([
      ['2026/27-autumn', '2026-08-01', '2026-12-31'],
      ['2026/27-spring', '2027-01-01', '2027-06-30'],
      ['2027/28-autumn', '2027-08-01', '2027-12-31'],
      ['2027/28-spring', '2028-01-01', '2028-06-30'],
      ['2028/29-autumn', '2028-08-01', '2028-12-31'],
      ['2028/29-spring', '2029-01-01', '2029-06-30'],
    ]);
  });
});
