import { EntityManager } from 'typeorm';
import { ConflictError, InvalidFieldError } from '../errors/domain-error';
import { CompanyEntity } from '../organisations/company.entity';
import { PartnerEntity } from '../organisations/partner.entity';
import { SchoolEntity } from '../organisations/school.entity';
import { MembershipEntity } from './membership.entity';
import { ORGANISATION_OF_ROLE, Role } from './role';

const ORGANISATION_ENTITY = {
  school: SchoolEntity,
  company: CompanyEntity,
  partner: PartnerEntity,
} as const;

const MEMBERSHIP_COLUMN = {
  school: 'schoolId',
  company: 'companyId',
  partner: 'partnerId',
} as const;

/** A role, and the organisation it is held in (none for an admin). */
export interface RoleIn {
  role: Role;
  organisationId?: string;
}

/**
 * The name of the organisation a role is held in, which must exist and be of the kind the role
 * belongs to: a school for a teacher, a company for a contact person or a volunteer, a partner
 * organisation for a coordinator. An admin names none; null for them.
 */
export async function organisationOfRole(
  manager: EntityManager,
  { role, organisationId }: RoleIn,
): Promise<string | null> {
  const kind = ORGANISATION_OF_ROLE[role];
  if (!kind) {
    if (organisationId) {
      throw new InvalidFieldError(
        'user.admin-has-no-organisation',
        'organisationId',
        'must be left out for the role admin',
      );
    }
    return null;
  }
  if (!organisationId) {
    throw new InvalidFieldError(
      'user.organisation-required',
      'organisationId',
      `is required for the role ${role}: the id of a ${kind}`,
    );
  }
  const organisation = await manager.findOneBy(ORGANISATION_ENTITY[kind], { id: organisationId });
  if (!organisation) {
    throw new InvalidFieldError(
      'user.organisation-unknown',
      'organisationId',
      `must be the id of a ${kind} for the role ${role}`,
    );
  }
  return organisation.name;
}

/** Gives the person the role; false when they hold it there already. */
export async function insertMembership(
  manager: EntityManager,
  userId: string,
  { role, organisationId }: RoleIn,
  now: Date,
): Promise<boolean> {
  const kind = ORGANISATION_OF_ROLE[role];
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(MembershipEntity)
    .values({
      userId,
      role,
      ...(kind ? { [MEMBERSHIP_COLUMN[kind]]: organisationId } : {}),
      createdAt: now,
    })
    .orIgnore()
    .execute();
  return (inserted.raw as unknown[]).length > 0;
}

/** A person holds a role in an organisation once. */
export function membershipExists(email: string, role: Role): ConflictError {
  return new ConflictError(
    'user.membership-exists',
    `${email} already has the role ${role}${ORGANISATION_OF_ROLE[role] ? ' in this organisation' : ''}.`,
  );
}
