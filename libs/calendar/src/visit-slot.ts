import { isAnyDayClosed, ClosedDateRange } from './closed-dates';
import { daysFromTo, addDays, Instant, instantMillis, isoWeekday, localDateOf } from './local-date';
import { invalidInput, throwIfProblems } from './problems';
import { SchoolCalendar, termOf, validateSchoolCalendar } from './school-year';

export type VisitKind = 'class-visit' | 'preparation';

export const VISIT_KINDS: readonly VisitKind[] = ['class-visit', 'preparation'];

/** How long a visit may last, both bounds included, in minutes of real elapsed time. */
export const VISIT_DURATION_LIMITS: Readonly<
  Record<VisitKind, { minimumMinutes: number; maximumMinutes: number }>
> = Object.freeze({
  // A class visit lasts 2 to 5 hours.
  'class-visit': { minimumMinutes: 120, maximumMinutes: 300 },
  // A preparation meeting lasts 30 minutes to 2 hours.
  preparation: { minimumMinutes: 30, maximumMinutes: 120 },
});

/** The rules a proposed slot can break, in the order they are reported. */
export const VISIT_SLOT_RULES = [
  'visit.end-before-start',
  'visit.duration',
  'visit.one-day',
  'visit.weekday',
  'visit.outside-term',
  'visit.closed-date',
] as const;

export type VisitSlotRule = (typeof VISIT_SLOT_RULES)[number];

export interface VisitSlot {
  kind: VisitKind;
  start: Instant;
  end: Instant;
}

const MINUTE_MS = 60_000;
const WEEKEND_DAYS = [6, 7];
const DAYS_IN_WEEK = 7;

/** A sentence that names a broken rule, for the message of a 409 answer. */
export function visitRuleMessage(rule: VisitSlotRule, kind: VisitKind): string {
  const { minimumMinutes, maximumMinutes } = VISIT_DURATION_LIMITS[kind];
  switch (rule) {
    case 'visit.end-before-start':
      return 'A visit must end after it starts.';
    case 'visit.duration':
      return kind === 'class-visit'
        ? `A class visit lasts ${minimumMinutes / 60} to ${maximumMinutes / 60} hours.`
        : `A preparation meeting lasts ${minimumMinutes} minutes to ${maximumMinutes / 60} hours.`;
    case 'visit.one-day':
      return 'A visit starts and ends on the same day in the school’s time zone.';
    case 'visit.weekday':
      return 'A visit lies on a weekday, Monday to Friday.';
    case 'visit.outside-term':
      return 'A visit lies inside one term of the school year.';
    case 'visit.closed-date':
      return 'A visit cannot lie on a day the school is closed.';
  }
}

/**
 * The local days a slot takes up, first and last, on the school's wall clock. A slot that ends
 * exactly at midnight does not reach into the next day. A slot that does not end after it
 * starts takes up only the day it starts on.
 */
export function visitSlotDays(
  start: Instant,
  end: Instant,
  timezone: string,
): { firstDay: string; lastDay: string } {
  const startMillis = instantMillis(start, 'start');
  const endMillis = instantMillis(end, 'end');
  const firstDay = localDateOf(new Date(startMillis), timezone, 'start');
  const lastDay =
    endMillis > startMillis ? localDateOf(new Date(endMillis - 1), timezone, 'end') : firstDay;
  return { firstDay, lastDay };
}

function touchesWeekend(firstDay: string, lastDay: string): boolean {
  const days = daysFromTo(firstDay, lastDay) + 1;
  if (days >= DAYS_IN_WEEK) return true;
  for (let offset = 0; offset < days; offset += 1) {
    if (WEEKEND_DAYS.includes(isoWeekday(addDays(firstDay, offset)))) return true;
  }
  return false;
}

/**
 * The rules a proposed visit slot breaks, in the order of VISIT_SLOT_RULES; empty when it is
 * fine. Days are reckoned on the school's wall clock; the duration is real elapsed time, so a
 * slot over a daylight-saving change is an hour longer or shorter than its clock times suggest.
 * Rules about the adoption's life and overlapping visits are for the caller to check.
 */
export function checkVisitSlot(
  slot: VisitSlot,
  school: SchoolCalendar,
  closedDates: readonly ClosedDateRange[],
): VisitSlotRule[] {
  throwIfProblems(validateSchoolCalendar(school));
  const limits = VISIT_DURATION_LIMITS[slot.kind] as
    (typeof VISIT_DURATION_LIMITS)[VisitKind] | undefined;
  if (!limits) invalidInput('kind', 'visit.kind', `must be one of ${VISIT_KINDS.join(', ')}`);
  const start = instantMillis(slot.start, 'start');
  const end = instantMillis(slot.end, 'end');
  const { firstDay, lastDay } = visitSlotDays(slot.start, slot.end, school.timezone);
  const broken: VisitSlotRule[] = [];

  if (end <= start) {
    broken.push('visit.end-before-start');
  } else {
    const minutes = (end - start) / MINUTE_MS;
    if (minutes < limits.minimumMinutes || minutes > limits.maximumMinutes) {
      broken.push('visit.duration');
    }
    // A visit starts and ends within one local day.
    if (lastDay !== firstDay) broken.push('visit.one-day');
  }
  // A visit lies on weekdays only, Monday to Friday.
  if (touchesWeekend(firstDay, lastDay)) broken.push('visit.weekday');
  // Terms are unbroken runs of days, so a slot whose first and last days share a term is in it.
  const firstTerm = termOf(firstDay, school);
  const lastTerm = termOf(lastDay, school);
  if (!firstTerm || !lastTerm || firstTerm.name !== lastTerm.name) {
    broken.push('visit.outside-term');
  }
  // No visit on a day the school is closed.
  if (isAnyDayClosed(firstDay, lastDay, closedDates)) broken.push('visit.closed-date');
  return broken;
}
