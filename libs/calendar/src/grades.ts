import { DateInput } from './local-date';
import { invalidInput } from './problems';
import {
  parseSchoolYear,
  SchoolCalendar,
  schoolYearName,
  schoolYearOf,
  schoolYearSpan,
} from './school-year';

/** Grade 0 is børnehaveklasse; a class graduates at the end of the year it is in this grade. */
export const KINDERGARTEN_GRADE = 0;
export const FINAL_GRADE = 9;

function assertGrade(grade: number): void {
  if (!Number.isInteger(grade)) invalidInput('grade', 'grade.integer', `must be whole: ${grade}`);
}

/**
 * A class's grade in a school year, from the grade it was registered with in another: it goes
 * up one grade a year. Grade 0 is børnehaveklasse; a negative grade means the class has not
 * started school yet, and above 9 means it has graduated.
 */
export function gradeIn(
  registeredGrade: number,
  registeredSchoolYear: string,
  schoolYear: string,
): number {
  assertGrade(registeredGrade);
  return registeredGrade + parseSchoolYear(schoolYear) - parseSchoolYear(registeredSchoolYear);
}

/**
 * A class's grade on a day. Over the summer holiday that is the grade of the year about to
 * start, so a class that finished 9th grade on its last school day is in grade 10 in July.
 */
export function gradeOn(
  date: DateInput,
  registeredGrade: number,
  registeredSchoolYear: string,
  school: SchoolCalendar,
): number {
  return gradeIn(registeredGrade, registeredSchoolYear, schoolYearOf(date, school));
}

/** The school year in which a class is in 9th grade (in the past for a class beyond it). */
export function graduationSchoolYear(
  registeredGrade: number,
  registeredSchoolYear: string,
): string {
  assertGrade(registeredGrade);
  return schoolYearName(parseSchoolYear(registeredSchoolYear) + FINAL_GRADE - registeredGrade);
}

/** A class graduates on the last school day of the year in which it is in 9th grade. */
export function graduationDay(
  registeredGrade: number,
  registeredSchoolYear: string,
  school: SchoolCalendar,
): string {
  return schoolYearSpan(graduationSchoolYear(registeredGrade, registeredSchoolYear), school).endsOn;
}
