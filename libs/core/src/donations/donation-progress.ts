import { DateTime } from 'luxon';

/** What a year of a donation programme holds, as the database counts it. */
export interface DonationYearFacts {
  year: number;
  target: number | null;
  /** Units and projects recorded for a year before the product (0 when none). */
  recordedUnits: number;
  recordedProjects: number;
  /** Units delivered through the product in the year, and the distinct projects they went to. */
  deliveredUnits: number;
  projectsReached: number;
}

export interface DonationYearProgress {
  year: number;
  target: number | null;
  /** Recorded and delivered units together. */
  delivered: number;
  projectsReached: number;
  /** delivered ÷ target, 0 to 1 and beyond; null without a target. */
  share: number | null;
  /**
   * Where the year should stand today, pro rata: the whole target for a year gone by, none for a
   * year to come, and the elapsed part of the current year's. Null without a target.
   */
  expectedByNow: number | null;
  /** Whether delivered reaches expectedByNow; null without a target. */
  onTrack: boolean | null;
}

/** The share of `year` gone by at the end of `today` (a local date), 0 to 1. */
export function elapsedShareOfYear(year: number, today: string): number {
  const day = DateTime.fromISO(today, { zone: 'UTC' });
  if (day.year < year) return 0;
  if (day.year > year) return 1;
  return day.ordinal / (day.isInLeapYear ? 366 : 365);
}

/** A year's progress against its target, on `today` (a local date). */
export function yearProgress(facts: DonationYearFacts, today: string): DonationYearProgress {
  const delivered = facts.recordedUnits + facts.deliveredUnits;
  const projectsReached = facts.recordedProjects + facts.projectsReached;
  if (facts.target === null) {
    return {
      year: facts.year,
      target: null,
      delivered,
      projectsReached,
      share: null,
      expectedByNow: null,
      onTrack: null,
    };
  }
  const expectedByNow = Math.round(facts.target * elapsedShareOfYear(facts.year, today) * 10) / 10;
  return {
    year: facts.year,
    target: facts.target,
    delivered,
    projectsReached,
    share: Math.round((delivered / facts.target) * 1000) / 1000,
    expectedByNow,
    onTrack: delivered >= expectedByNow,
  };
}
