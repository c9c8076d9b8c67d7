import { checkVisitSlot, localDateOf, termOf, visitRuleMessage } from '@app/calendar';
import { EntityManager, In } from 'typeorm';
import { Actor } from '../accounts/actor';
import { ConflictError, ForbiddenError, InvalidFieldError } from '../errors/domain-error';
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

/** The states each change of a visit may start from. */
export const VISIT_TRANSITIONS = {
  confirmed: [VisitStatus.Requested],
  declined: [VisitStatus.Requested],
  rescheduled: [VisitStatus.Requested, VisitStatus.Confirmed],
  cancelled: [VisitStatus.Requested, VisitStatus.Confirmed],
  completed: [VisitStatus.Confirmed],
} as const satisfies Record<string, readonly VisitStatus[]>;

/** The visit may make the change only from the states VISIT_TRANSITIONS names for it. */
export function requireTransition(
  visit: VisitEntity,
  becoming: keyof typeof VISIT_TRANSITIONS,
): void {
  requireStatus(visit, [...VISIT_TRANSITIONS[becoming]], becoming);
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

/** What the rules between visits need to know of another visit. */
export type OtherVisit = Pick<VisitEntity, 'id' | 'kind' | 'status' | 'classId' | 'start' | 'end'>;

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
  const sameTerm = await manager.find(VisitEntity, {
    where: { adoptionId: context.adoption.id, term, status: In(LIVE) },
  });
  checkTermRules(kind, slots, sameTerm, ignoreVisitId);

  const busy = await manager
    .getRepository(VisitEntity)
    .createQueryBuilder('visit')
    .where('visit.status IN (:...statuses)', { statuses: BUSY })
    .andWhere('(visit.class_id = :classId OR visit.contact_person_id = :contactId)', {
      classId: context.adoption.classId,
      contactId: context.adoption.contactPersonId,
    })
    .andWhere('visit.end_at > :from AND visit.start_at < :to', {
      from: new Date(Math.min(...slots.map((slot) => slot.start.getTime()))),
      to: new Date(Math.max(...slots.map((slot) => slot.end.getTime()))),
    })
    .getMany();
  checkNoClash(slots, busy, context.adoption.classId, ignoreVisitId);
}

/** Visits that hold their time: confirmed or held. */
const BUSY = [VisitStatus.Confirmed, VisitStatus.Completed];

/**
 * One live visit of a kind per term, and the term's preparation meeting ends before its class
 * visit starts. `sameTerm` are the adoption's visits in the term; `ignoreVisitId` is the visit
 * being changed, which does not count against itself.
 */
export function checkTermRules(
  kind: VisitKind,
  slots: VisitSlot[],
  sameTerm: OtherVisit[],
  ignoreVisitId: string | null,
): void {
  const live = sameTerm.filter(
    (other) => other.id !== ignoreVisitId && LIVE.includes(other.status),
  );
  if (live.some((other) => other.kind === kind)) {
    throw kind === VisitKind.ClassVisit
      ? VISIT_CONFLICTS.visits_one_class_visit_per_term
      : VISIT_CONFLICTS.visits_one_preparation_per_term;
  }
  const classVisit = live.find((other) => other.kind === VisitKind.ClassVisit && other.start);
  const preparation = live.find((other) => other.kind === VisitKind.Preparation && other.end);
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
}

/**
 * No slot overlaps a confirmed (or held) visit of the class or of the contact person; `busy`
 * are such visits of either. A visit that ends as another starts does not overlap it.
 */
export function checkNoClash(
  slots: VisitSlot[],
  busy: OtherVisit[],
  classId: string,
  ignoreVisitId: string | null,
): void {
  const others = busy.filter((other) => other.id !== ignoreVisitId && BUSY.includes(other.status));
  for (const slot of slots) {
    const clash = others.find((other) => overlaps(slot, other));
    if (clash) {
      throw clash.classId === classId
        ? VISIT_CONFLICTS.visits_no_class_overlap
        : VISIT_CONFLICTS.visits_no_contact_person_overlap;
    }
  }
}

/** A proposal is answered by the other side: the proposing side cannot confirm or decline it. */
export function requireAnsweringSide(
  side: Side,
  visit: VisitEntity,
  becoming: 'confirmed' | 'declined',
): void {
  if (side === visit.proposedBySide) {
    throw new ConflictError(
      'visit.own-proposal',
      becoming === 'confirmed'
        ? 'The side that proposed a visit cannot confirm it; the other side does.'
        : 'The side that proposed a visit cannot decline it; it can cancel it.',
    );
  }
}

/** The proposed slot the answer names. */
export function proposedSlot(visit: VisitEntity, slotIndex: number): VisitSlot {
  const slot = visit.slots[slotIndex];
  if (!slot) {
    throw new InvalidFieldError(
      'visit.slot-index',
      'slot',
      `must be the index of a proposed slot, 0 to ${visit.slots.length - 1}`,
    );
  }
  return slot;
}

/** Either side cancels a visit, and an admin may too. */
export function requireMayCancel(actor: Actor, context: AdoptionContext): void {
  if (!actor.isAdmin) requireSide(actor, context);
}

/** A visit is marked held only after its end, with no more pupils than the class has. */
export function requireCompletable(
  visit: VisitEntity,
  pupilsAttended: number,
  classPupils: number,
  nowMs: number,
): void {
  if (visit.end!.getTime() > nowMs) {
    throw new ConflictError('visit.not-ended', 'A visit can be completed only after its end.');
  }
  requirePupilsAttended(pupilsAttended, classPupils);
}

/** No more pupils took part than the class has. */
export function requirePupilsAttended(pupilsAttended: number, classPupils: number): void {
  if (pupilsAttended > classPupils) {
    throw new InvalidFieldError(
      'visit.pupils-attended',
      'pupilsAttended',
      `must be at most the class's ${classPupils} pupils`,
    );
  }
}
