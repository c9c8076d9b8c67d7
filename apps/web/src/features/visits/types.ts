import type { Schemas } from '../../api/client';

/** Another object named where it is referred to: a person, a company, a school. */
export interface Named {
  id: string;
  name: string;
}

/** What the API tells of an adoption's school: its calendar, which every visit keeps to. */
export interface AdoptionSchool extends Named {
  timezone: string;
  schoolYearStart: string;
  lastSchoolDay: string;
  closedDates: { from: string; to: string; label?: string }[];
  terms?: { name: string; kind: string; startsOn: string; endsOn: string }[];
}

/**
 * An adoption with both sides named. The names are read as optional so a screen still shows
 * the adoption (with a dash for a name) against an API that does not name them.
 */
export type Adoption = Schemas['AdoptionDto'] & {
  class?: { id: string; label: string; currentGrade?: number; pupils?: number };
  school?: AdoptionSchool;
  company?: Named;
  contactPerson?: Named;
  teachers?: Named[];
};

export type VisitEvent = Schemas['VisitEventDto'] & { actor?: Named | null };

export type Visit = Omit<Schemas['VisitDto'], 'history'> & {
  proposer?: Named;
  hosts?: Named[];
  history?: VisitEvent[];
};

export type Term = Omit<Schemas['TermDto'], 'visits'> & { visits: Visit[] };

export type VisitKind = Schemas['VisitDto']['kind'];
export type VisitStatus = Schemas['VisitDto']['status'];
export type Side = 'school' | 'company';
