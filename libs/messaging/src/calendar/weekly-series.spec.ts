import ical from 'ical-generator';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { expandWithPython } from '@app/testing/expand-calendar';
import { wednesdays } from '@app/testing/wednesdays';
import { zonesFor } from './time-zones';
import { WeeklySeries, weeklyEvent } from './weekly-series';

const ZONE = 'Europe/Copenhagen';

/** A calendar holding the series as one event, as an invitation or a feed writes it. */
function calendarOf(series: WeeklySeries): string {
  const { start, end, repeating } = weeklyEvent(series, ZONE);
  const calendar = ical({ prodId: '//partnerships//scheduler//EN', timezone: zonesFor([start]) });
  calendar.createEvent({
    id: 'commitment-1@scheduler.test',
    stamp: new Date('2026-09-01T06:00:00Z'),
    timezone: ZONE,
    start,
    end,
    repeating,
    summary: 'Lektiehjælp',
  });
  return calendar.toString();
}

/** Every occurrence as ical.js expands the series (RRULE, UNTIL, EXDATE), with its VTIMEZONE. */
function expanded(ics: string): { start: string; end: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  const occurrences: { start: string; end: string }[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    occurrences.push({
      start: details.startDate.toJSDate().toISOString(),
      end: details.endDate.toJSDate().toISOString(),
    });
    if (occurrences.length > 500) throw new Error('The series does not end');
  }
  return occurrences;
}

describe('a standing weekly commitment as one recurring event', () => {
  const series: WeeklySeries = {
    weekdays: [3],
    startTime: '16:00',
    endTime: '18:00',
    from: '2026-09-01',
    until: '2027-06-30',
    // The autumn holiday's Wednesday (closed) and a cancelled shift after the March change.
    excluded: ['2026-10-14', '2027-03-31'],
  };

  it('holds exactly the Wednesdays at 16:00–18:00 local, across both daylight-saving changes', () => {
    const occurrences = expanded(calendarOf(series));
    expect(occurrences).toEqual(wednesdays(ZONE, '2026-09-01', '2027-06-30', series.excluded));
    // Both sides of each change are there: 14:00 UTC in summer time, 15:00 UTC in winter.
    expect(occurrences).toContainEqual({
      start: '2026-10-21T14:00:00.000Z',
      end: '2026-10-21T16:00:00.000Z',
    });
    expect(occurrences).toContainEqual({
      start: '2026-10-28T15:00:00.000Z',
      end: '2026-10-28T17:00:00.000Z',
    });
    expect(occurrences).toContainEqual({
      start: '2027-03-24T15:00:00.000Z',
      end: '2027-03-24T17:00:00.000Z',
    });
    expect(occurrences).toContainEqual({
      start: '2027-04-07T14:00:00.000Z',
      end: '2027-04-07T16:00:00.000Z',
    });
  });

  it('is read the same by a second, independent parser, occurrence by occurrence', () => {
    const ics = calendarOf(series);
    const byPython = expandWithPython(ics).map(({ start, end }) => ({ start, end }));
    expect(byPython).toHaveLength(42);
    expect(byPython).toEqual(expanded(ics));
  });

  it('leaves out the closed Wednesday and the cancelled shift', () => {
    const starts = expanded(calendarOf(series)).map(({ start }) => start);
    expect(starts).not.toContain('2026-10-14T14:00:00.000Z');
    expect(starts).not.toContain('2027-03-31T14:00:00.000Z');
    expect(starts).toContain('2026-10-07T14:00:00.000Z');
  });

  it('starts on the first programme day on or after its first day, and ends on the last', () => {
    const occurrences = expanded(calendarOf(series));
    expect(occurrences[0].start).toBe('2026-09-02T14:00:00.000Z');
    expect(occurrences.at(-1)!.start).toBe('2027-06-30T14:00:00.000Z');
  });

  it('writes the days of a programme that meets on more than one weekday', () => {
    const twice = { ...series, weekdays: [4, 1], until: '2026-09-30', excluded: [] };
    const ics = calendarOf(twice);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=20260930T140000Z;BYDAY=MO,TH/);
    const weekdays = expanded(ics).map(({ start }) => DateTime.fromISO(start).setZone(ZONE));
    expect(weekdays[0].toISODate()).toBe('2026-09-03');
    expect(new Set(weekdays.map((day) => day.weekday))).toEqual(new Set([1, 4]));
    expect(weekdays).toHaveLength(8);
  });
});
