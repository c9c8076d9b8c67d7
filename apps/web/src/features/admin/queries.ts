import { queryOptions } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../api/client';

export type School = Schemas['SchoolDto'];
export type Company = Schemas['CompanyDto'];
export type Partner = Schemas['PartnerDto'];
export type User = Schemas['UserDto'];
export type Adoption = Schemas['AdoptionDto'];
export type SchoolClass = Schemas['ClassDto'];
export type Role = Schemas['MembershipDto']['role'];
export type SweepName = Schemas['SweepResultDto']['name'];

export const ROLES: Role[] = ['teacher', 'contact', 'volunteer', 'coordinator', 'admin'];
export const SWEEPS: SweepName[] = [
  'complete-visits',
  'end-adoptions',
  'materialise-shifts',
  'send-nudges',
  'purge-mail',
];

/** Which kind of organisation holds each role; an administrator belongs to none. */
export const ROLE_ORGANISATION: Record<Role, 'school' | 'company' | 'partner' | null> = {
  teacher: 'school',
  contact: 'company',
  volunteer: 'company',
  coordinator: 'partner',
  admin: null,
};

const PAGE = 200;

/** Every item of a paged list, page after page: the registers an admin chooses from are short. */
async function everyPage<T>(
  page: (cursor?: string) => Promise<{ items: T[]; next: string | null }>,
) {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const answer = await page(cursor);
    items.push(...answer.items);
    cursor = answer.next ?? undefined;
  } while (cursor);
  return items;
}

export const schoolsQuery = queryOptions({
  queryKey: ['admin', 'schools'],
  queryFn: () =>
    everyPage((cursor) =>
      data(api.GET('/api/v1/schools', { params: { query: { limit: PAGE, cursor } } })),
    ),
});

export const schoolQuery = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'schools', id],
    queryFn: () => data(api.GET('/api/v1/schools/{id}', { params: { path: { id } } })),
  });

export const companiesQuery = queryOptions({
  queryKey: ['admin', 'companies'],
  queryFn: () =>
    everyPage((cursor) =>
      data(api.GET('/api/v1/companies', { params: { query: { limit: PAGE, cursor } } })),
    ),
});

export const companyQuery = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'companies', id],
    queryFn: () => data(api.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
  });

export const partnersQuery = queryOptions({
  queryKey: ['admin', 'partners'],
  queryFn: () =>
    everyPage((cursor) =>
      data(api.GET('/api/v1/partners', { params: { query: { limit: PAGE, cursor } } })),
    ),
});

export const partnerQuery = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'partners', id],
    queryFn: () => data(api.GET('/api/v1/partners/{id}', { params: { path: { id } } })),
  });

export const usersQuery = (filter: { organisationId?: string; role?: Role }) =>
  queryOptions({
    queryKey: ['admin', 'users', filter],
    queryFn: () =>
      everyPage((cursor) =>
        data(api.GET('/api/v1/users', { params: { query: { limit: PAGE, cursor, ...filter } } })),
      ),
  });

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'users', 'one', id],
    queryFn: () => data(api.GET('/api/v1/users/{id}', { params: { path: { id } } })),
  });

export const classesQuery = (schoolId: string) =>
  queryOptions({
    queryKey: ['admin', 'classes', schoolId],
    queryFn: () =>
      data(api.GET('/api/v1/schools/{id}/classes', { params: { path: { id: schoolId } } })),
  });

export const adoptionsQuery = queryOptions({
  queryKey: ['admin', 'adoptions'],
  queryFn: () =>
    everyPage((cursor) =>
      data(api.GET('/api/v1/adoptions', { params: { query: { limit: PAGE, cursor } } })),
    ),
});

export const failedDeliveriesQuery = queryOptions({
  queryKey: ['admin', 'deliveries', 'failed'],
  queryFn: () =>
    everyPage((cursor) =>
      data(
        api.GET('/api/v1/admin/deliveries', {
          params: { query: { limit: PAGE, cursor, status: 'failed' } },
        }),
      ),
    ),
});
