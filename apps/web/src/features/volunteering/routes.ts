import { createRoute } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root';
import { MyShiftsScreen } from './my-shifts-screen';
import { ShiftScreen } from './shift-screen';
import { ShiftsScreen, validateWeekSearch } from './shifts-screen';

export const shiftsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/shifts',
  validateSearch: validateWeekSearch,
  component: ShiftsScreen,
});

export const shiftRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/shifts/$shiftId',
  component: ShiftScreen,
});

export const myShiftsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/my-shifts',
  component: MyShiftsScreen,
});
