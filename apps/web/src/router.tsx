import { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { ApiError } from './api/client';
import { FEATURES } from './features';
import { everyoneRoutes, loginRoute } from './routes/everyone';
import { rootRoute, signedInRoute } from './routes/root';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal will not change by asking again; a network failure may.
      retry: (count, error) => !(error instanceof ApiError) && count < 2,
      staleTime: 15_000,
    },
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  signedInRoute.addChildren([...everyoneRoutes, ...FEATURES.flatMap((feature) => feature.routes)]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
