import { Actor, organisationIds } from '../accounts/actor';
import { Role } from '../accounts/role';
import { ProgrammeEntity } from './programme.entity';

/** Coordinators of the partner organisation (and admins) run its programmes. */
export function canRunProgramme(actor: Actor, partnerId: string): boolean {
  return actor.isAdmin || organisationIds(actor, 'partner', [Role.Coordinator]).includes(partnerId);
}

/** The companies whose volunteers the actor is one of, among those the programme names. */
export function isEligibleVolunteer(actor: Actor, programme: ProgrammeEntity): boolean {
  const mine = organisationIds(actor, 'company', [Role.Volunteer]);
  return programme.companies.some((company) => mine.includes(company.id));
}

/**
 * Who may see a programme and its shifts: admins, the partner's coordinators, and the volunteers
 * and contact persons of the companies it names.
 */
export function canSeeProgramme(actor: Actor, programme: ProgrammeEntity): boolean {
  if (canRunProgramme(actor, programme.partnerId)) return true;
  const mine = organisationIds(actor, 'company', [Role.Volunteer, Role.Contact]);
  return programme.companies.some((company) => mine.includes(company.id));
}
