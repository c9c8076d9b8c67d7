import { EntityManager } from 'typeorm';
import { Actor } from '../accounts/actor';
import { canSeeProgramme } from './programme-access';
import { ShiftEntity } from './shift.entity';
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

/** A programme the actor may see; to anyone else it does not exist. */
export async function findVisibleProgramme(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<ProgrammeEntity> {
  const programme = await loadProgramme(manager, id);
  if (!canSeeProgramme(actor, programme)) throw new NotFoundError('programme');
  return programme;
}

/** A shift, with its programme, that the actor may see; to anyone else it does not exist. */
export async function findVisibleShift(
  manager: EntityManager,
  actor: Actor,
  shiftId: string,
): Promise<{ shift: ShiftEntity; programme: ProgrammeEntity }> {
  const shift = await manager.findOneBy(ShiftEntity, { id: shiftId });
  if (!shift) throw new NotFoundError('shift');
  const programme = await loadProgramme(manager, shift.programmeId);
  if (!canSeeProgramme(actor, programme)) throw new NotFoundError('shift');
  return { shift, programme };
}

/** A shift's row, locked for the rest of the transaction: it holds capacity and arrival order. */
export async function lockShift(manager: EntityManager, shiftId: string): Promise<ShiftEntity> {
  const shift = await manager.findOne(ShiftEntity, {
    where: { id: shiftId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!shift) throw new NotFoundError('shift');
  return shift;
}
