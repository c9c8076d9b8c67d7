import { queryOptions } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../api/client';

export type Programme = Schemas['ProgrammeDto'];
export type Shift = Schemas['ShiftDto'];
export type ShiftDetail = Schemas['ShiftDetailDto'];
export type Signup = Schemas['SignupDto'];

/** Follows a list's cursor to its end: the lists a form chooses from are short. */
async function allPages<T>(
  page: (cursor?: string) => Promise<{ items: T[]; next: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let round = 0; round < 20; round++) {
    const answer = await page(cursor);
    items.push(...answer.items);
    if (!answer.next) break;
    cursor = answer.next;
  }
  return items;
}

export const programmesQuery = queryOptions({
  queryKey: ['programmes'],
  queryFn: () =>
    allPages((cursor) =>
      data(api.GET('/api/v1/programmes', { params: { query: { limit: 200, cursor } } })),
    ),
});

export const programmeQuery = (id: string) =>
  queryOptions({
    queryKey: ['programmes', id],
    queryFn: () => data(api.GET('/api/v1/programmes/{id}', { params: { path: { id } } })),
  });

/** The programme's shifts from today to the end of its horizon (the API's default range). */
export const programmeShiftsQuery = (id: string) =>
  queryOptions({
    queryKey: ['programmes', id, 'shifts'],
    queryFn: () => data(api.GET('/api/v1/programmes/{id}/shifts', { params: { path: { id } } })),
  });

export const shiftQuery = (id: string) =>
  queryOptions({
    queryKey: ['shifts', id],
    queryFn: () => data(api.GET('/api/v1/shifts/{id}', { params: { path: { id } } })),
  });

/** The partner organisations the signed-in person may see (admins: all). */
export const partnersQuery = queryOptions({
  queryKey: ['partners'],
  queryFn: () =>
    allPages((cursor) =>
      data(api.GET('/api/v1/partners', { params: { query: { limit: 200, cursor } } })),
    ),
  staleTime: 300_000,
});

/** Every company by name: the ones a programme may name. */
export const companiesQuery = queryOptions({
  queryKey: ['companies', 'directory'],
  queryFn: () =>
    allPages((cursor) =>
      data(api.GET('/api/v1/companies/directory', { params: { query: { limit: 200, cursor } } })),
    ),
  staleTime: 300_000,
});

/** The coordinators of a partner organisation: who may run its programmes. */
export const coordinatorsQuery = (partnerId: string) =>
  queryOptions({
    queryKey: ['users', { organisationId: partnerId, role: 'coordinator' }],
    queryFn: () =>
      allPages((cursor) =>
        data(
          api.GET('/api/v1/users', {
            params: {
              query: { organisationId: partnerId, role: 'coordinator', limit: 200, cursor },
            },
          }),
        ),
      ),
    enabled: Boolean(partnerId),
  });
