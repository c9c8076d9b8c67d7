import { checkVisitSlot, localDateOf, termOf, visitRuleMessage } from '@app/calendar';
import { EntityManager, In } from 'typeorm';
import { Actor } from '../accounts/actor';
import { ConflictError, ForbiddenError } from '../errors/domain-error';
import { sideOf } from './adoption-access';
import { AdoptionStatus } from './adoption.entity';
import { AdoptionContext } from './adoption-context';
import { calendarOf } from './classes.service';
import { Side, VisitEntity, VisitKind, VisitSlot, VisitStatus } from './visit.entity';

/** Visits that count against the one-per-term rules: not declined or cancelled. */
const LIVE = [VisitStatus.Requested, VisitStatus.Confirmed, VisitStatus.Completed];

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

/** The side the actor acts for; anyone else, an admin included, is refused. */
export function requireSide(actor: Actor, context: AdoptionContext): Side {
  const side = sideOf(
    actor,
    context.adoption,
    context.teachers.map((teacher) => teacher.id),
  );
  if (!side) {
    throw new ForbiddenError(
      'visit.not-a-side',
      "Only the class's teachers and the adoption's contact person take part in its visits.",
    );
  }
  return side;
}

/** Only an active adoption takes new visits and new times. */
export function requireActive(context: AdoptionContext): void {
  if (context.adoption.status !== AdoptionStatus.Active) {
    throw new ConflictError(
      'adoption.not-active',
      `The adoption is ${context.adoption.status}; it takes no new visits.`,
    );
  }
}

/** The change is allowed only from the given states. */
export function requireStatus(visit: VisitEntity, allowed: VisitStatus[], becoming: string): void {
  if (!allowed.includes(visit.status)) {
    throw new ConflictError(
      'visit.status',
      `A ${visit.status} visit cannot be ${becoming}; only a ${allowed.join(' or ')} one.`,
    );
  }
}

/**
 * The rules between visits: one live visit of a kind per term, the preparation meeting before
 * the term's class visit, and no overlap with a confirmed visit of the class or the contact
 * person. PostgreSQL enforces the first and the last too, for concurrent requests.
 */
export async function checkAgainstOtherVisits(
  manager: EntityManager,
  context: AdoptionContext,
  kind: VisitKind,
  term: string,
  slots: VisitSlot[],
  ignoreVisitId: string | null,
): Promise<void> {
  const sameTerm = (
    await manager.find(VisitEntity, {
      where: { adoptionId: context.adoption.id, term, status: In(LIVE) },
    })
  ).filter((other) => other.id !== ignoreVisitId);
  if (sameTerm.some((other) => other.kind === kind)) {
    throw kind === VisitKind.ClassVisit
      ? VISIT_CONFLICTS.visits_one_class_visit_per_term
      : VISIT_CONFLICTS.visits_one_preparation_per_term;
  }
  const classVisit = sameTerm.find((other) => other.kind === VisitKind.ClassVisit && other.start);
  const preparation = sameTerm.find((other) => other.kind === VisitKind.Preparation && other.end);
  const misplaced =
    (kind === VisitKind.Preparation &&
      classVisit &&
      slots.some((slot) => slot.end > classVisit.start!)) ||
    (kind === VisitKind.ClassVisit &&
      preparation &&
      slots.some((slot) => slot.start < preparation.end!));
  if (misplaced) {
    throw new ConflictError(
      'visit.preparation-after-class-visit',
      "A term's preparation meeting lies before its class visit.",
    );
  }

  const busy = (
    await manager
      .getRepository(VisitEntity)
      .createQueryBuilder('visit')
      .where('visit.status IN (:...statuses)', {
        statuses: [VisitStatus.Confirmed, VisitStatus.Completed],
      })
      .andWhere('(visit.class_id = :classId OR visit.contact_person_id = :contactId)', {
        classId: context.adoption.classId,
        contactId: context.adoption.contactPersonId,
      })
      .andWhere('visit.end_at > :from AND visit.start_at < :to', {
        from: new Date(Math.min(...slots.map((slot) => slot.start.getTime()))),
        to: new Date(Math.max(...slots.map((slot) => slot.end.getTime()))),
      })
      .getMany()
  ).filter((other) => other.id !== ignoreVisitId);
  for (const slot of slots) {
    const clash = busy.find((other) => overlaps(slot, other));
    if (clash) {
      throw clash.classId === context.adoption.classId
        ? VISIT_CONFLICTS.visits_no_class_overlap
        : VISIT_CONFLICTS.visits_no_contact_person_overlap;
    }
  }
}
