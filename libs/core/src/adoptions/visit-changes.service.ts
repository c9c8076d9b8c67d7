import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../accounts/actor';
import { UserEntity } from '../accounts/user.entity';
import { withConstraintsAsConflicts } from '../errors/database-conflicts';
import { AdoptionContext, loadAdoptionContext } from './adoption-context';
import { hostsOf } from './visit-hosts';
import { VisitReader } from './visit-reader.service';
import { VISIT_CONFLICTS } from './visit-rules';
import { VisitEntity } from './visit.entity';

/** The one way visits change: in a transaction, with the adoption's row locked first. */
@Injectable()
export class VisitChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: VisitReader,
  ) {}

  /** Runs a change of an adoption's visits with the adoption locked; database rules become 409s. */
  change<T>(
    adoptionId: string,
    work: (manager: EntityManager, context: AdoptionContext) => Promise<T>,
  ): Promise<T> {
    return withConstraintsAsConflicts(VISIT_CONFLICTS, () =>
      this.dataSource.transaction(async (manager) =>
        work(manager, await loadAdoptionContext(manager, adoptionId, true)),
      ),
    );
  }

  /**
   * Runs a change of one visit the actor may see: the adoption locked first, then the visit's
   * row, as every path that changes visits does; the work gets the visit's current hosts.
   */
  async changeVisit(
    actor: Actor,
    visitId: string,
    work: (
      manager: EntityManager,
      context: AdoptionContext,
      visit: VisitEntity,
      hosts: UserEntity[],
    ) => Promise<void>,
  ): Promise<void> {
    const { adoptionId } = await this.reader.visible(actor, visitId);
    await this.change(adoptionId, async (manager, context) => {
      const visit = await manager.findOneOrFail(VisitEntity, {
        where: { id: visitId },
        lock: { mode: 'pessimistic_write' },
      });
      await work(manager, context, visit, await hostsOf(manager, visitId));
    });
  }
}
