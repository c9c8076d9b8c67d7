import {
  checkVisitSlot,
  localDateOf,
  schoolCalendar,
  termOf,
  type ClosedDateRange,
  type VisitKind,
} from '@app/calendar';

/** What the rules of a proposal need to know of the adoption and its school. */
export interface ProposalContext {
  kind: VisitKind;
  school: {
    timezone: string;
    schoolYearStart: string;
    lastSchoolDay: string;
    closedDates: readonly ClosedDateRange[];
  };
  adoption: { startsOn: string; endsOn: string };
  /** The adoption's live visits (requested, confirmed, held), except the one being moved. */
  otherVisits: readonly {
    kind: VisitKind;
    term: string;
    start: string | null;
    end: string | null;
  }[];
  now: Date;
}

export interface SlotTimes {
  start: Date;
  end: Date;
}

/**
 * The rules a slot breaks, as the API's codes, in the API's order: the calendar's own rules
 * (libs/calendar, the same code the API runs), then a time to come, then the adoption's life.
 */
export function slotProblems(slot: SlotTimes, context: ProposalContext): string[] {
  const calendar = schoolCalendar(context.school);
  const problems: string[] = checkVisitSlot(
    { kind: context.kind, start: slot.start, end: slot.end },
    calendar,
    context.school.closedDates,
  );
  if (slot.start.getTime() <= context.now.getTime()) problems.push('visit.in-past');
  const day = localDateOf(slot.start, calendar.timezone);
  if (day < context.adoption.startsOn || day > context.adoption.endsOn) {
    problems.push('visit.outside-adoption');
  }
  return problems;
}

/**
 * The rules between the slots of a proposal and the adoption's other visits: one term for all
 * slots, one live visit of a kind per term, and the preparation meeting before the class visit.
 * Overlaps with other classes' visits the browser cannot see; the API answers those.
 */
export function proposalProblems(slots: SlotTimes[], context: ProposalContext): string[] {
  const calendar = schoolCalendar(context.school);
  const terms = new Set(slots.map((slot) => termOf(slot.start, calendar)?.name ?? null));
  if (terms.size > 1) return ['visit.slots-different-terms'];
  const [term] = terms;
  if (!term) return [];
  const sameTerm = context.otherVisits.filter((visit) => visit.term === term);
  if (sameTerm.some((visit) => visit.kind === context.kind)) {
    return [
      context.kind === 'class-visit' ? 'visit.term-has-class-visit' : 'visit.term-has-preparation',
    ];
  }
  const classVisit = sameTerm.find((visit) => visit.kind === 'class-visit' && visit.start);
  const preparation = sameTerm.find((visit) => visit.kind === 'preparation' && visit.end);
  const misplaced =
    (context.kind === 'preparation' &&
      classVisit &&
      slots.some((slot) => slot.end.getTime() > Date.parse(classVisit.start!))) ||
    (context.kind === 'class-visit' &&
      preparation &&
      slots.some((slot) => slot.start.getTime() < Date.parse(preparation.end!)));
  return misplaced ? ['visit.preparation-after-class-visit'] : [];
}
