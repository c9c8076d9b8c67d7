import { gradeIn, gradeOn, graduationDay, graduationSchoolYear } from './grades';
import { CalendarInputError } from './problems';
import { schoolCalendar } from './school-year';

const copenhagen = schoolCalendar();

describe('gradeIn', () => {
  it('is the registered grade in the registered school year', () => {
    expect(gradeIn(2, '2026/27', '2026/27')).toBe(2);
  });

  it('goes up one grade a year and down one a year looking back', () => {
    expect(gradeIn(2, '2026/27', '2027/28')).toBe(3);
    expect(gradeIn(2, '2026/27', '2033/34')).toBe(9);
    expect(gradeIn(2, '2026/27', '2025/26')).toBe(1);
  });

  it('reaches grade 0, børnehaveklasse, and below it before the class has started school', () => {
    expect(gradeIn(2, '2026/27', '2024/25')).toBe(0);
    expect(gradeIn(2, '2026/27', '2023/24')).toBe(-1);
  });

  it('goes past 9th grade to 10 once the class has graduated', () => {
    expect(gradeIn(9, '2026/27', '2027/28')).toBe(10);
  });

  it('counts years across a century', () => {
    expect(gradeIn(0, '1999/00', '2000/01')).toBe(1);
  });

  it('refuses a grade that is not whole and a malformed school year', () => {
    expect(() => gradeIn(2.5, '2026/27', '2027/28')).toThrow(CalendarInputError);
    expect(() => gradeIn(2, '2026-27', '2027/28')).toThrow(CalendarInputError);
  });
});

describe('gradeOn', () => {
  it('is the grade of the school year a day falls in', () => {
    expect(gradeOn('2026-08-01', 2, '2026/27', copenhagen)).toBe(2);
    expect(gradeOn('2027-06-30', 2, '2026/27', copenhagen)).toBe(2);
  });

  it('is the coming year’s grade over the summer holiday', () => {
    expect(gradeOn('2027-07-01', 2, '2026/27', copenhagen)).toBe(3);
    expect(gradeOn('2027-07-01', 9, '2026/27', copenhagen)).toBe(10);
  });

  it('reads an instant on the school’s wall clock', () => {
    // 22:30Z on 30 June is already 1 July in Copenhagen.
    expect(gradeOn(new Date('2027-06-30T22:30:00Z'), 9, '2026/27', copenhagen)).toBe(10);
  });
});

describe('graduation', () => {
  it('graduates a 2nd-grade class on the last school day of the year it is in 9th grade', () => {
    expect(graduationSchoolYear(2, '2026/27')).toBe('2033/34');
    expect(graduationDay(2, '2026/27', copenhagen)).toBe('2034-06-30');
  });

  it('graduates a 9th-grade class at the end of the registered year', () => {
    expect(graduationSchoolYear(9, '2026/27')).toBe('2026/27');
    expect(graduationDay(9, '2026/27', copenhagen)).toBe('2027-06-30');
  });

  it('puts the graduation of a class registered in grade 10 in the past', () => {
    expect(graduationSchoolYear(10, '2026/27')).toBe('2025/26');
    expect(graduationDay(10, '2026/27', copenhagen)).toBe('2026-06-30');
  });

  it('graduates a børnehaveklasse ten years on and a class not yet started later still', () => {
    expect(graduationDay(0, '2026/27', copenhagen)).toBe('2036-06-30');
    expect(graduationDay(-1, '2026/27', copenhagen)).toBe('2037-06-30');
  });

  it('uses the school’s own last school day', () => {
    const school = schoolCalendar({ schoolYearStart: '08-12', lastSchoolDay: '06-20' });
    expect(graduationDay(8, '2026/27', school)).toBe('2028-06-20');
  });

  it('gives the same day whichever year the class was registered in', () => {
    expect(graduationDay(5, '2029/30', copenhagen)).toBe(graduationDay(2, '2026/27', copenhagen));
  });
});
