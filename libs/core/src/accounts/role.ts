export enum Role {
  Admin = 'admin',
  Teacher = 'teacher',
  Contact = 'contact',
  Volunteer = 'volunteer',
  Coordinator = 'coordinator',
}

export type OrganisationKind = 'school' | 'company' | 'partner';

/** The kind of organisation a role belongs to; an admin belongs to none. */
export const ORGANISATION_OF_ROLE: Record<Role, OrganisationKind | null> = {
  [Role.Admin]: null,
  [Role.Teacher]: 'school',
  [Role.Contact]: 'company',
  [Role.Volunteer]: 'company',
  [Role.Coordinator]: 'partner',
};

export enum Locale {
  Danish = 'da',
  English = 'en',
}
