import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root';

// The screens load when first opened: the programme form brings the calendar rules (luxon).
export const programmesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/programmes',
  component: lazyRouteComponent(() => import('./programmes-screen'), 'ProgrammesScreen'),
});

export const newProgrammeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/programmes/new',
  component: lazyRouteComponent(() => import('./new-programme-screen'), 'NewProgrammeScreen'),
});

export const programmeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/programmes/$programmeId',
  component: lazyRouteComponent(() => import('./programme-screen'), 'ProgrammeScreen'),
});

export const programmeShiftRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/programmes/$programmeId/shifts/$shiftId',
  component: lazyRouteComponent(() => import('./shift-screen'), 'ShiftScreen'),
});
