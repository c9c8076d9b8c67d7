import { elapsedShareOfYear, yearProgress } from './donation-progress';

describe('donation progress', () => {
  const facts = {
    year: 2010,
    target: 200,
    recordedUnits: 0,
    recordedProjects: 0,
    deliveredUnits: 0,
    projectsReached: 0,
  };

  it('counts a year gone by in full, a year to come not at all, and the current one by its days', () => {
    expect(elapsedShareOfYear(2010, '2011-03-01')).toBe(1);
    expect(elapsedShareOfYear(2010, '2009-12-31')).toBe(0);
    // 1 July is day 182 of 365.
    expect(elapsedShareOfYear(2010, '2010-07-01')).toBeCloseTo(182 / 365, 10);
    // A leap year has 366 days: 31 December is the whole year.
    expect(elapsedShareOfYear(2012, '2012-12-31')).toBe(1);
  });

  it('is on track when the units delivered reach the target pro rata', () => {
    // 1 July 2010: 200 × 182/365 = 99.7 expected.
    expect(yearProgress({ ...facts, deliveredUnits: 100 }, '2010-07-01')).toEqual({
      year: 2010,
      target: 200,
      delivered: 100,
      projectsReached: 0,
      share: 0.5,
      expectedByNow: 99.7,
      onTrack: true,
    });
    expect(yearProgress({ ...facts, deliveredUnits: 99 }, '2010-07-01').onTrack).toBe(false);
  });

  it('adds the totals recorded for a year before the product to what was delivered in it', () => {
    const progress = yearProgress(
      {
        ...facts,
        year: 2009,
        target: null,
        recordedUnits: 153,
        recordedProjects: 7,
        deliveredUnits: 2,
        projectsReached: 1,
      },
      '2010-02-01',
    );
    expect(progress).toMatchObject({ delivered: 155, projectsReached: 8, share: null });
    expect(progress.onTrack).toBeNull();
  });

  it('holds a year gone by to its whole target', () => {
    expect(yearProgress({ ...facts, deliveredUnits: 199 }, '2011-01-01')).toMatchObject({
      expectedByNow: 200,
      onTrack: false,
    });
  });
});
