import type { Feature } from '../feature';
import { myShiftsRoute, shiftRoute, shiftsRoute } from './routes';
import { texts } from './texts';

/** The volunteer's side: the week of shifts, one shift, and their own places and hours. */
export const volunteering: Feature = {
  routes: [shiftsRoute, shiftRoute, myShiftsRoute],
  navItems: [
    { to: '/shifts', labelKey: 'nav.shifts', roles: ['volunteer'] },
    { to: '/my-shifts', labelKey: 'nav.myShifts', roles: ['volunteer'] },
  ],
  texts,
};
