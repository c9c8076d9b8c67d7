import { OrganisationKind, Role } from './role';

export interface ActorMembership {
  role: Role;
  organisationKind: OrganisationKind | null;
  organisationId: string | null;
}

/** The signed-in person a request or a command acts for. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: string;
  isAdmin: boolean;
  memberships: ActorMembership[];
}

/** The ids of the organisations of one kind the actor belongs to, in any role or in the given ones. */
export function organisationIds(actor: Actor, kind: OrganisationKind, roles?: Role[]): string[] {
  return actor.memberships
    .filter((m) => m.organisationKind === kind && (!roles || roles.includes(m.role)))
    .map((m) => m.organisationId as string);
}

export function hasRole(actor: Actor, role: Role): boolean {
  return role === Role.Admin ? actor.isAdmin : actor.memberships.some((m) => m.role === role);
}
