import { queryOptions } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../api/client';

export type DonationProgramme = Schemas['DonationProgrammeDto'];
export type Allocation = Schemas['AllocationDto'];
export type AllocationDetail = Schemas['AllocationDetailDto'];

export const donationProgrammesQuery = queryOptions({
  queryKey: ['donation-programmes'],
  queryFn: () =>
    data(api.GET('/api/v1/donation-programmes', { params: { query: { limit: 200 } } })),
});

export const donationProgrammeQuery = (id: string) =>
  queryOptions({
    queryKey: ['donation-programmes', id],
    queryFn: () => data(api.GET('/api/v1/donation-programmes/{id}', { params: { path: { id } } })),
  });

export const allocationsQuery = (programmeId: string) =>
  queryOptions({
    queryKey: ['donation-programmes', programmeId, 'allocations'],
    queryFn: () =>
      data(
        api.GET('/api/v1/donation-programmes/{id}/allocations', {
          params: { path: { id: programmeId }, query: { limit: 200 } },
        }),
      ),
  });

export const allocationQuery = (id: string) =>
  queryOptions({
    queryKey: ['allocations', id],
    queryFn: () => data(api.GET('/api/v1/allocations/{id}', { params: { path: { id } } })),
  });
