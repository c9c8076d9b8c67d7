import { checkVisitSlot, localDateOf, termOf, visitRuleMessage } from '@app/calendar';
import { ConflictError } from '../errors/domain-error';
import { AdoptionContext } from './adoption-context';
import { calendarOf } from './classes.service';
import { VisitKind, VisitSlot } from './visit.entity';

export const VISIT_CONFLICTS = {
  visits_one_class_visit_per_term: new ConflictError(
    'visit.term-has-class-visit',
    'This term already has a class visit that is not cancelled or declined: at most one per term.',
  ),
  visits_one_preparation_per_term: new ConflictError(
    'visit.term-has-preparation',
    'This term already has a preparation meeting that is not cancelled or declined: at most one per term.',
  ),
  visits_no_class_overlap: new ConflictError(
    'visit.overlaps-class',
    'The class already has a confirmed visit at that time.',
  ),
  visits_no_contact_person_overlap: new ConflictError(
    'visit.overlaps-contact-person',
    'The contact person already has a confirmed visit at that time.',
  ),
};

/**
 * The rules every proposed slot must keep on its own: duration for its kind, a weekday, one local
 * day, inside a term, not on a closed date, in the future and inside the adoption's life; and all
 * slots of one proposal in the same term. Returns that term's name.
 */
export function checkSlots(
  context: AdoptionContext,
  kind: VisitKind,
  slots: VisitSlot[],
  now: Date,
): string {
  const calendar = calendarOf(context.school);
  const closed = context.school.closedDates ?? [];
  const terms = new Set<string>();
  slots.forEach((slot, index) => {
    const [rule] = checkVisitSlot({ kind, start: slot.start, end: slot.end }, calendar, closed);
    if (rule) throw slotConflict(rule, visitRuleMessage(rule, kind), index);
    if (slot.start.getTime() <= now.getTime()) {
      throw slotConflict(
        'visit.in-past',
        'A visit must be proposed for a time still to come.',
        index,
      );
    }
    const localDay = localDateOf(slot.start, context.school.timezone);
    if (localDay < context.adoption.startsOn || localDay > context.adoption.endsOn) {
      throw slotConflict(
        'visit.outside-adoption',
        `A visit lies inside the adoption's life, ${context.adoption.startsOn} to ${context.adoption.endsOn}.`,
        index,
      );
    }
    // checkVisitSlot has made sure the slot lies in a term.
    terms.add(termOf(slot.start, calendar)!.name);
  });
  if (terms.size > 1) {
    throw new ConflictError(
      'visit.slots-different-terms',
      'All proposed slots of a visit lie in the same term.',
    );
  }
  return [...terms][0];
}

function slotConflict(code: string, message: string, index: number): ConflictError {
  return new ConflictError(code, `slots.${index}: ${message}`);
}

export function overlaps(a: VisitSlot, b: { start: Date | null; end: Date | null }): boolean {
  return !!b.start && !!b.end && a.start < b.end && b.start < a.end;
}
