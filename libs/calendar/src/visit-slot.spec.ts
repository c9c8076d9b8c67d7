import { DateTime } from 'luxon';
import { ClosedDateRange } from './closed-dates';
import { CalendarInputError } from './problems';
import { schoolCalendar } from './school-year';
import {
  checkVisitSlot,
  VisitKind,
  visitRuleMessage,
  visitSlotDays,
  VISIT_SLOT_RULES,
} from './visit-slot';

const copenhagen = schoolCalendar();
const autumnHoliday: ClosedDateRange = { from: '2026-10-12', to: '2026-10-16', label: 'Efterår' };
const closedDates = [autumnHoliday];

function check(kind: VisitKind, start: string, end: string, school = copenhagen) {
  return checkVisitSlot({ kind, start: new Date(start), end: new Date(end) }, school, closedDates);
}

describe('checkVisitSlot', () => {
  it('accepts a class visit on a Wednesday morning in term', () => {
    expect(check('class-visit', '2026-10-21T09:00:00+02:00', '2026-10-21T12:00:00+02:00')).toEqual(
      [],
    );
  });

  it('accepts luxon DateTimes as well as JS Dates', () => {
    const start = DateTime.fromISO('2026-10-21T09:00', { zone: 'Europe/Copenhagen' });
    const slot = { kind: 'class-visit' as const, start, end: start.plus({ hours: 3 }) };
    expect(checkVisitSlot(slot, copenhagen, closedDates)).toEqual([]);
  });

  describe('duration', () => {
    it('lets a class visit last from 2 to 5 hours, both included', () => {
      expect(
        check('class-visit', '2026-10-21T09:00:00+02:00', '2026-10-21T11:00:00+02:00'),
      ).toEqual([]);
      expect(
        check('class-visit', '2026-10-21T09:00:00+02:00', '2026-10-21T14:00:00+02:00'),
      ).toEqual([]);
    });

    it('refuses a class visit a minute shorter than 2 hours or longer than 5 hours', () => {
      expect(
        check('class-visit', '2026-10-21T09:00:00+02:00', '2026-10-21T10:59:00+02:00'),
      ).toEqual(['visit.duration']);
      expect(
        check('class-visit', '2026-10-21T09:00:00+02:00', '2026-10-21T14:01:00+02:00'),
      ).toEqual(['visit.duration']);
    });

    it('lets a preparation meeting last from 30 minutes to 2 hours, both included', () => {
      expect(
        check('preparation', '2026-10-21T09:00:00+02:00', '2026-10-21T09:30:00+02:00'),
      ).toEqual([]);
      expect(
        check('preparation', '2026-10-21T09:00:00+02:00', '2026-10-21T11:00:00+02:00'),
      ).toEqual([]);
    });

    it('refuses a preparation meeting of 29 minutes or of 2 hours and a minute', () => {
      expect(
        check('preparation', '2026-10-21T09:00:00+02:00', '2026-10-21T09:29:00+02:00'),
      ).toEqual(['visit.duration']);
      expect(
        check('preparation', '2026-10-21T09:00:00+02:00', '2026-10-21T11:01:00+02:00'),
      ).toEqual(['visit.duration']);
    });

    it('judges three hours by the kind: fine for a class visit, too long to prepare', () => {
      const [start, end] = ['2026-10-21T09:00:00+02:00', '2026-10-21T12:00:00+02:00'];
      expect(check('class-visit', start, end)).toEqual([]);
      expect(check('preparation', start, end)).toEqual(['visit.duration']);
    });
  });

  describe('end before start', () => {
    it('refuses a slot that ends when it starts or before, and skips the duration then', () => {
      expect(
        check('class-visit', '2026-10-21T12:00:00+02:00', '2026-10-21T12:00:00+02:00'),
      ).toEqual(['visit.end-before-start']);
      expect(
        check('class-visit', '2026-10-21T12:00:00+02:00', '2026-10-21T09:00:00+02:00'),
      ).toEqual(['visit.end-before-start']);
    });

    it('still checks the day such a slot starts on', () => {
      expect(
        check('class-visit', '2026-10-24T12:00:00+02:00', '2026-10-24T09:00:00+02:00'),
      ).toEqual(['visit.end-before-start', 'visit.weekday']);
    });
  });

  describe('weekdays', () => {
    it('refuses a visit on a Saturday or a Sunday', () => {
      expect(
        check('class-visit', '2026-10-24T09:00:00+02:00', '2026-10-24T12:00:00+02:00'),
      ).toEqual(['visit.weekday']);
      expect(
        check('class-visit', '2026-11-01T09:00:00+01:00', '2026-11-01T12:00:00+01:00'),
      ).toEqual(['visit.weekday']);
    });

    it('reckons the weekday on the school’s wall clock, not in UTC', () => {
      // 22:30Z on Friday is 00:30 on Saturday in Copenhagen (summer time, UTC+2).
      expect(check('preparation', '2026-10-23T22:30:00Z', '2026-10-23T23:30:00Z')).toEqual([
        'visit.weekday',
      ]);
      // The same instants are a Friday evening in New York.
      const newYork = schoolCalendar({ timezone: 'America/New_York' });
      expect(check('preparation', '2026-10-23T22:30:00Z', '2026-10-23T23:30:00Z', newYork)).toEqual(
        [],
      );
    });
  });

  describe('daylight-saving change days', () => {
    it('refuses a visit on Sunday 25 October 2026, when Copenhagen falls back', () => {
      expect(
        check('class-visit', '2026-10-25T10:00:00+01:00', '2026-10-25T13:00:00+01:00'),
      ).toEqual(['visit.weekday']);
    });

    it('refuses a visit on Sunday 28 March 2027, when Copenhagen springs forward', () => {
      expect(
        check('class-visit', '2027-03-28T10:00:00+02:00', '2027-03-28T13:00:00+02:00'),
      ).toEqual(['visit.weekday']);
    });

    it('counts the extra hour of the fall-back night: 01:00–05:30 lasts 5.5 hours', () => {
      // 01:00 summer time (UTC+2) to 05:30 winter time (UTC+1).
      expect(
        check('class-visit', '2026-10-25T01:00:00+02:00', '2026-10-25T05:30:00+01:00'),
      ).toEqual(['visit.duration', 'visit.weekday']);
    });

    it('counts the lost hour of the spring-forward night: 01:00–06:30 lasts 4.5 hours', () => {
      // 01:00 winter time (UTC+1) to 06:30 summer time (UTC+2): within 5 hours of real time.
      expect(
        check('class-visit', '2027-03-28T01:00:00+01:00', '2027-03-28T06:30:00+02:00'),
      ).toEqual(['visit.weekday']);
    });

    it('accepts visits on the Friday before and the Monday after each change', () => {
      expect(
        check('class-visit', '2026-10-23T09:00:00+02:00', '2026-10-23T14:00:00+02:00'),
      ).toEqual([]);
      expect(
        check('class-visit', '2026-10-26T09:00:00+01:00', '2026-10-26T14:00:00+01:00'),
      ).toEqual([]);
      expect(
        check('class-visit', '2027-03-26T09:00:00+01:00', '2027-03-26T14:00:00+01:00'),
      ).toEqual([]);
      expect(
        check('class-visit', '2027-03-29T09:00:00+02:00', '2027-03-29T14:00:00+02:00'),
      ).toEqual([]);
    });

    it('refuses a visit that runs from the Friday over the change weekend to the Monday', () => {
      expect(
        check('class-visit', '2026-10-23T15:00:00+02:00', '2026-10-26T10:00:00+01:00'),
      ).toEqual(['visit.duration', 'visit.one-day', 'visit.weekday']);
      expect(
        check('class-visit', '2027-03-26T15:00:00+01:00', '2027-03-29T10:00:00+02:00'),
      ).toEqual(['visit.duration', 'visit.one-day', 'visit.weekday']);
    });

    it('measures elapsed time when Cairo repeats 23:00–24:00 on a Thursday', () => {
      // Egypt leaves summer time at 24:00 on the last Thursday of October, back to 23:00.
      const cairo = schoolCalendar({ timezone: 'Africa/Cairo' });
      // 22:00 to the second 23:30 reads 1.5 hours on the clock but lasts 2.5 hours.
      expect(
        check('preparation', '2026-10-29T22:00:00+03:00', '2026-10-29T23:30:00+02:00', cairo),
      ).toEqual(['visit.duration']);
      // 22:00 to the first 23:30 lasts 1.5 hours.
      expect(
        check('preparation', '2026-10-29T22:00:00+03:00', '2026-10-29T23:30:00+03:00', cairo),
      ).toEqual([]);
      // 21:00 to the second 23:00 reads 2 hours on the clock and lasts 3: a fine class visit.
      expect(
        check('class-visit', '2026-10-29T21:00:00+03:00', '2026-10-29T23:00:00+02:00', cairo),
      ).toEqual([]);
    });
  });

  describe('one local day', () => {
    it('refuses a visit that crosses local midnight although it stays on one UTC day', () => {
      // 20:00Z to 23:00Z on 21 October is 22:00 to 01:00 in Copenhagen.
      expect(check('class-visit', '2026-10-21T20:00:00Z', '2026-10-21T23:00:00Z')).toEqual([
        'visit.one-day',
      ]);
    });

    it('accepts a visit that crosses UTC midnight but stays on one local day', () => {
      // 23:00Z on Wednesday to 02:00Z on Thursday is 01:00 to 04:00 on Thursday in Copenhagen.
      expect(check('class-visit', '2026-10-21T23:00:00Z', '2026-10-22T02:00:00Z')).toEqual([]);
    });

    it('lets a visit end exactly at local midnight without reaching into the next day', () => {
      expect(
        check('class-visit', '2026-10-21T21:00:00+02:00', '2026-10-22T00:00:00+02:00'),
      ).toEqual([]);
      expect(
        visitSlotDays(
          new Date('2026-10-21T19:00:00Z'),
          new Date('2026-10-21T22:00:00Z'),
          'Europe/Copenhagen',
        ),
      ).toEqual({ firstDay: '2026-10-21', lastDay: '2026-10-21' });
    });

    it('refuses a visit from a Friday evening into Saturday as both one-day and weekday', () => {
      expect(
        check('class-visit', '2026-10-23T22:00:00+02:00', '2026-10-24T01:00:00+02:00'),
      ).toEqual(['visit.one-day', 'visit.weekday']);
    });
  });

  describe('terms', () => {
    it('accepts the first Monday of the school year and the last school day', () => {
      expect(
        check('class-visit', '2026-08-03T09:00:00+02:00', '2026-08-03T12:00:00+02:00'),
      ).toEqual([]);
      expect(
        check('class-visit', '2027-06-30T09:00:00+02:00', '2027-06-30T12:00:00+02:00'),
      ).toEqual([]);
    });

    it('refuses a visit in the summer holiday', () => {
      expect(
        check('class-visit', '2027-07-01T09:00:00+02:00', '2027-07-01T12:00:00+02:00'),
      ).toEqual(['visit.outside-term']);
      expect(
        check('class-visit', '2027-07-07T09:00:00+02:00', '2027-07-07T12:00:00+02:00'),
      ).toEqual(['visit.outside-term']);
    });

    it('refuses a visit that runs from the autumn term into the spring term', () => {
      expect(
        check('class-visit', '2026-12-31T22:00:00+01:00', '2027-01-01T01:00:00+01:00'),
      ).toEqual(['visit.one-day', 'visit.outside-term']);
    });

    it('follows a school’s custom last school day', () => {
      const school = schoolCalendar({ schoolYearStart: '08-12', lastSchoolDay: '06-20' });
      // Monday 21 June 2027 is after that school's last day.
      expect(
        check('class-visit', '2027-06-21T09:00:00+02:00', '2027-06-21T12:00:00+02:00', school),
      ).toEqual(['visit.outside-term']);
    });
  });

  describe('closed dates', () => {
    it('refuses a visit on any day of a closed period, its first and last included', () => {
      for (const day of ['2026-10-12', '2026-10-14', '2026-10-16']) {
        expect(check('class-visit', `${day}T09:00:00+02:00`, `${day}T12:00:00+02:00`)).toEqual([
          'visit.closed-date',
        ]);
      }
    });

    it('accepts a visit on the first day after a closed period', () => {
      expect(
        check('class-visit', '2026-10-19T09:00:00+02:00', '2026-10-19T12:00:00+02:00'),
      ).toEqual([]);
    });

    it('reckons the closed day on the school’s wall clock', () => {
      // 22:30Z on Sunday 11 October is 00:30 on Monday 12 October, a closed day, in Copenhagen.
      expect(check('preparation', '2026-10-11T22:30:00Z', '2026-10-11T23:30:00Z')).toEqual([
        'visit.closed-date',
      ]);
    });
  });

  it('reports every broken rule at once, in a fixed order', () => {
    // A long preparation from a Saturday in the summer holiday into a closed Sunday.
    const broken = checkVisitSlot(
      {
        kind: 'preparation',
        start: new Date('2027-07-03T20:00:00+02:00'),
        end: new Date('2027-07-04T02:00:00+02:00'),
      },
      copenhagen,
      [{ from: '2027-07-04', to: '2027-07-04' }],
    );
    expect(broken).toEqual([
      'visit.duration',
      'visit.one-day',
      'visit.weekday',
      'visit.outside-term',
      'visit.closed-date',
    ]);
    expect(VISIT_SLOT_RULES.filter((rule) => broken.includes(rule))).toEqual(broken);
  });

  it('refuses an unknown kind and an invalid instant', () => {
    const slot = {
      kind: 'party' as VisitKind,
      start: new Date('2026-10-21T09:00:00+02:00'),
      end: new Date('2026-10-21T12:00:00+02:00'),
    };
    expect(() => checkVisitSlot(slot, copenhagen, [])).toThrow(CalendarInputError);
    expect(() =>
      checkVisitSlot({ ...slot, kind: 'class-visit', end: new Date('nonsense') }, copenhagen, []),
    ).toThrow(CalendarInputError);
  });
});

describe('visitRuleMessage', () => {
  it('names the bounds of each kind of visit', () => {
    expect(visitRuleMessage('visit.duration', 'class-visit')).toBe(
      'A class visit lasts 2 to 5 hours.',
    );
    expect(visitRuleMessage('visit.duration', 'preparation')).toBe(
      'A preparation meeting lasts 30 minutes to 2 hours.',
    );
  });

  it('has a message for every rule', () => {
    for (const rule of VISIT_SLOT_RULES) {
      expect(visitRuleMessage(rule, 'class-visit')).toMatch(/\.$/);
    }
  });
});
