import type { Feature } from '../feature';
import { newProgrammeRoute, programmeRoute, programmeShiftRoute, programmesRoute } from './routes';
import { texts } from './texts';

/** The coordinator's programmes: schedule, places, shifts, rosters, attendance, cancellations. */
export const coordination: Feature = {
  routes: [programmesRoute, newProgrammeRoute, programmeRoute, programmeShiftRoute],
  navItems: [{ to: '/programmes', labelKey: 'coordination.nav', roles: ['coordinator'] }],
  texts,
};
