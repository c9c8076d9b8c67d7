import { queryOptions } from '@tanstack/react-query';
import { api, ApiError, data } from './client';

/** The signed-in person, or null when nobody is signed in (the API answers 401). */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    try {
      return await data(api.GET('/api/v1/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export const calendarQuery = queryOptions({
  queryKey: ['me', 'calendar'],
  queryFn: () => data(api.GET('/api/v1/me/calendar')),
});
