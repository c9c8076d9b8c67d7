import type { Schemas } from '../api/client';
import { FEATURES } from '../features';
import type { NavItem } from '../features/feature';

export type Role = Schemas['MembershipDto']['role'];

/**
 * The main navigation, in order. Each screen's route decides what it shows; this only links.
 * Read when asked, not when this module loads: the areas' routes import the layout, which
 * imports this, while the areas are still loading.
 */
export function navItems(): NavItem[] {
  return [
    { to: '/', labelKey: 'nav.home', roles: [] },
    ...FEATURES.flatMap((feature) => feature.navItems),
    { to: '/calendar', labelKey: 'nav.calendar', roles: [] },
    { to: '/profile', labelKey: 'nav.profile', roles: [] },
  ];
}

export function rolesOf(me: Schemas['UserDto']): Set<Role> {
  return new Set(me.memberships.map((membership) => membership.role));
}

export function visibleItems(me: Schemas['UserDto']): NavItem[] {
  const roles = rolesOf(me);
  return navItems().filter(
    (item) => me.isAdmin || item.roles.length === 0 || item.roles.some((role) => roles.has(role)),
  );
}
