import { createRoute } from '@tanstack/react-router';
import { CalendarScreen } from '../screens/calendar';
import { HomeScreen } from '../screens/home';
import { LoginScreen } from '../screens/login';
import { ProfileScreen } from '../screens/profile';
import { rootRoute, signedInRoute } from './root';

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { next?: string } =>
    typeof search.next === 'string' && search.next.startsWith('/') && !search.next.startsWith('//')
      ? { next: search.next }
      : {},
  component: LoginScreen,
});

export const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: HomeScreen,
});

export const calendarRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/calendar',
  component: CalendarScreen,
});

export const profileRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/profile',
  component: ProfileScreen,
});

export const everyoneRoutes = [homeRoute, calendarRoute, profileRoute];
