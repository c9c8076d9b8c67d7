import type { Feature } from '../feature';
import { visitsRoutes } from './routes';
import { visitsTexts } from './texts';

export const visits: Feature = {
  routes: visitsRoutes,
  navItems: [
    { to: '/adoptions', labelKey: 'nav.adoptions', roles: ['teacher', 'contact'] },
    { to: '/visits', labelKey: 'nav.visits', roles: ['teacher', 'contact'] },
  ],
  texts: visitsTexts,
};
