import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root';

export const donationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/donations',
  component: lazyRouteComponent(() => import('./donations-screen'), 'DonationsScreen'),
});

export const donationProgrammeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/donations/$programmeId',
  component: lazyRouteComponent(() => import('./programme-screen'), 'DonationProgrammeScreen'),
});

// Mails link here: `/donations/allocations/:id`. More specific than `$programmeId`, so it wins.
export const allocationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/donations/allocations/$allocationId',
  component: lazyRouteComponent(() => import('./allocation-screen'), 'AllocationScreen'),
});
