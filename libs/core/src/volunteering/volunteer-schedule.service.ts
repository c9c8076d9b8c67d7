import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, IsNull } from 'typeorm';
import { Actor, organisationIds } from '../accounts/actor';
import { Role } from '../accounts/role';
import { Clock } from '../clock/clock';
import { CommitmentEntity } from './commitment.entity';
import { mySignupsOn, withMySignups } from './my-signups';
import { ProgrammeEntity } from './programme.entity';
import { ShiftListItem } from './programmes.service';
import { ShiftRange, shiftRangeAcross } from './shift-range';
import { ShiftEntity } from './shift.entity';
import { ShiftsService } from './shifts.service';
import { ACTIVE, SignupEntity, SignupStatus } from './signup.entity';

/** A shift in a list across programmes, with the programme it belongs to. */
export interface ProgrammeShift extends ShiftListItem {
  programme: ProgrammeEntity;
}

/** One of the caller's places, placed or waiting, with its shift and programme. */
export interface MyPlace {
  signup: SignupEntity;
  /** Place on the waiting list, 1 for the first in line; null when placed. */
  position: number | null;
  shift: ShiftEntity;
  programme: ProgrammeEntity;
}

export interface MyCommitment {
  commitment: CommitmentEntity;
  programme: ProgrammeEntity;
}

/**
 * A person's week across programmes: the shifts open to them, their own places and their
 * standing commitments, each with the programme's name, so a screen needs no read per programme.
 */
@Injectable()
export class VolunteerScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly shifts: ShiftsService,
  ) {}

  /**
   * The shifts of every programme open to the caller: as a volunteer of a company it names, and
   * as a coordinator of its partner organisation. Soonest first, with the caller's own place.
   */
  async openShifts(actor: Actor, requested: Partial<ShiftRange>): Promise<ProgrammeShift[]> {
    const programmes = await this.openProgrammes(actor);
    const range = shiftRangeAcross(requested, programmes, this.clock.now());
    if (programmes.length === 0) return [];
    const byId = new Map(programmes.map((programme) => [programme.id, programme]));
    const shifts = await this.shifts.withCounts([...byId.keys()], range.from, range.to);
    const items = await withMySignups(this.dataSource.manager, actor, shifts);
    return items.map((item) => ({ ...item, programme: byId.get(item.shift.programmeId)! }));
  }

  /** The caller's places, placed or waiting, on shifts in the range, soonest first. */
  async myPlaces(actor: Actor, requested: Partial<ShiftRange>): Promise<MyPlace[]> {
    const zones =
      requested.from && requested.to
        ? []
        : await this.dataSource.query<{ timezone: string; horizonWeeks: number }[]>(
            `SELECT DISTINCT programmes.timezone, programmes.horizon_weeks AS "horizonWeeks"
             FROM signups
             JOIN shifts ON shifts.id = signups.shift_id
             JOIN programmes ON programmes.id = shifts.programme_id
             WHERE signups.user_id = $1 AND signups.status IN ('confirmed', 'waitlisted')`,
            [actor.userId],
          );
    const range = shiftRangeAcross(requested, zones, this.clock.now());
    const signups = await this.dataSource
      .getRepository(SignupEntity)
      .createQueryBuilder('signup')
      .innerJoinAndSelect('signup.shift', 'shift')
      .innerJoinAndSelect('shift.programme', 'programme')
      .innerJoinAndSelect('programme.partner', 'partner')
      .where('signup.user_id = :userId', { userId: actor.userId })
      .andWhere('signup.status IN (:...active)', { active: ACTIVE })
      .andWhere('shift.date BETWEEN :from AND :to', range)
      .orderBy('shift.start_at', 'ASC')
      .addOrderBy('shift.id', 'ASC')
      .getMany();
    const waiting = await mySignupsOn(
      this.dataSource.manager,
      actor.userId,
      signups
        .filter((signup) => signup.status === SignupStatus.Waitlisted)
        .map((signup) => signup.shiftId),
    );
    return signups.map((signup) => ({
      signup,
      position: waiting.get(signup.shiftId)?.position ?? null,
      shift: signup.shift,
      programme: signup.shift.programme,
    }));
  }

  /** The caller's standing weekly commitments, oldest first. */
  async myCommitments(actor: Actor): Promise<MyCommitment[]> {
    const commitments = await this.dataSource.getRepository(CommitmentEntity).find({
      where: { userId: actor.userId, endedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (commitments.length === 0) return [];
    const programmes = await this.dataSource.getRepository(ProgrammeEntity).find({
      where: { id: In(commitments.map((commitment) => commitment.programmeId)) },
      relations: { partner: true },
    });
    const byId = new Map(programmes.map((programme) => [programme.id, programme]));
    return commitments.map((commitment) => ({
      commitment,
      programme: byId.get(commitment.programmeId)!,
    }));
  }

  /** The programmes the caller volunteers in or coordinates, with their partner. */
  private async openProgrammes(actor: Actor): Promise<ProgrammeEntity[]> {
    const partnerIds = organisationIds(actor, 'partner', [Role.Coordinator]);
    const companyIds = organisationIds(actor, 'company', [Role.Volunteer]);
    if (partnerIds.length === 0 && companyIds.length === 0) return [];
    return this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('programme')
      .innerJoinAndSelect('programme.partner', 'partner')
      .where(
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
      )
      .getMany();
  }
}
