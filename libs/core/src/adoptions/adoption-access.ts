import { EntityManager } from 'typeorm';
import { Actor } from '../accounts/actor';
import { Role } from '../accounts/role';
import { NotFoundError } from '../errors/domain-error';
import { AdoptionEntity } from './adoption.entity';
import { Side } from './visit.entity';

/** Who may see a class: admins, the school's teachers, and contacts of a company adopting it. */
export function canSeeClass(actor: Actor, schoolId: string, adoptingCompanyIds: string[]): boolean {
  return (
    actor.isAdmin ||
    actor.memberships.some(
      (m) =>
        (m.role === Role.Teacher && m.organisationId === schoolId) ||
        (m.role === Role.Contact && adoptingCompanyIds.includes(m.organisationId ?? '')),
    )
  );
}

/** Who may see an adoption, its visits and hours: admins, the school's teachers, the company's contacts. */
export function canSeeAdoption(actor: Actor, adoption: AdoptionEntity, schoolId: string): boolean {
  return canSeeClass(actor, schoolId, [adoption.companyId]);
}

/**
 * The side the actor acts for: the class's teachers are the school, the adoption's contact person
 * is the company. Null for anyone else, an admin included.
 */
export function sideOf(actor: Actor, adoption: AdoptionEntity, teacherIds: string[]): Side | null {
  if (teacherIds.includes(actor.userId)) return Side.School;
  if (adoption.contactPersonId === actor.userId) return Side.Company;
  return null;
}

/** An adoption the actor may see; to anyone else it does not exist. */
export async function findVisibleAdoption(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<AdoptionEntity> {
  const adoption = await manager.findOne(AdoptionEntity, {
    where: { id },
    relations: { schoolClass: true },
  });
  if (!adoption || !canSeeAdoption(actor, adoption, adoption.schoolClass.schoolId)) {
    throw new NotFoundError('adoption');
  }
  return adoption;
}
