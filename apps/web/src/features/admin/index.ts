import type { Feature } from '../feature';
import { adminRoutes } from './routes';
import { texts } from './texts';

export const admin: Feature = {
  routes: adminRoutes,
  navItems: [{ to: '/admin', labelKey: 'nav.admin', roles: ['admin'] }],
  texts,
};
