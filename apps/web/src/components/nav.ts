import type { Schemas } from '../api/client';
import type { Texts } from '../i18n/en';

export type Role = Schemas['MembershipDto']['role'];

export interface NavItem {
  to: string;
  label: keyof Texts['nav'];
  /** Shown to people with one of these roles; admins see everything. Empty: everyone. */
  roles: Role[];
}

/** The main navigation, in order. Each screen's route decides what it shows; this only links. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'home', roles: [] },
  { to: '/calendar', label: 'calendar', roles: [] },
  { to: '/profile', label: 'profile', roles: [] },
];

export function rolesOf(me: Schemas['UserDto']): Set<Role> {
  return new Set(me.memberships.map((membership) => membership.role));
}

export function visibleItems(me: Schemas['UserDto']): NavItem[] {
  const roles = rolesOf(me);
  return NAV_ITEMS.filter(
    (item) => me.isAdmin || item.roles.length === 0 || item.roles.some((role) => roles.has(role)),
  );
}
