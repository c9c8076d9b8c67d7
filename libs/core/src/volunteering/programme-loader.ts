import { EntityManager } from 'typeorm';
import { NotFoundError } from '../errors/domain-error';
import { ProgrammeEntity } from './programme.entity';

/** A programme with its partner, companies, coordinators and closed dates. */
export async function loadProgramme(manager: EntityManager, id: string): Promise<ProgrammeEntity> {
  const programme = await manager.findOne(ProgrammeEntity, {
    where: { id },
    relations: { partner: true, companies: true, coordinators: true, closedDates: true },
  });
  if (!programme) throw new NotFoundError('programme');
  return programme;
}
