import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../api/client';
import type { Adoption, AdoptionSchool, Side, Visit } from './types';

const PAGE = 200;

/** Every page of a list, one after the other: a person has tens of adoptions and visits, not thousands. */
async function allPages<T>(
  read: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor);
  return items;
}

export const adoptionsQuery = queryOptions({
  queryKey: ['adoptions'],
  queryFn: () =>
    allPages(
      (cursor) =>
        data(
          api.GET('/api/v1/adoptions', { params: { query: { limit: PAGE, cursor } } }),
        ) as Promise<{ items: Adoption[]; next: string | null }>,
    ),
});

export const adoptionQuery = (id: string) =>
  queryOptions({
    queryKey: ['adoptions', id],
    queryFn: () =>
      data(api.GET('/api/v1/adoptions/{id}', { params: { path: { id } } })) as Promise<Adoption>,
  });

export const adoptionHoursQuery = (id: string) =>
  queryOptions({
    queryKey: ['adoptions', id, 'hours'],
    queryFn: () => data(api.GET('/api/v1/adoptions/{id}/hours', { params: { path: { id } } })),
  });

export const visitsQuery = queryOptions({
  queryKey: ['visits'],
  queryFn: () =>
    allPages(
      (cursor) =>
        data(api.GET('/api/v1/visits', { params: { query: { limit: PAGE, cursor } } })) as Promise<{
          items: Visit[];
          next: string | null;
        }>,
    ),
});

export const visitQuery = (id: string) =>
  queryOptions({
    queryKey: ['visits', id],
    queryFn: () =>
      data(api.GET('/api/v1/visits/{id}', { params: { path: { id } } })) as Promise<Visit>,
  });

/** The people of an organisation, to choose a visit's hosts among. */
export const colleaguesQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['users', { organisationId }],
    queryFn: () =>
      allPages((cursor) =>
        data(
          api.GET('/api/v1/users', {
            params: { query: { organisationId, limit: PAGE, cursor } },
          }),
        ),
      ),
    staleTime: 60_000,
  });

/** After a visit changes: its page, the lists and the adoption's terms all show it. */
export async function visitChanged(queryClient: QueryClient, visit: Visit): Promise<void> {
  queryClient.setQueryData(visitQuery(visit.id).queryKey, visit);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['visits'] }),
    queryClient.invalidateQueries({ queryKey: ['adoptions', visit.adoptionId] }),
  ]);
}

/**
 * The side the signed-in person takes in an adoption's visits: the contact person answers for
 * the company, the class's teachers for the school; anyone else only looks.
 */
export function sideIn(me: Schemas['UserDto'], adoption: Adoption): Side | null {
  if (adoption.contactPersonId === me.id) return 'company';
  if (adoption.teachers) return adoption.teachers.some((t) => t.id === me.id) ? 'school' : null;
  return me.memberships.some((m) => m.role === 'teacher') ? 'school' : null;
}

/** The organisation whose people may host a visit for this side. */
export function organisationOf(
  me: Schemas['UserDto'],
  adoption: Adoption,
  side: Side,
): string | undefined {
  if (side === 'company') return adoption.companyId;
  if (adoption.school) return adoption.school.id;
  const membership = me.memberships.find((m) => m.role === 'teacher');
  return membership?.organisationId ?? undefined;
}

/**
 * The school of an adoption with its calendar: named on the adoption, or, where the API does
 * not name it there, read through the class (which only the school's own people may).
 */
export const adoptionSchoolQuery = (adoption: Adoption) =>
  queryOptions({
    queryKey: ['adoptions', adoption.id, 'school'],
    queryFn: async (): Promise<AdoptionSchool> => {
      if (adoption.school) return adoption.school;
      const schoolClass = await data(
        api.GET('/api/v1/classes/{id}', { params: { path: { id: adoption.classId } } }),
      );
      return data(
        api.GET('/api/v1/schools/{id}', { params: { path: { id: schoolClass.schoolId } } }),
      );
    },
    staleTime: 60_000,
  });
