import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { localDateOf, validateClosedDates, validateWeeklySchedule } from '@app/calendar';
import { transactionLock } from '@app/db/advisory-lock';
import { Actor, organisationIds } from '../accounts/actor';
import { MembershipEntity } from '../accounts/membership.entity';
import { Role } from '../accounts/role';
import { Clock } from '../clock/clock';
import { invalidFields, InvalidFieldError, NotFoundError } from '../errors/domain-error';
import { CompanyEntity } from '../organisations/company.entity';
import { PartnerEntity } from '../organisations/partner.entity';
import { Page, paginate, PageRequest } from '../pagination';
import { ClosedPeriod } from '../organisations/organisations.service';
import { canRunProgramme } from './programme-access';
import { findVisibleProgramme, loadProgramme, lockShift } from './programme-loader';
import { ProgrammeClosedDateEntity } from './programme-closed-date.entity';
import { ProgrammeEntity } from './programme.entity';
import { MySignup, withMySignups } from './my-signups';
import { ShiftMaterialiser } from './shift-materialiser.service';
import { shiftRange } from './shift-range';
import { ShiftCancellation, ShiftEntity, ShiftStatus } from './shift.entity';
import { ShiftsService } from './shifts.service';
import { CommitmentsService } from './commitments.service';
import { SignupsService } from './signups.service';

export interface ProgrammeFields {
  title: string;
  location: string;
  timezone: string;
  companyIds: string[];
  coordinatorIds: string[];
  schedule: {
    weekdays: number[];
    startTime: string;
    endTime: string;
    startsOn: string;
    endsOn?: string | null;
  };
  capacity: { min: number; max: number };
  closedDates: ClosedPeriod[];
  horizonWeeks: number;
}

export interface CreateProgramme extends Partial<ProgrammeFields> {
  partnerId: string;
}

/** A change: any fields, and any part of the schedule. */
export type ProgrammeChange = Partial<Omit<ProgrammeFields, 'schedule'>> & {
  schedule?: Partial<ProgrammeFields['schedule']>;
};

export interface ShiftListItem {
  shift: ShiftEntity;
  signedUp: number;
  waitlisted: number;
  /** The caller's own place on it, if any. */
  mySignup: MySignup | null;
}

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly materialiser: ShiftMaterialiser,
    private readonly shifts: ShiftsService,
    private readonly signups: SignupsService,
    private readonly commitments: CommitmentsService,
  ) {}

  /** A coordinator (or an admin) sets up a weekly programme; its shifts are created at once. */
  async create(actor: Actor, command: CreateProgramme & ProgrammeFields): Promise<ProgrammeEntity> {
    const partner = await this.dataSource
      .getRepository(PartnerEntity)
      .findOneBy({ id: command.partnerId });
    if (!partner || !canRunProgramme(actor, partner.id)) {
      throw new InvalidFieldError(
        'programme.partner',
        'partnerId',
        'must be a partner organisation you coordinate',
      );
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const fields = await this.checkFields(manager, partner.id, command);
      const now = this.clock.now();
      const inserted = await manager.insert(ProgrammeEntity, {
        ...this.columns(fields),
        partnerId: partner.id,
        createdAt: now,
        updatedAt: now,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.writeLists(manager, id, fields);
      return id;
    });
    await this.materialiser.materialise(id);
    return loadProgramme(this.dataSource.manager, id);
  }

  /**
   * Changes a programme. Shifts that remain at the same time keep their sign-ups; coming shifts
   * the new schedule no longer has are cancelled and their volunteers told; new ones are created.
   * A standing commitment hears of it once, as its recurring event sent again.
   */
  async update(actor: Actor, id: string, patch: ProgrammeChange): Promise<ProgrammeEntity> {
    const current = await findVisibleProgramme(this.dataSource.manager, actor, id);
    if (!canRunProgramme(actor, current.partnerId)) {
      throw new NotFoundError('programme');
    }
    await this.dataSource.transaction(async (manager) => {
      await transactionLock(manager, `programme:${id}`);
      const programme = await loadProgramme(manager, id);
      const merged: ProgrammeFields = {
        title: patch.title ?? programme.title,
        location: patch.location ?? programme.location,
        timezone: patch.timezone ?? programme.timezone,
        companyIds: patch.companyIds ?? programme.companies.map((company) => company.id),
        coordinatorIds: patch.coordinatorIds ?? programme.coordinators.map((user) => user.id),
        schedule: {
          weekdays: patch.schedule?.weekdays ?? programme.weekdays,
          startTime: patch.schedule?.startTime ?? programme.startTime,
          endTime: patch.schedule?.endTime ?? programme.endTime,
          startsOn: patch.schedule?.startsOn ?? programme.startsOn,
          // Left out: unchanged; null: the programme runs on.
          endsOn: patch.schedule?.endsOn === undefined ? programme.endsOn : patch.schedule.endsOn,
        },
        capacity: patch.capacity ?? { min: programme.capacityMin, max: programme.capacityMax },
        closedDates: patch.closedDates ?? programme.closedDates,
        horizonWeeks: patch.horizonWeeks ?? programme.horizonWeeks,
      };
      const fields = await this.checkFields(manager, programme.partnerId, merged);
      await manager.update(ProgrammeEntity, id, {
        ...this.columns(fields),
        updatedAt: this.clock.now(),
      });
      await this.writeLists(manager, id, fields);
      const capacityGrew = fields.capacity.max > programme.capacityMax;
      const changed = await loadProgramme(manager, id);
      await this.reconcile(manager, changed, capacityGrew);
      // New shifts in the same transaction: the standing commitments' series are sent once,
      // with every day of the new schedule known.
      await this.materialiser.materialiseIn(manager, changed, 'none');
      const rule = (p: ProgrammeEntity) =>
        JSON.stringify([p.weekdays, p.startTime, p.endTime, p.timezone]);
      const days = (p: ProgrammeEntity) =>
        JSON.stringify([
          p.startsOn,
          p.endsOn,
          p.closedDates.map(({ from, to }) => [from, to]).sort(),
        ]);
      if (rule(changed) !== rule(programme) || days(changed) !== days(programme)) {
        await this.commitments.reviseSeries(manager, changed, rule(changed) !== rule(programme));
      }
    });
    return loadProgramme(this.dataSource.manager, id);
  }

  async get(actor: Actor, id: string): Promise<ProgrammeEntity> {
    return findVisibleProgramme(this.dataSource.manager, actor, id);
  }

  async list(actor: Actor, request: PageRequest): Promise<Page<ProgrammeEntity>> {
    const query = this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('programme')
      .leftJoinAndSelect('programme.partner', 'partner')
      .leftJoinAndSelect('programme.companies', 'company')
      .leftJoinAndSelect('programme.coordinators', 'coordinator')
      .leftJoinAndSelect('programme.closedDates', 'closed');
    if (!actor.isAdmin) {
      const partnerIds = organisationIds(actor, 'partner', [Role.Coordinator]);
      const companyIds = organisationIds(actor, 'company', [Role.Volunteer, Role.Contact]);
      if (partnerIds.length === 0 && companyIds.length === 0) return { items: [], next: null };
      query.where(
        new Brackets((where) => {
          if (partnerIds.length)
            where.orWhere('programme.partner_id IN (:...partnerIds)', { partnerIds });
          if (companyIds.length) {
            where.orWhere(
              'programme.id IN (SELECT programme_id FROM programme_companies WHERE company_id IN (:...companyIds))',
              { companyIds },
            );
          }
        }),
      );
    }
    return paginate(query, 'title', (programme) => programme.title, request);
  }

  /** The shifts between two dates, with their sign-up counts and the caller's own place. */
  async listShifts(
    actor: Actor,
    id: string,
    from?: string,
    to?: string,
  ): Promise<{ programme: ProgrammeEntity; items: ShiftListItem[] }> {
    const programme = await findVisibleProgramme(this.dataSource.manager, actor, id);
    const range = shiftRange(
      { from, to },
      localDateOf(this.clock.now(), programme.timezone),
      programme.horizonWeeks,
    );
    const shifts = await this.shifts.withCounts(programme.id, range.from, range.to);
    return { programme, items: await withMySignups(this.dataSource.manager, actor, shifts) };
  }

  /**
   * Takes a person who is no longer a coordinator of the partner organisation off the
   * coordinator lists of its programmes, in the caller's transaction.
   */
  async removeCoordinator(
    manager: EntityManager,
    userId: string,
    partnerId: string,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM programme_coordinators
       WHERE user_id = $1 AND programme_id IN (SELECT id FROM programmes WHERE partner_id = $2)`,
      [userId, partnerId],
    );
  }

  /**
   * Cancels coming shifts the schedule no longer has; revives ones it has again; when the
   * capacity grew, fills the new places from the waiting lists.
   */
  private async reconcile(
    manager: EntityManager,
    programme: ProgrammeEntity,
    capacityGrew: boolean,
  ): Promise<void> {
    const coming = await manager.find(ShiftEntity, {
      where: { programmeId: programme.id, start: MoreThan(this.clock.now()) },
      order: { start: 'ASC' },
    });
    // Judged by the schedule as far as shifts exist, not only within a shortened horizon.
    const expected = new Set(
      this.materialiser
        .expected(programme, coming[coming.length - 1]?.date)
        .map((occurrence) => occurrence.start.getTime()),
    );
    for (const shift of coming) {
      const wanted = expected.has(shift.start.getTime());
      if (shift.status === ShiftStatus.Scheduled && !wanted) {
        await this.shifts.cancelIn(manager, programme, shift.id, ShiftCancellation.Schedule, '');
      } else if (
        shift.status === ShiftStatus.Cancelled &&
        shift.cancelledBy === ShiftCancellation.Schedule &&
        wanted
      ) {
        await manager.update(
          ShiftEntity,
          { id: shift.id },
          {
            status: ShiftStatus.Scheduled,
            cancelledBy: null,
            cancelReason: null,
            revision: shift.revision + 1,
          },
        );
        // Back on the schedule: standing commitments cover it again.
        const revived = await manager.findOneByOrFail(ShiftEntity, { id: shift.id });
        await this.commitments.placeCommitments(manager, programme, 'none', revived);
      } else if (shift.status === ShiftStatus.Scheduled && capacityGrew) {
        // A larger capacity lets the first in line move up.
        await this.signups.promote(manager, programme, await lockShift(manager, shift.id));
      }
    }
  }

  private columns(fields: ProgrammeFields) {
    return {
      title: fields.title.trim(),
      location: fields.location.trim(),
      timezone: fields.timezone,
      weekdays: [...fields.schedule.weekdays].sort((a, b) => a - b),
      startTime: fields.schedule.startTime,
      endTime: fields.schedule.endTime,
      startsOn: fields.schedule.startsOn,
      endsOn: fields.schedule.endsOn ?? null,
      capacityMin: fields.capacity.min,
      capacityMax: fields.capacity.max,
      horizonWeeks: fields.horizonWeeks,
    };
  }

  /**
   * The programme's companies, coordinators and closed dates, written as they are now. One
   * statement at a time: an ORM save of the relations would query in parallel on the
   * transaction's one connection.
   */
  private async writeLists(
    manager: EntityManager,
    programmeId: string,
    fields: ProgrammeFields,
  ): Promise<void> {
    for (const [table, column, ids] of [
      ['programme_companies', 'company_id', fields.companyIds],
      ['programme_coordinators', 'user_id', fields.coordinatorIds],
    ] as const) {
      await manager.query(
        `DELETE FROM ${table} WHERE programme_id = $1 AND NOT (${column} = ANY($2::uuid[]))`,
        [programmeId, ids],
      );
      await manager.query(
        `INSERT INTO ${table} (programme_id, ${column})
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [programmeId, [...new Set(ids)]],
      );
    }
    await manager.delete(ProgrammeClosedDateEntity, { programmeId });
    if (fields.closedDates.length > 0) {
      await manager.insert(
        ProgrammeClosedDateEntity,
        fields.closedDates.map(({ from, to, label }) => ({ programmeId, from, to, label })),
      );
    }
  }

  /** The schedule, the zone, the capacity, the companies and the coordinators must hold together. */
  private async checkFields(
    manager: EntityManager,
    partnerId: string,
    fields: ProgrammeFields,
  ): Promise<ProgrammeFields> {
    const problems = [
      ...validateWeeklySchedule(fields.schedule, fields.timezone),
      ...validateClosedDates(fields.closedDates),
    ];
    if (fields.capacity.min < 1 || fields.capacity.max < fields.capacity.min) {
      problems.push({
        field: 'capacity',
        code: 'programme.capacity',
        message: 'must have 1 ≤ min ≤ max',
      });
    }
    if (problems.length > 0) throw invalidFields(problems);

    const companyIds = [...new Set(fields.companyIds)];
    const companies = companyIds.length
      ? await manager.countBy(CompanyEntity, { id: In(companyIds) })
      : 0;
    if (companies !== companyIds.length) {
      throw new InvalidFieldError('programme.companies', 'companyIds', 'must be ids of companies');
    }
    const coordinatorIds = [...new Set(fields.coordinatorIds)];
    const coordinators = coordinatorIds.length
      ? await manager.countBy(MembershipEntity, {
          userId: In(coordinatorIds),
          role: Role.Coordinator,
          partnerId,
        })
      : 0;
    if (coordinators !== coordinatorIds.length) {
      throw new InvalidFieldError(
        'programme.coordinators',
        'coordinatorIds',
        "must be coordinators of the programme's partner organisation",
      );
    }
    return { ...fields, companyIds, coordinatorIds };
  }
}
