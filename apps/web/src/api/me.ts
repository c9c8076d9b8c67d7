import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from './client';
import { meQuery } from './queries';

/** Changes the signed-in person's name, language or zone; the app, mails and feed follow. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { name?: string; locale?: 'da' | 'en'; timezone?: string | null }) =>
      data(api.PATCH('/api/v1/me', { body: change })),
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
  });
}
