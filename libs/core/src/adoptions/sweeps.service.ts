import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { loadAdoptionContext } from './adoption-context';
import { AdoptionStatus } from './adoption.entity';
import { AdoptionsService } from './adoptions.service';
import { hostsOf } from './visit-hosts';
import { VisitRecorder } from './visit-recorder.service';
import { VisitEntity, VisitStatus } from './visit.entity';

const BATCH = 100;

/**
 * The adoption lifecycle sweeps, on the application clock. Each claims its rows with SKIP LOCKED and
 * changes only rows still in the state it looks for, so a rerun or a second worker does nothing
 * twice.
 */
@Injectable()
export class SweepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly recorder: VisitRecorder,
    private readonly adoptions: AdoptionsService,
  ) {}

  /**
   * Confirmed visits whose end has passed become completed and log their hours. Each is done in
   * its own transaction that locks the adoption first, as every other change of a visit does, so
   * a sweep and a person never wait on each other in opposite order.
   */
  async completeVisits(): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.dataSource.query<{ id: string; adoption_id: string }[]>(
        `SELECT id, adoption_id FROM visits
         WHERE status = 'confirmed' AND end_at <= $1 ORDER BY end_at LIMIT $2`,
        [this.clock.now(), BATCH],
      );
      for (const row of due) {
        const completed = await this.dataSource.transaction(async (manager) => {
          const context = await loadAdoptionContext(manager, row.adoption_id, true);
          const visit = await manager.findOne(VisitEntity, {
            where: { id: row.id },
            lock: { mode: 'pessimistic_write' },
          });
          // Another worker, or a person, got there first.
          if (visit?.status !== VisitStatus.Confirmed || visit.end! > this.clock.now()) return 0;
          await this.recorder.complete(
            manager,
            context,
            visit,
            null,
            await hostsOf(manager, visit.id),
          );
          return 1;
        });
        total += completed;
      }
      if (due.length < BATCH) return total;
    }
  }

  /** Active adoptions past their end date (in the school's zone) become completed. */
  async endAdoptions(): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const rows = await manager.query<{ id: string }[]>(
          `SELECT adoptions.id FROM adoptions
           JOIN classes ON classes.id = adoptions.class_id
           JOIN schools ON schools.id = classes.school_id
           WHERE adoptions.status = 'active'
             AND adoptions.ends_on < ($1::timestamptz AT TIME ZONE schools.timezone)::date
           ORDER BY adoptions.ends_on LIMIT $2 FOR UPDATE OF adoptions SKIP LOCKED`,
          [this.clock.now(), BATCH],
        );
        for (const row of rows) {
          const context = await loadAdoptionContext(manager, row.id);
          await this.adoptions.close(manager, context, AdoptionStatus.Completed, null, null);
        }
        return rows.length;
      });
      total += done;
      if (done < BATCH) return total;
    }
  }
}
