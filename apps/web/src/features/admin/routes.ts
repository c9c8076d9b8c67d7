import { createRoute, lazyRouteComponent, notFound, Outlet } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root';

/**
 * The administration under /admin, only for administrators (the API refuses the others anyway;
 * here they find nothing). Its screens load when first opened: nobody else downloads them.
 */
export const adminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin',
  beforeLoad: ({ context }) => {
    // TanStack Router's way to show "not found" is to throw it.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!context.me.isAdmin) throw notFound();
  },
  component: Outlet,
});

const child = (path: string, load: () => Promise<Record<string, unknown>>, name: string) =>
  createRoute({
    getParentRoute: () => adminRoute,
    path,
    component: lazyRouteComponent(load as () => Promise<Record<string, () => null>>, name),
  });

export const overviewRoute = child('/', () => import('./overview'), 'AdminOverview');
export const schoolsRoute = child('schools', () => import('./schools'), 'SchoolsScreen');
export const schoolRoute = child('schools/$schoolId', () => import('./school'), 'SchoolScreen');
export const companiesRoute = child('companies', () => import('./companies'), 'CompaniesScreen');
export const companyRoute = child(
  'companies/$companyId',
  () => import('./companies'),
  'CompanyScreen',
);
export const partnersRoute = child('partners', () => import('./partners'), 'PartnersScreen');
export const partnerRoute = child(
  'partners/$partnerId',
  () => import('./partners'),
  'PartnerScreen',
);
export const peopleRoute = child('people', () => import('./people'), 'PeopleScreen');
export const personRoute = child('people/$userId', () => import('./person'), 'PersonScreen');
export const adoptionsRoute = child('adoptions', () => import('./adoptions'), 'AdoptionsScreen');
export const deliveriesRoute = child(
  'deliveries',
  () => import('./deliveries'),
  'DeliveriesScreen',
);
export const sweepsRoute = child('sweeps', () => import('./sweeps'), 'SweepsScreen');

export const adminRoutes = [
  adminRoute.addChildren([
    overviewRoute,
    schoolsRoute,
    schoolRoute,
    companiesRoute,
    companyRoute,
    partnersRoute,
    partnerRoute,
    peopleRoute,
    personRoute,
    adoptionsRoute,
    deliveriesRoute,
    sweepsRoute,
  ]),
];
