import type { Feature } from '../feature';
import { hoursRoutes } from './routes';
import { hoursTexts } from './texts';

export const hours: Feature = {
  routes: hoursRoutes,
  navItems: [
    { to: '/classes', labelKey: 'hours.nav.classes', roles: ['teacher'] },
    { to: '/reports', labelKey: 'nav.reports', roles: ['contact', 'coordinator'] },
  ],
  texts: hoursTexts,
};
