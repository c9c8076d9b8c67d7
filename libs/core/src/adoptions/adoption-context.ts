import { EntityManager, In } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { NotFoundError } from '../errors/domain-error';
import { CompanyEntity } from '../organisations/company.entity';
import { SchoolEntity } from '../organisations/school.entity';
import { AdoptionEntity } from './adoption.entity';
import { SchoolClassEntity } from './school-class.entity';
import { Side } from './visit.entity';

/** An adoption with everything its rules and messages need, loaded in one go. */
export interface AdoptionContext {
  adoption: AdoptionEntity;
  schoolClass: SchoolClassEntity;
  school: SchoolEntity;
  company: CompanyEntity;
  contactPerson: UserEntity;
  teachers: UserEntity[];
}

/** What an adoption's context is loaded with: its class, school, company and people. */
const CONTEXT_RELATIONS = {
  schoolClass: { school: { closedDates: true }, teachers: true },
  company: true,
  contactPerson: true,
} as const;

function contextOf(adoption: AdoptionEntity): AdoptionContext {
  return {
    adoption,
    schoolClass: adoption.schoolClass,
    school: adoption.schoolClass.school,
    company: adoption.company,
    contactPerson: adoption.contactPerson,
    teachers: adoption.schoolClass.teachers,
  };
}

/**
 * Loads an adoption and, when `lock` is set, locks its row for the rest of the transaction, so
 * that changes to one adoption's visits and hours take turns and its rules hold.
 */
export async function loadAdoptionContext(
  manager: EntityManager,
  adoptionId: string,
  lock = false,
): Promise<AdoptionContext> {
  if (lock) {
    const locked = await manager.query<unknown[]>(
      'SELECT id FROM adoptions WHERE id = $1 FOR UPDATE',
      [adoptionId],
    );
    if (locked.length === 0) throw new NotFoundError('adoption');
  }
  const adoption = await manager.findOne(AdoptionEntity, {
    where: { id: adoptionId },
    relations: CONTEXT_RELATIONS,
  });
  if (!adoption) throw new NotFoundError('adoption');
  return contextOf(adoption);
}

/** The contexts of many adoptions in one query, in the order of `adoptionIds`. */
export async function loadAdoptionContexts(
  manager: EntityManager,
  adoptionIds: string[],
): Promise<AdoptionContext[]> {
  if (adoptionIds.length === 0) return [];
  const adoptions = await manager.find(AdoptionEntity, {
    where: { id: In(adoptionIds) },
    relations: CONTEXT_RELATIONS,
  });
  const byId = new Map(adoptions.map((adoption) => [adoption.id, adoption]));
  return adoptionIds.flatMap((id) => {
    const adoption = byId.get(id);
    return adoption ? [contextOf(adoption)] : [];
  });
}

/** The people of one side: the class's teachers, or the company's contact person. */
export function peopleOf(context: AdoptionContext, side: Side): UserEntity[] {
  return side === Side.School ? context.teachers : [context.contactPerson];
}

export function otherSide(side: Side): Side {
  return side === Side.School ? Side.Company : Side.School;
}

/** Both sides of the adoption: the class's teachers and the contact person. */
export function sidesOf(context: AdoptionContext): UserEntity[] {
  return unique([...context.teachers, context.contactPerson]);
}

/** Everyone taking part in one visit: both sides and the visit's hosts. */
export function participantsOf(context: AdoptionContext, hosts: UserEntity[]): UserEntity[] {
  return unique([...sidesOf(context), ...hosts]);
}

function unique(users: UserEntity[]): UserEntity[] {
  const seen = new Set<string>();
  return users.filter((user) => !seen.has(user.id) && seen.add(user.id));
}
