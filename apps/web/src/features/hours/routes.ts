import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root';
import { periodSearch } from './period';
import type { Period } from './queries';

export const hoursRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/adoptions/$adoptionId/hours',
  component: lazyRouteComponent(() => import('./hours-screen'), 'HoursScreen'),
});

export const classesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/classes',
  component: lazyRouteComponent(() => import('./classes-screen'), 'ClassesScreen'),
});

export const reportsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/reports',
  component: lazyRouteComponent(() => import('./reports-screen'), 'ReportsScreen'),
});

export const companyReportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/reports/companies/$companyId',
  validateSearch: periodSearch,
  component: lazyRouteComponent(() => import('./company-report'), 'CompanyReportScreen'),
});

export const programmeReportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/reports/programmes/$programmeId',
  validateSearch: periodSearch,
  component: lazyRouteComponent(() => import('./programme-report'), 'ProgrammeReportScreen'),
});

export const hoursRoutes = [
  hoursRoute,
  classesRoute,
  reportsRoute,
  companyReportRoute,
  programmeReportRoute,
];

// The route tree is put together from every area, so its parameters are not typed by path here.
export const useAdoptionId = () =>
  hoursRoute.useParams({ select: (params: { adoptionId: string }) => params.adoptionId });
export const useCompanyId = () =>
  companyReportRoute.useParams({ select: (params: { companyId: string }) => params.companyId });
export const useProgrammeId = () =>
  programmeReportRoute.useParams({
    select: (params: { programmeId: string }) => params.programmeId,
  });
export const useCompanyPeriod = () =>
  companyReportRoute.useSearch({ select: (search: Partial<Period>) => search });
export const useProgrammePeriod = () =>
  programmeReportRoute.useSearch({ select: (search: Partial<Period>) => search });
