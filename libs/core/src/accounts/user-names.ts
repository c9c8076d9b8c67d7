import { EntityManager, In } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * The names of many people at once, by id: what a screen needs to name the people an object
 * refers to without reading each of them. Ids given more than once, or null, are asked once.
 */
export async function namesOf(
  manager: EntityManager,
  userIds: Iterable<string | null>,
): Promise<Map<string, string>> {
  const ids = [...new Set([...userIds].filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await manager.find(UserEntity, {
    where: { id: In(ids) },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}
