import {
  ClosedDateRange,
  checkVisitSlot,
  localDateOf,
  SchoolCalendar,
  termOf,
  visitRuleMessage,
  visitSlotDays,
} from '@app/calendar';
import { ConflictError } from '../errors/domain-error';
import { VisitKind } from './visit.entity';

/** A confirmed visit still to come at a school, with what its rules need to know. */
export interface PlannedVisit {
  id: string;
  kind: VisitKind;
  term: string;
  start: Date;
  end: Date;
  classLabel: string;
  adoptionStartsOn: string;
  adoptionEndsOn: string;
}

/**
 * A change of a school's closed dates or time zone keeps every confirmed visit still to come
 * where it is: no such visit may then lie on a closed day, and none may come to lie, on the
 * school's new wall clock, off a weekday, across two days, in another term or outside its
 * adoption's life. The visit's instants never move: people have it in their calendars.
 */
export function checkVisitsKeepTheirPlace(
  calendar: SchoolCalendar,
  closedDates: readonly ClosedDateRange[],
  visits: readonly PlannedVisit[],
): void {
  for (const visit of visits) {
    const broken = checkVisitSlot(
      { kind: visit.kind, start: visit.start, end: visit.end },
      calendar,
      closedDates,
    );
    const { firstDay, lastDay } = visitSlotDays(visit.start, visit.end, calendar.timezone);
    const what = `The confirmed visit of class ${visit.classLabel} on ${firstDay}`;
    if (broken.includes('visit.closed-date')) {
      const closed = closedDates.find((range) => range.from <= lastDay && firstDay <= range.to)!;
      throw new ConflictError(
        'school.closed-date-has-visit',
        `${what} lies in the closed period ${closed.from} to ${closed.to}: a day that holds a ` +
          'confirmed visit cannot be closed; cancel or move the visit first.',
      );
    }
    const rule =
      broken.length > 0
        ? visitRuleMessage(broken[0], visit.kind)
        : termOf(visit.start, calendar)?.name !== visit.term
          ? 'A visit stays in the term it was planned in.'
          : outsideAdoption(visit, calendar.timezone)
            ? "A visit lies inside the adoption's life."
            : null;
    if (rule) {
      throw new ConflictError(
        'school.timezone-moves-visit',
        `${what} would move on the clocks of ${calendar.timezone} and break a rule: ${rule} ` +
          'Cancel or move the visit first.',
      );
    }
  }
}

function outsideAdoption(visit: PlannedVisit, timezone: string): boolean {
  const day = localDateOf(visit.start, timezone);
  return day < visit.adoptionStartsOn || day > visit.adoptionEndsOn;
}
