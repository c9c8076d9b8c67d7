import { EntityManager, In, IsNull } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { InvalidFieldError } from '../errors/domain-error';
import { AdoptionContext, sidesOf } from './adoption-context';
import { VisitHostEntity } from './visit-host.entity';

/** How many people a visit may have besides the class's teachers and the contact person. */
export const MAX_VISIT_HOSTS = 10;

/** The people a visit has now besides the two sides, in the order they were added. */
export function hostsOf(manager: EntityManager, visitId: string): Promise<UserEntity[]> {
  return manager
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .innerJoin(VisitHostEntity, 'host', 'host.user_id = user.id')
    .where('host.visit_id = :visitId AND host.removed_at IS NULL', { visitId })
    .orderBy('host.added_at', 'ASC')
    .addOrderBy('user.name', 'ASC')
    .addOrderBy('user.id', 'ASC')
    .getMany();
}

/** The current hosts of many visits at once, by visit, in the same order as `hostsOf`. */
export async function hostIdsOf(
  manager: EntityManager,
  visitIds: string[],
): Promise<Map<string, string[]>> {
  const byVisit = new Map<string, string[]>(visitIds.map((id) => [id, []]));
  if (visitIds.length === 0) return byVisit;
  const rows = await manager.find(VisitHostEntity, {
    where: { visitId: In(visitIds), removedAt: IsNull() },
    relations: { user: true },
    order: { addedAt: 'ASC', user: { name: 'ASC', id: 'ASC' } },
  });
  for (const row of rows) byVisit.get(row.visitId)?.push(row.userId);
  return byVisit;
}

export function isHost(manager: EntityManager, visitId: string, userId: string): Promise<boolean> {
  return manager.exists(VisitHostEntity, { where: { visitId, userId, removedAt: IsNull() } });
}

/**
 * The people named as a visit's hosts: each must belong to the adopting company or to the class's
 * school, and not be one of the two sides, who take part anyway.
 */
export async function findHosts(
  manager: EntityManager,
  context: AdoptionContext,
  hostIds: string[],
): Promise<UserEntity[]> {
  const ids = [...new Set(hostIds)];
  if (ids.length === 0) return [];
  const sides = new Set(sidesOf(context).map((user) => user.id));
  if (ids.some((id) => sides.has(id))) {
    throw new InvalidFieldError(
      'visit.host-takes-part',
      'hostIds',
      "must not name the class's teachers or the adoption's contact person, who take part already",
    );
  }
  const users = await manager
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .where('user.id IN (:...ids)', { ids })
    .andWhere(
      `EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = "user".id
                 AND (m.company_id = :companyId OR m.school_id = :schoolId))`,
      { companyId: context.company.id, schoolId: context.school.id },
    )
    .getMany();
  if (users.length !== ids.length) {
    throw new InvalidFieldError(
      'visit.host-not-in-partnership',
      'hostIds',
      `must be people of ${context.company.name} or ${context.school.name}`,
    );
  }
  const byId = new Map(users.map((user) => [user.id, user]));
  return ids.map((id) => byId.get(id)!);
}

/**
 * Makes `hosts` the visit's hosts in place of its `current` ones: new ones are added (again, if
 * they were taken off before), those no longer named are taken off. Says who was added and who
 * was taken off.
 */
export async function replaceHosts(
  manager: EntityManager,
  visitId: string,
  current: UserEntity[],
  hosts: UserEntity[],
  now: Date,
): Promise<{ added: UserEntity[]; removed: UserEntity[] }> {
  const currentIds = new Set(current.map((user) => user.id));
  const wantedIds = new Set(hosts.map((user) => user.id));
  const added = hosts.filter((user) => !currentIds.has(user.id));
  const removed = current.filter((user) => !wantedIds.has(user.id));
  if (added.length > 0) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(VisitHostEntity)
      .values(added.map((user) => ({ visitId, userId: user.id, addedAt: now, removedAt: null })))
      .orUpdate(['added_at', 'removed_at'], ['visit_id', 'user_id'])
      .execute();
  }
  if (removed.length > 0) {
    await manager.update(
      VisitHostEntity,
      { visitId, userId: In(removed.map((user) => user.id)) },
      { removedAt: now },
    );
  }
  return { added, removed };
}
