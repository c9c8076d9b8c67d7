import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { addDays, localDateOf, shiftOccurrences, ShiftOccurrence } from '@app/calendar';
import { transactionLock } from '@app/db/advisory-lock';
import { Clock } from '../clock/clock';
import { loadProgramme } from './programme-loader';
import { ProgrammeEntity } from './programme.entity';
import { ShiftEntity, ShiftStatus } from './shift.entity';
import { CommitmentsService } from './commitments.service';
import { CommitmentPlace } from './signups.service';

/**
 * Creates a programme's shifts for its rolling horizon. A unique key on (programme, start) makes
 * a rerun, or two workers at once, create each shift once; standing commitments are signed up
 * for each shift as it is created.
 */
@Injectable()
export class ShiftMaterialiser {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly commitments: CommitmentsService,
  ) {}

  /**
   * The shifts the schedule asks for from today to the horizon (or to a later local date), still
   * to start.
   */
  expected(programme: ProgrammeEntity, until?: string): ShiftOccurrence[] {
    const now = this.clock.now();
    const today = localDateOf(now, programme.timezone);
    const from = programme.startsOn > today ? programme.startsOn : today;
    const horizon = addDays(today, programme.horizonWeeks * 7);
    const last = until && until > horizon ? until : horizon;
    const to = programme.endsOn && programme.endsOn < last ? programme.endsOn : last;
    if (to < from) return [];
    return shiftOccurrences(programme, programme.timezone, programme.closedDates, from, to).filter(
      (occurrence) => occurrence.start.getTime() > now.getTime(),
    );
  }

  /** Materialises one programme in a transaction of its own; returns how many shifts it created. */
  materialise(programmeId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await transactionLock(manager, `programme:${programmeId}`);
      return this.materialiseIn(manager, await loadProgramme(manager, programmeId), 'day');
    });
  }

  /** Every programme that has not ended. */
  async materialiseAll(): Promise<number> {
    const programmes = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM programmes WHERE ends_on IS NULL OR ends_on >= $1::date - 1`,
      [this.clock.now().toISOString().slice(0, 10)],
    );
    let created = 0;
    for (const { id } of programmes) created += await this.materialise(id);
    return created;
  }

  /**
   * One statement for the programme's missing shifts, then its commitments placed on them, in
   * the caller's transaction (which holds the programme's lock). `announce` as for
   * CommitmentsService.placeCommitments.
   */
  async materialiseIn(
    manager: EntityManager,
    programme: ProgrammeEntity,
    announce: CommitmentPlace['announce'],
  ): Promise<number> {
    const occurrences = this.expected(programme);
    if (occurrences.length === 0) return 0;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ShiftEntity)
      .values(
        occurrences.map((occurrence) => ({
          programmeId: programme.id,
          date: occurrence.date,
          start: occurrence.start,
          end: occurrence.end,
          status: ShiftStatus.Scheduled,
          cancelledBy: null,
          cancelReason: null,
          revision: 1,
          createdAt: this.clock.now(),
        })),
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    const ids = (inserted.raw as { id: string }[]).map((row) => row.id);
    if (ids.length === 0) return 0;
    const shifts = await manager.find(ShiftEntity, {
      where: { id: In(ids) },
      order: { start: 'ASC' },
    });
    await this.commitments.placeCommitments(manager, programme, announce, ...shifts);
    return ids.length;
  }
}
