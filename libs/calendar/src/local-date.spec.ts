import { DateTime } from 'luxon';
import {
  addDays,
  daysFromTo,
  isIsoDate,
  isoWeekday,
  isValidTimezone,
  isWallClockTime,
  localDateOf,
  localInstant,
  startOfLocalDay,
} from './local-date';
import { CalendarInputError } from './problems';

const iso = (dateTime: DateTime) => dateTime.toUTC().toISO();

describe('formats', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-8-1')).toBe(false);
    expect(isIsoDate('2026-08-01T00:00')).toBe(false);
    expect(isIsoDate(20260801)).toBe(false);
  });

  it('accepts wall-clock times from 00:00 to 23:59', () => {
    expect(isWallClockTime('00:00')).toBe(true);
    expect(isWallClockTime('23:59')).toBe(true);
    expect(isWallClockTime('24:00')).toBe(false);
    expect(isWallClockTime('9:00')).toBe(false);
    expect(isWallClockTime('16:00:00')).toBe(false);
  });

  it('knows IANA zones and refuses made-up ones and bare offsets', () => {
    expect(isValidTimezone('Europe/Copenhagen')).toBe(true);
    expect(isValidTimezone('America/New_York')).toBe(true);
    expect(isValidTimezone('Europe/Atlantis')).toBe(false);
    expect(isValidTimezone('+01:00')).toBe(false);
    expect(isValidTimezone('')).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('adds days across months, years and daylight-saving changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysFromTo('2026-10-23', '2026-10-26')).toBe(3);
  });

  it('numbers weekdays from Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-10-26')).toBe(1);
    expect(isoWeekday('2026-10-25')).toBe(7);
    expect(isoWeekday('2027-03-28')).toBe(7);
  });
});

describe('localDateOf', () => {
  it('takes a date string as it is and reads an instant on the zone’s wall clock', () => {
    expect(localDateOf('2026-12-31', 'Europe/Copenhagen')).toBe('2026-12-31');
    expect(localDateOf(new Date('2026-12-31T23:30:00Z'), 'Europe/Copenhagen')).toBe('2027-01-01');
    expect(localDateOf(new Date('2026-12-31T23:30:00Z'), 'America/New_York')).toBe('2026-12-31');
  });

  it('ignores the zone a DateTime happens to carry', () => {
    const instant = DateTime.fromISO('2026-12-31T18:30:00', { zone: 'America/New_York' });
    expect(localDateOf(instant, 'Europe/Copenhagen')).toBe('2027-01-01');
  });

  it('refuses an unknown zone and an invalid instant', () => {
    expect(() => localDateOf(new Date(0), 'Nowhere/Special')).toThrow(CalendarInputError);
    expect(() => localDateOf(DateTime.invalid('test'), 'Europe/Copenhagen')).toThrow(
      CalendarInputError,
    );
  });
});

describe('localInstant', () => {
  it('puts 16:00 in Copenhagen at 14:00Z in summer and 15:00Z in winter', () => {
    expect(iso(localInstant('2026-10-21', '16:00', 'Europe/Copenhagen'))).toBe(
      '2026-10-21T14:00:00.000Z',
    );
    expect(iso(localInstant('2026-10-28', '16:00', 'Europe/Copenhagen'))).toBe(
      '2026-10-28T15:00:00.000Z',
    );
  });

  it('moves a time in the spring-forward gap forward by the gap, as luxon and RFC 5545 do', () => {
    const instant = localInstant('2027-03-28', '02:30', 'Europe/Copenhagen');
    expect(instant.toISO()).toBe('2027-03-28T03:30:00.000+02:00');
    expect(iso(instant)).toBe('2027-03-28T01:30:00.000Z');
    expect(iso(instant)).toBe(
      iso(DateTime.fromISO('2027-03-28T02:30', { zone: 'Europe/Copenhagen' })),
    );
  });

  it('takes the first occurrence of a time that the autumn fall-back repeats', () => {
    const instant = localInstant('2026-10-25', '02:30', 'Europe/Copenhagen');
    expect(instant.toISO()).toBe('2026-10-25T02:30:00.000+02:00');
    expect(iso(instant)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads times on either side of a change with the offset in force then', () => {
    expect(iso(localInstant('2026-10-25', '01:59', 'Europe/Copenhagen'))).toBe(
      '2026-10-24T23:59:00.000Z',
    );
    expect(iso(localInstant('2026-10-25', '03:00', 'Europe/Copenhagen'))).toBe(
      '2026-10-25T02:00:00.000Z',
    );
    expect(iso(localInstant('2027-03-28', '01:59', 'Europe/Copenhagen'))).toBe(
      '2027-03-28T00:59:00.000Z',
    );
    expect(iso(localInstant('2027-03-28', '03:00', 'Europe/Copenhagen'))).toBe(
      '2027-03-28T01:00:00.000Z',
    );
  });

  it('refuses a malformed time', () => {
    expect(() => localInstant('2026-10-21', '4pm', 'Europe/Copenhagen')).toThrow(
      CalendarInputError,
    );
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight, in the offset of that night', () => {
    expect(startOfLocalDay('2026-10-25', 'Europe/Copenhagen').toISOString()).toBe(
      '2026-10-24T22:00:00.000Z',
    );
    expect(startOfLocalDay('2026-10-26', 'Europe/Copenhagen').toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
  });

  it('is 01:00 where the clocks spring forward at midnight', () => {
    // Cuba moves from 00:00 to 01:00 on 8 March 2026.
    const start = startOfLocalDay('2026-03-08', 'America/Havana');
    expect(start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(DateTime.fromJSDate(start, { zone: 'America/Havana' }).toISO()).toBe(
      '2026-03-08T01:00:00.000-04:00',
    );
  });
});
