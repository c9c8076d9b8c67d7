import { DateTime } from 'luxon';
import {
  SchoolCalendar,
  schoolYearOf,
  schoolYearSpan,
  termOf,
  termsOfSchoolYear,
} from '@app/calendar';

/** What an agreement can be about. */
export type SubjectKind = 'adoption' | 'programme' | 'donation-programme';

/**
 * The two sides of each kind of partnership, first and second: who writes and accepts its
 * agreement. A donation programme's other side is the municipality's secretariat (the admins).
 */
export const SIDES: Record<SubjectKind, readonly [string, string]> = {
  adoption: ['school', 'company'],
  programme: ['partner', 'company'],
  'donation-programme': ['company', 'secretariat'],
};

/**
 * What a success criterion can measure: figures the product already counts, each for the kinds
 * of partnership that have them.
 */
export const METRICS = {
  'class-visits': ['adoption'],
  'preparation-meetings': ['adoption'],
  'pupils-reached': ['adoption'],
  'contact-hours': ['adoption'],
  'volunteer-hours': ['programme'],
  'shifts-covered': ['programme'],
  'share-of-shifts-not-short': ['programme'],
  'units-donated': ['donation-programme'],
  'projects-reached': ['donation-programme'],
} as const satisfies Record<string, readonly SubjectKind[]>;

export type Metric = keyof typeof METRICS;

export const PERIODS = ['term', 'school-year', 'calendar-year', 'agreement'] as const;
export type CriterionPeriod = (typeof PERIODS)[number];

export interface Criterion {
  metric: Metric;
  target: number;
  period: CriterionPeriod;
}

/** A period a criterion is counted over: its name and first and last local days. */
export interface CountedPeriod {
  name: string;
  from: string;
  to: string;
}

/**
 * The period of `kind` that `today` lies in: the term (or the coming one, in the summer
 * holiday), the school year (or the coming one), the calendar year, or the agreement's own.
 */
export function currentPeriod(
  kind: CriterionPeriod,
  today: string,
  calendar: SchoolCalendar,
  agreement: { startsOn: string; endsOn: string },
): CountedPeriod {
  switch (kind) {
    case 'term': {
      const term =
        termOf(today, calendar) ?? termsOfSchoolYear(schoolYearOf(today, calendar), calendar)[0];
      return { name: term.name, from: term.startsOn, to: term.endsOn };
    }
    case 'school-year': {
      const year = schoolYearSpan(schoolYearOf(today, calendar), calendar);
      return { name: year.name, from: year.startsOn, to: year.endsOn };
    }
    case 'calendar-year': {
      const year = today.slice(0, 4);
      return { name: year, from: `${year}-01-01`, to: `${year}-12-31` };
    }
    case 'agreement':
      return {
        name: `${agreement.startsOn}/${agreement.endsOn}`,
        from: agreement.startsOn,
        to: agreement.endsOn,
      };
  }
}

/** The share of a period's days gone by at the end of `today`, 0 to 1. */
export function elapsedShare(period: CountedPeriod, today: string): number {
  const day = (date: string) => DateTime.fromISO(date, { zone: 'UTC' });
  const length = day(period.to).diff(day(period.from), 'days').days + 1;
  const gone = day(today).diff(day(period.from), 'days').days + 1;
  return Math.min(1, Math.max(0, gone / length));
}

export interface CriterionProgress extends Criterion {
  /** The period counted: `2026/27-autumn`, `2026/27`, `2027`, or the agreement's dates. */
  periodName: string;
  from: string;
  to: string;
  actual: number;
  /** actual ÷ target. */
  share: number;
  /** Where the period should stand today: the target pro rata of the days gone by. */
  expectedByNow: number;
  onTrack: boolean;
  met: boolean;
}

export function criterionProgress(
  criterion: Criterion,
  period: CountedPeriod,
  actual: number,
  today: string,
): CriterionProgress {
  const expectedByNow = Math.round(criterion.target * elapsedShare(period, today) * 100) / 100;
  return {
    ...criterion,
    periodName: period.name,
    from: period.from,
    to: period.to,
    actual,
    share: Math.round((actual / criterion.target) * 1000) / 1000,
    expectedByNow,
    onTrack: actual >= expectedByNow,
    met: actual >= criterion.target,
  };
}

/** Acceptances of one version, by side. */
export type Acceptances = Record<string, { by: string | null; at: string }>;

export type AgreementStatus = 'draft' | 'agreed' | 'changed';

/**
 * Agreed when both sides accepted the latest version; changed when an earlier version was agreed
 * and the latest is not yet; a draft until then.
 */
export function agreementStatus(
  kind: SubjectKind,
  versions: { version: number; acceptances: Acceptances }[],
): { status: AgreementStatus; agreedVersion: number | null } {
  const [first, second] = SIDES[kind];
  const agreed = versions
    .filter((version) => version.acceptances[first] && version.acceptances[second])
    .map((version) => version.version);
  const latest = Math.max(...versions.map((version) => version.version));
  const agreedVersion = agreed.length > 0 ? Math.max(...agreed) : null;
  return {
    status: agreedVersion === latest ? 'agreed' : agreedVersion === null ? 'draft' : 'changed',
    agreedVersion,
  };
}
