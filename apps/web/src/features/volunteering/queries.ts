import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';

/** Everything a volunteer's own place or commitment changes, under one key to refetch. */
export const VOLUNTEERING_KEY = ['volunteering'] as const;

export const weekShiftsQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: [...VOLUNTEERING_KEY, 'shifts', from, to],
    queryFn: () => data(api.GET('/api/v1/shifts', { params: { query: { from, to } } })),
  });

export const shiftQuery = (id: string) =>
  queryOptions({
    queryKey: [...VOLUNTEERING_KEY, 'shift', id],
    queryFn: () => data(api.GET('/api/v1/shifts/{id}', { params: { path: { id } } })),
  });

export const programmeQuery = (id: string) =>
  queryOptions({
    queryKey: ['programmes', id],
    queryFn: () => data(api.GET('/api/v1/programmes/{id}', { params: { path: { id } } })),
  });

export const programmesQuery = queryOptions({
  queryKey: ['programmes', 'list'],
  queryFn: () => data(api.GET('/api/v1/programmes', { params: { query: { limit: 200 } } })),
});

export const mySignupsQuery = queryOptions({
  queryKey: [...VOLUNTEERING_KEY, 'my-signups'],
  queryFn: () => data(api.GET('/api/v1/me/signups')),
});

export const myCommitmentsQuery = queryOptions({
  queryKey: [...VOLUNTEERING_KEY, 'my-commitments'],
  queryFn: () => data(api.GET('/api/v1/me/commitments')),
});

export const myHoursQuery = queryOptions({
  queryKey: ['me', 'hours'],
  queryFn: () => data(api.GET('/api/v1/me/hours')),
});

/** Refetches every list of shifts and places once a place or a commitment changed. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: VOLUNTEERING_KEY });
}

/** Take a place (or a place on the waiting list) on a shift. */
export function useSignUp() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (shiftId: string) =>
      data(api.POST('/api/v1/shifts/{id}/signups', { params: { path: { id: shiftId } } })),
    onSettled: refresh,
  });
}

/** Give up a place or leave the waiting list. */
export function useGiveUp() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (shiftId: string) =>
      data(api.DELETE('/api/v1/shifts/{id}/signups/me', { params: { path: { id: shiftId } } })),
    onSettled: refresh,
  });
}

export function useCommit() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (programmeId: string) =>
      data(
        api.POST('/api/v1/programmes/{id}/commitments', { params: { path: { id: programmeId } } }),
      ),
    onSettled: refresh,
  });
}

export function useEndCommitment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (programmeId: string) =>
      data(
        api.DELETE('/api/v1/programmes/{id}/commitments/me', {
          params: { path: { id: programmeId } },
        }),
      ),
    onSettled: refresh,
  });
}
