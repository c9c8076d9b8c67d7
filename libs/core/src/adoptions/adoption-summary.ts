import { gradeOn, graduationDay, localDateOf, Term, termsBetween } from '@app/calendar';
import { AdoptionContext } from './adoption-context';
import { calendarOf } from './classes.service';

/**
 * An adoption with what a screen shows of both sides: the class as it is today, its school's
 * calendar over the adoption's life, the company and the people, without reading either
 * organisation.
 */
export interface AdoptionSummary {
  context: AdoptionContext;
  /** The class's grade today, in the school's zone. */
  currentGrade: number;
  /** The last school day of the class's 9th-grade year, by the school's calendar. */
  graduatesOn: string;
  /** The school's terms from the adoption's start to its end: the bounds its visits keep to. */
  schoolTerms: Term[];
}

export function summariseAdoption(context: AdoptionContext, now: Date): AdoptionSummary {
  const { adoption, schoolClass, school } = context;
  const calendar = calendarOf(school);
  const today = localDateOf(now, school.timezone);
  return {
    context,
    currentGrade: gradeOn(today, schoolClass.grade, schoolClass.schoolYear, calendar),
    graduatesOn: graduationDay(schoolClass.grade, schoolClass.schoolYear, calendar),
    schoolTerms: termsBetween(adoption.startsOn, adoption.endsOn, calendar),
  };
}
