import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../accounts/actor';
import { ConflictError } from '../errors/domain-error';
import { findVisibleAdoption } from './adoption-access';
import { loadAdoptionContext } from './adoption-context';
import { AdoptionEntity, AdoptionStatus } from './adoption.entity';
import { AdoptionsService, AdoptionView } from './adoptions.service';

export interface ChangeAdoption {
  hoursBudgetPerTerm?: number;
}

/** What an admin may change of an adoption once it runs: the contact person's budget. */
@Injectable()
export class AdoptionChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly adoptions: AdoptionsService,
  ) {}

  /**
   * Sets the contact person's hours per term, for every term of the adoption: reports and the
   * adoption's terms weigh the hours logged against it. A finished adoption is history.
   */
  async update(actor: Actor, id: string, patch: ChangeAdoption): Promise<AdoptionView> {
    await findVisibleAdoption(this.dataSource.manager, actor, id);
    await this.dataSource.transaction(async (manager) => {
      const { adoption } = await loadAdoptionContext(manager, id, true);
      if (adoption.status !== AdoptionStatus.Active) {
        throw new ConflictError(
          'adoption.not-active',
          `The adoption is ${adoption.status}; its budget is part of its history.`,
        );
      }
      if (patch.hoursBudgetPerTerm !== undefined) {
        await manager.update(AdoptionEntity, id, { hoursBudgetPerTerm: patch.hoursBudgetPerTerm });
      }
    });
    return this.adoptions.get(actor, id);
  }
}
