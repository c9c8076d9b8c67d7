import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root';
import { AdoptionScreen } from './adoption-screen';
import { AdoptionsScreen } from './adoptions-screen';
import type { VisitKind } from './types';
import { VisitsScreen } from './visits-screen';

export const adoptionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/adoptions',
  component: AdoptionsScreen,
});

export const adoptionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/adoptions/$adoptionId',
  component: AdoptionScreen,
});

// The proposal and the visit run the calendar rules in the browser (libs/calendar and luxon),
// so they load when first opened, not with the app.
export const proposeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/adoptions/$adoptionId/propose',
  validateSearch: (search: Record<string, unknown>): { kind?: VisitKind } =>
    search.kind === 'class-visit' || search.kind === 'preparation' ? { kind: search.kind } : {},
  component: lazyRouteComponent(() => import('./propose-screen'), 'ProposeScreen'),
});

export const visitsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/visits',
  component: VisitsScreen,
});

export const visitRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/visits/$visitId',
  component: lazyRouteComponent(() => import('./visit-screen'), 'VisitScreen'),
});

export const visitsRoutes = [adoptionsRoute, adoptionRoute, proposeRoute, visitsRoute, visitRoute];
