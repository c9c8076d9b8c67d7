import { queryOptions } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../api/client';

/** One adoption with its terms (dates, budget, hours logged). */
export const adoptionQuery = (id: string) =>
  queryOptions({
    queryKey: ['adoptions', id],
    queryFn: () => data(api.GET('/api/v1/adoptions/{id}', { params: { path: { id } } })),
  });

/** The adoption's hours: every entry, and per term the hours logged against the budget. */
export const hoursQuery = (id: string) =>
  queryOptions({
    queryKey: ['adoptions', id, 'hours'],
    queryFn: () => data(api.GET('/api/v1/adoptions/{id}/hours', { params: { path: { id } } })),
  });

export const schoolQuery = (id: string) =>
  queryOptions({
    queryKey: ['schools', id],
    queryFn: () => data(api.GET('/api/v1/schools/{id}', { params: { path: { id } } })),
    staleTime: 300_000,
  });

export const companyQuery = (id: string) =>
  queryOptions({
    queryKey: ['companies', id],
    queryFn: () => data(api.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
    staleTime: 300_000,
  });

/** A school's classes (the first hundred: a school has far fewer). */
export const schoolClassesQuery = (id: string) =>
  queryOptions({
    queryKey: ['schools', id, 'classes'],
    queryFn: () => data(api.GET('/api/v1/schools/{id}/classes', { params: { path: { id } } })),
  });

export const companiesQuery = queryOptions({
  queryKey: ['companies'],
  queryFn: () => data(api.GET('/api/v1/companies', { params: { query: { limit: 100 } } })),
  staleTime: 300_000,
});

export const programmesQuery = queryOptions({
  queryKey: ['programmes'],
  queryFn: () => data(api.GET('/api/v1/programmes', { params: { query: { limit: 100 } } })),
  staleTime: 60_000,
});

export interface Period {
  from: string;
  to: string;
}

export const companyReportQuery = (id: string, period: Period) =>
  queryOptions({
    queryKey: ['reports', 'companies', id, period],
    // Asked for as JSON, so the answer is the JSON one of its two types.
    queryFn: async () =>
      (await data(
        api.GET('/api/v1/reports/companies/{id}', {
          params: { path: { id }, query: { ...period, format: 'json' } },
        }),
      )) as Schemas['CompanyReportDto'],
  });

export const programmeReportQuery = (id: string, period: Period) =>
  queryOptions({
    queryKey: ['reports', 'programmes', id, period],
    queryFn: async () =>
      (await data(
        api.GET('/api/v1/reports/programmes/{id}', {
          params: { path: { id }, query: { ...period, format: 'json' } },
        }),
      )) as Schemas['ProgrammeReportDto'],
  });

/** The address of a report as CSV for the same period; the session cookie goes with a link. */
export function csvHref(kind: 'companies' | 'programmes', id: string, period: Period): string {
  const query = new URLSearchParams({ from: period.from, to: period.to, format: 'csv' });
  return `/api/v1/reports/${kind}/${encodeURIComponent(id)}?${query.toString()}`;
}
