import type { AnyRoute } from '@tanstack/react-router';
import type { Role } from '../components/nav';

/** A link in the main navigation. */
export interface NavItem {
  to: string;
  /** A translation key, e.g. `nav.calendar` or `visits.nav`. */
  labelKey: string;
  /** Shown to people with one of these roles; admins see everything. Empty: everyone. */
  roles: Role[];
}

type TextTree = { [key: string]: string | TextTree };

/**
 * One area of the app (visits, volunteering, …): its routes under the signed-in layout, its
 * navigation links, and its texts in both languages under its own key (`texts.en.visits…`).
 */
export interface Feature {
  routes: AnyRoute[];
  navItems: NavItem[];
  texts: { en: TextTree; da: TextTree };
}
