import { DateTime } from 'luxon';
import { addDays } from './local-date';
import { CalendarInputError } from './problems';
import {
  shiftOccurrences,
  ShiftOccurrence,
  shiftOn,
  validateWeeklySchedule,
  WeeklySchedule,
} from './recurrence';

const copenhagen = 'Europe/Copenhagen';
const newYork = 'America/New_York';

// The boys' club meets on Wednesdays from 16:00 to 18:00.
const wednesdayClub: WeeklySchedule = {
  weekdays: [3],
  startTime: '16:00',
  endTime: '18:00',
  startsOn: '2026-08-01',
};

function utc(shifts: ShiftOccurrence[]) {
  return shifts.map((shift) => [shift.date, shift.start.toISOString(), shift.end.toISOString()]);
}

function wallClock(shifts: ShiftOccurrence[], zone: string) {
  return shifts.map((shift) => {
    const start = DateTime.fromJSDate(shift.start, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
    return `${start}–${DateTime.fromJSDate(shift.end, { zone }).toFormat('HH:mm')}`;
  });
}

describe('shiftOccurrences', () => {
  describe('daylight-saving changes', () => {
    it('keeps 16:00 across the autumn change: 14:00Z on 21 October, 15:00Z on 28 October', () => {
      const shifts = shiftOccurrences(wednesdayClub, copenhagen, [], '2026-10-14', '2026-11-04');
      expect(utc(shifts)).toEqual([
        ['2026-10-14', '2026-10-14T14:00:00.000Z', '2026-10-14T16:00:00.000Z'],
        ['2026-10-21', '2026-10-21T14:00:00.000Z', '2026-10-21T16:00:00.000Z'],
        ['2026-10-28', '2026-10-28T15:00:00.000Z', '2026-10-28T17:00:00.000Z'],
        ['2026-11-04', '2026-11-04T15:00:00.000Z', '2026-11-04T17:00:00.000Z'],
      ]);
    });

    it('keeps 16:00 across the spring change: 15:00Z on 24 March, 14:00Z on 31 March', () => {
      const shifts = shiftOccurrences(wednesdayClub, copenhagen, [], '2027-03-17', '2027-04-07');
      expect(utc(shifts)).toEqual([
        ['2027-03-17', '2027-03-17T15:00:00.000Z', '2027-03-17T17:00:00.000Z'],
        ['2027-03-24', '2027-03-24T15:00:00.000Z', '2027-03-24T17:00:00.000Z'],
        ['2027-03-31', '2027-03-31T14:00:00.000Z', '2027-03-31T16:00:00.000Z'],
        ['2027-04-07', '2027-04-07T14:00:00.000Z', '2027-04-07T16:00:00.000Z'],
      ]);
    });

    it('shows the same wall-clock time every week, summer or winter', () => {
      const shifts = shiftOccurrences(wednesdayClub, copenhagen, [], '2026-10-01', '2027-04-30');
      expect(new Set(wallClock(shifts, copenhagen).map((text) => text.slice(-11)))).toEqual(
        new Set(['16:00–18:00']),
      );
    });

    it('moves a Sunday 02:30 start in the spring-forward gap to 03:30 summer time', () => {
      const night = { ...wednesdayClub, weekdays: [7], startTime: '02:30', endTime: '04:00' };
      const shifts = shiftOccurrences(night, copenhagen, [], '2027-03-21', '2027-04-04');
      expect(utc(shifts)).toEqual([
        ['2027-03-21', '2027-03-21T01:30:00.000Z', '2027-03-21T03:00:00.000Z'],
        // 02:30 does not exist that night: read in winter time it is 01:30Z, 03:30 summer time.
        // The end, 04:00, exists, so the shift lasts 30 minutes instead of 90.
        ['2027-03-28', '2027-03-28T01:30:00.000Z', '2027-03-28T02:00:00.000Z'],
        ['2027-04-04', '2027-04-04T00:30:00.000Z', '2027-04-04T02:00:00.000Z'],
      ]);
      expect(wallClock(shifts, copenhagen)[1]).toBe('Sun 2027-03-28 03:30–04:00');
    });

    it('keeps the planned length when the gap pushes the start past the end', () => {
      const night = { ...wednesdayClub, weekdays: [7], startTime: '02:30', endTime: '03:15' };
      const [shift] = shiftOccurrences(night, copenhagen, [], '2027-03-28', '2027-03-28');
      expect(utc([shift])).toEqual([
        ['2027-03-28', '2027-03-28T01:30:00.000Z', '2027-03-28T02:15:00.000Z'],
      ]);
      expect(wallClock([shift], copenhagen)).toEqual(['Sun 2027-03-28 03:30–04:15']);
    });

    it('starts a Sunday 02:30 shift at the first 02:30 of the fall-back night', () => {
      const night = { ...wednesdayClub, weekdays: [7], startTime: '02:30', endTime: '04:00' };
      const [shift] = shiftOccurrences(night, copenhagen, [], '2026-10-25', '2026-10-25');
      // 02:30 summer time is 00:30Z; 04:00 winter time is 03:00Z: 2.5 hours of real time.
      expect(utc([shift])).toEqual([
        ['2026-10-25', '2026-10-25T00:30:00.000Z', '2026-10-25T03:00:00.000Z'],
      ]);
    });

    it('follows New York, which changes a week later in autumn, two weeks sooner in spring', () => {
      const autumn = shiftOccurrences(wednesdayClub, newYork, [], '2026-10-21', '2026-11-04');
      expect(autumn.map((shift) => shift.start.toISOString())).toEqual([
        '2026-10-21T20:00:00.000Z',
        // Copenhagen has already gone back on 25 October; New York waits until 1 November.
        '2026-10-28T20:00:00.000Z',
        '2026-11-04T21:00:00.000Z',
      ]);
      const spring = shiftOccurrences(wednesdayClub, newYork, [], '2027-03-10', '2027-03-31');
      expect(spring.map((shift) => shift.start.toISOString())).toEqual([
        '2027-03-10T21:00:00.000Z',
        // New York springs forward on 14 March, Copenhagen only on 28 March.
        '2027-03-17T20:00:00.000Z',
        '2027-03-24T20:00:00.000Z',
        '2027-03-31T20:00:00.000Z',
      ]);
      expect(new Set(wallClock(spring, newYork).map((text) => text.slice(-11)))).toEqual(
        new Set(['16:00–18:00']),
      );
    });

    it('reckons weekdays in the programme’s zone, far from UTC', () => {
      const auckland = shiftOccurrences(
        { ...wednesdayClub, startTime: '08:00', endTime: '10:00' },
        'Pacific/Auckland',
        [],
        '2026-10-21',
        '2026-10-21',
      );
      // 08:00 on Wednesday in Auckland (UTC+13) is still Tuesday in UTC.
      expect(utc(auckland)).toEqual([
        ['2026-10-21', '2026-10-20T19:00:00.000Z', '2026-10-20T21:00:00.000Z'],
      ]);
    });
  });

  describe('closed dates', () => {
    it('leaves out every shift of a closed week', () => {
      const twiceWeekly = { ...wednesdayClub, weekdays: [1, 3] };
      const autumnHoliday = { from: '2026-10-12', to: '2026-10-18', label: 'Efterårsferie' };
      const shifts = shiftOccurrences(
        twiceWeekly,
        copenhagen,
        [autumnHoliday],
        '2026-10-05',
        '2026-10-21',
      );
      expect(shifts.map((shift) => shift.date)).toEqual([
        '2026-10-05',
        '2026-10-07',
        '2026-10-19',
        '2026-10-21',
      ]);
    });

    it('leaves out a single closed day, both ends of the period included', () => {
      const shifts = shiftOccurrences(
        wednesdayClub,
        copenhagen,
        [{ from: '2026-10-21', to: '2026-10-21' }],
        '2026-10-14',
        '2026-10-28',
      );
      expect(shifts.map((shift) => shift.date)).toEqual(['2026-10-14', '2026-10-28']);
    });
  });

  describe('the programme’s life', () => {
    it('starts on the programme’s first day, not before', () => {
      const schedule = { ...wednesdayClub, startsOn: '2026-10-20' };
      const shifts = shiftOccurrences(schedule, copenhagen, [], '2026-10-01', '2026-10-28');
      expect(shifts.map((shift) => shift.date)).toEqual(['2026-10-21', '2026-10-28']);
    });

    it('stops after a programme’s last day, which is included', () => {
      const schedule = { ...wednesdayClub, endsOn: '2026-11-04' };
      const shifts = shiftOccurrences(schedule, copenhagen, [], '2026-10-21', '2026-12-31');
      expect(shifts.map((shift) => shift.date)).toEqual(['2026-10-21', '2026-10-28', '2026-11-04']);
    });

    it('has no shift once the programme has ended', () => {
      const schedule = { ...wednesdayClub, endsOn: '2026-11-03' };
      expect(shiftOccurrences(schedule, copenhagen, [], '2026-11-04', '2026-12-31')).toEqual([]);
    });

    it('runs a one-day programme once', () => {
      const schedule = { ...wednesdayClub, startsOn: '2026-10-21', endsOn: '2026-10-21' };
      const shifts = shiftOccurrences(schedule, copenhagen, [], '2026-10-01', '2026-10-31');
      expect(shifts.map((shift) => shift.date)).toEqual(['2026-10-21']);
    });

    it('runs on without a last day, or with a null one', () => {
      const schedule = { ...wednesdayClub, endsOn: null };
      expect(shiftOccurrences(schedule, copenhagen, [], '2030-01-01', '2030-01-31')).toHaveLength(
        5,
      );
    });
  });

  describe('the asked range', () => {
    it('includes both the first and the last asked day', () => {
      const shifts = shiftOccurrences(wednesdayClub, copenhagen, [], '2026-10-21', '2026-10-28');
      expect(shifts.map((shift) => shift.date)).toEqual(['2026-10-21', '2026-10-28']);
    });

    it('is empty for a backwards range', () => {
      expect(shiftOccurrences(wednesdayClub, copenhagen, [], '2026-10-28', '2026-10-21')).toEqual(
        [],
      );
    });

    it('gives twelve Wednesday shifts over a twelve-week horizon', () => {
      const from = '2026-10-19';
      const shifts = shiftOccurrences(wednesdayClub, copenhagen, [], from, addDays(from, 83));
      expect(shifts).toHaveLength(12);
    });
  });

  it('keeps the shifts both sides of a schedule change mid-way at their own local times', () => {
    // The club moves from Wednesday 16:00 to Thursday 15:30 from 1 November, across the
    // October change: the shifts before are the old schedule's, those after the new one's.
    const before = { ...wednesdayClub, endsOn: '2026-10-31' };
    const after: WeeklySchedule = {
      weekdays: [4],
      startTime: '15:30',
      endTime: '17:30',
      startsOn: '2026-11-01',
    };
    const shifts = [
      ...shiftOccurrences(before, copenhagen, [], '2026-10-15', '2026-11-15'),
      ...shiftOccurrences(after, copenhagen, [], '2026-10-15', '2026-11-15'),
    ];
    expect(wallClock(shifts, copenhagen)).toEqual([
      'Wed 2026-10-21 16:00–18:00',
      'Wed 2026-10-28 16:00–18:00',
      'Thu 2026-11-05 15:30–17:30',
      'Thu 2026-11-12 15:30–17:30',
    ]);
    expect(utc(shifts).map(([, start]) => start)).toEqual([
      '2026-10-21T14:00:00.000Z',
      '2026-10-28T15:00:00.000Z',
      '2026-11-05T14:30:00.000Z',
      '2026-11-12T14:30:00.000Z',
    ]);
  });

  it('orders the shifts of several weekdays by date, however the weekdays are listed', () => {
    const schedule = { ...wednesdayClub, weekdays: [5, 1, 3] };
    const shifts = shiftOccurrences(schedule, copenhagen, [], '2026-10-21', '2026-10-30');
    expect(wallClock(shifts, copenhagen)).toEqual([
      'Wed 2026-10-21 16:00–18:00',
      'Fri 2026-10-23 16:00–18:00',
      'Mon 2026-10-26 16:00–18:00',
      'Wed 2026-10-28 16:00–18:00',
      'Fri 2026-10-30 16:00–18:00',
    ]);
    expect(shifts.map((shift) => shift.start.toISOString().slice(11, 16))).toEqual([
      '14:00',
      '14:00',
      '15:00',
      '15:00',
      '15:00',
    ]);
  });

  it('refuses an invalid schedule, naming its problems', () => {
    const schedule = { ...wednesdayClub, weekdays: [8] };
    expect(() => shiftOccurrences(schedule, copenhagen, [], '2026-10-01', '2026-10-31')).toThrow(
      CalendarInputError,
    );
    let fields: string[] = [];
    try {
      shiftOccurrences(schedule, 'Mars/Olympus', [], '2026-10-01', '2026-10-31');
    } catch (error) {
      fields = (error as CalendarInputError).problems.map((problem) => problem.field);
    }
    expect(fields).toEqual(['timezone', 'schedule.weekdays']);
  });

  it('refuses malformed closed dates and asked dates', () => {
    const malformed = [{ from: '2026-10-21', to: '21-10-2026' }];
    expect(() =>
      shiftOccurrences(wednesdayClub, copenhagen, malformed, '2026-10-01', '2026-10-31'),
    ).toThrow(CalendarInputError);
    expect(() => shiftOccurrences(wednesdayClub, copenhagen, [], '2026-10-01', 'soon')).toThrow(
      CalendarInputError,
    );
  });
});

describe('shiftOn', () => {
  it('gives the shift of one date at its local times', () => {
    expect(utc([shiftOn('2026-10-28', wednesdayClub, copenhagen)])).toEqual([
      ['2026-10-28', '2026-10-28T15:00:00.000Z', '2026-10-28T17:00:00.000Z'],
    ]);
  });
});

describe('validateWeeklySchedule', () => {
  const codes = (schedule: WeeklySchedule, timezone = copenhagen) =>
    validateWeeklySchedule(schedule, timezone).map((problem) => [problem.field, problem.code]);

  it('accepts a well-formed schedule', () => {
    expect(codes(wednesdayClub)).toEqual([]);
    expect(
      codes({ ...wednesdayClub, weekdays: [1, 2, 3, 4, 5, 6, 7], endsOn: '2026-08-01' }),
    ).toEqual([]);
  });

  it('names an unknown zone', () => {
    expect(codes(wednesdayClub, 'Europe/Atlantis')).toEqual([['timezone', 'timezone.unknown']]);
  });

  it('names a schedule without weekdays', () => {
    expect(codes({ ...wednesdayClub, weekdays: [] })).toEqual([
      ['schedule.weekdays', 'schedule.weekdays-empty'],
    ]);
  });

  it('names weekdays outside 1 to 7, or not whole', () => {
    expect(codes({ ...wednesdayClub, weekdays: [0, 3, 8, 2.5] })).toEqual([
      ['schedule.weekdays', 'schedule.weekday-range'],
      ['schedule.weekdays', 'schedule.weekday-range'],
      ['schedule.weekdays', 'schedule.weekday-range'],
    ]);
  });

  it('names a weekday listed twice', () => {
    expect(codes({ ...wednesdayClub, weekdays: [3, 5, 3] })).toEqual([
      ['schedule.weekdays', 'schedule.weekday-duplicate'],
    ]);
  });

  it('names times that are not HH:mm', () => {
    expect(codes({ ...wednesdayClub, startTime: '4pm', endTime: '24:00' })).toEqual([
      ['schedule.startTime', 'schedule.time-format'],
      ['schedule.endTime', 'schedule.time-format'],
    ]);
  });

  it('names an end time that does not come after the start time', () => {
    expect(codes({ ...wednesdayClub, endTime: '16:00' })).toEqual([
      ['schedule.endTime', 'schedule.end-not-after-start'],
    ]);
    // A shift does not run past midnight.
    expect(codes({ ...wednesdayClub, startTime: '22:00', endTime: '01:00' })).toEqual([
      ['schedule.endTime', 'schedule.end-not-after-start'],
    ]);
  });

  it('names malformed dates and a last day before the first', () => {
    expect(codes({ ...wednesdayClub, startsOn: '2026-02-30', endsOn: 'never' })).toEqual([
      ['schedule.startsOn', 'schedule.date-format'],
      ['schedule.endsOn', 'schedule.date-format'],
    ]);
    expect(codes({ ...wednesdayClub, endsOn: '2026-07-31' })).toEqual([
      ['schedule.endsOn', 'schedule.ends-before-starts'],
    ]);
  });
});
