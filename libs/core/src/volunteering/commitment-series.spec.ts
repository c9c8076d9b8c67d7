import { commitmentSeries, SeriesFacts } from './commitment-series';

/** A Wednesday club from 1 October 2026, shifts made through 28 October. */
function facts(overrides: Partial<SeriesFacts> = {}): SeriesFacts {
  return {
    commitmentId: 'c',
    userId: 'u',
    revision: 0,
    changed: new Date('2026-10-01T08:00:00Z'),
    seriesFrom: '2026-10-01',
    ended: false,
    programmeId: 'p',
    programmeTitle: 'Lektiehjælp',
    partnerName: 'Dansk Flygtningehjælp',
    location: 'Klubhuset',
    timezone: 'Europe/Copenhagen',
    weekdays: [3],
    startTime: '16:00',
    endTime: '18:00',
    startsOn: '2026-09-01',
    endsOn: null,
    closed: [],
    lastKnown: '2026-10-28',
    held: ['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28'],
    ...overrides,
  };
}

describe('commitmentSeries', () => {
  it('runs from the commitment’s first day, open-ended, with nothing excluded when every day is held', () => {
    expect(commitmentSeries(facts())).toEqual({
      series: {
        weekdays: [3],
        startTime: '16:00',
        endTime: '18:00',
        from: '2026-10-01',
        until: null,
        excluded: [],
      },
      withdrawn: false,
    });
  });

  it('excludes each made day it does not hold: waiting list, given up, cancelled', () => {
    const { series } = commitmentSeries(facts({ held: ['2026-10-07', '2026-10-28'] }));
    expect(series.excluded).toEqual(['2026-10-14', '2026-10-21']);
  });

  it('excludes closed days beyond the shifts made so far, within the programme’s life', () => {
    const { series } = commitmentSeries(
      facts({
        endsOn: '2026-12-16',
        closed: [
          { from: '2026-10-12', to: '2026-10-16' },
          { from: '2026-11-09', to: '2026-11-13' },
          { from: '2026-12-14', to: '2027-01-03' },
        ],
        held: ['2026-10-07', '2026-10-21', '2026-10-28'],
      }),
    );
    // The autumn break was made as no shift; November's week and December's last day are later.
    expect(series).toMatchObject({
      until: '2026-12-16',
      excluded: ['2026-10-14', '2026-11-11', '2026-12-16'],
    });
  });

  it('starts on the programme’s first day when the commitment is older', () => {
    const { series } = commitmentSeries(
      facts({ startsOn: '2026-10-14', held: ['2026-10-14', '2026-10-21', '2026-10-28'] }),
    );
    expect(series).toMatchObject({ from: '2026-10-14', excluded: [] });
  });

  it('holds every later day but closed ones before any shift is made', () => {
    const { series } = commitmentSeries(
      facts({ lastKnown: null, held: [], closed: [{ from: '2026-10-14', to: '2026-10-14' }] }),
    );
    expect(series.excluded).toEqual(['2026-10-14']);
  });

  it('ends an ended commitment after its last held day, keeping the exceptions before it', () => {
    const { series, withdrawn } = commitmentSeries(
      facts({ ended: true, held: ['2026-10-07', '2026-10-21'] }),
    );
    expect(withdrawn).toBe(false);
    expect(series).toMatchObject({ until: '2026-10-21', excluded: ['2026-10-14'] });
  });

  it('withdraws the series of a commitment that ended holding nothing', () => {
    expect(commitmentSeries(facts({ ended: true, held: [] })).withdrawn).toBe(true);
  });
});
