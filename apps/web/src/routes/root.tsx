import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, redirect } from '@tanstack/react-router';
import { meQuery } from '../api/queries';
import { takeNext } from './after-sign-in';
import { Layout } from '../components/layout';
import { NotFound } from '../screens/not-found';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFound,
});

/** Every screen but the sign-in form: nobody signed in is sent there, and comes back after. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    // TanStack Router's way to send someone elsewhere is to throw its redirect.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!me) throw redirect({ to: '/login', search: { next: location.href } });
    // Landed on the front page by the sign-in link: go on to the screen asked for before.
    const next = location.pathname === '/' ? takeNext() : null;
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (next) throw redirect({ href: next });
    return { me };
  },
});
