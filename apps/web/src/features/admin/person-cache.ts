import { useQueryClient } from '@tanstack/react-query';
import { type User, userQuery } from './queries';

/** Sets the cached person to what the API answered, and lets the lists of people ask again. */
export function usePersonUpdate() {
  const queryClient = useQueryClient();
  return async (person: User) => {
    queryClient.setQueryData(userQuery(person.id).queryKey, person);
    await queryClient.invalidateQueries({
      queryKey: ['admin', 'users'],
      predicate: (query) => query.queryKey[2] !== 'one',
    });
  };
}
