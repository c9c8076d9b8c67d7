import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { hoursBetween } from '@app/calendar';
import { Actor } from '../accounts/actor';
import { Clock } from '../clock/clock';
import { ConflictError, InvalidFieldError, NotFoundError } from '../errors/domain-error';
import { MySignup, mySignupsOn } from './my-signups';
import { canRunProgramme } from './programme-access';
import { findVisibleShift, lockShift } from './programme-loader';
import { ProgrammeEntity } from './programme.entity';
import { ShiftCancellation, ShiftEntity, ShiftStatus } from './shift.entity';
import { ACTIVE, SignupEntity, SignupStatus } from './signup.entity';
import { VolunteeringMessages } from './volunteering-messages.service';

export interface AttendanceRecord {
  userId: string;
  attended: boolean;
  hours?: number;
}

/** A shift with how many volunteers are placed on it and waiting. */
export interface CountedShift {
  shift: ShiftEntity;
  signedUp: number;
  waitlisted: number;
}

export interface ShiftDetail extends CountedShift {
  programme: ProgrammeEntity;
  signups: SignupEntity[];
  /** The caller's own place on it, if any. */
  mySignup: MySignup | null;
}

@Injectable()
export class ShiftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly messages: VolunteeringMessages,
  ) {}

  /**
   * Shifts of one or more programmes between two local dates with how many are signed up and
   * waiting, soonest first.
   */
  async withCounts(
    programmeIds: string | string[],
    from: string,
    to: string,
  ): Promise<CountedShift[]> {
    const shifts = await this.dataSource
      .getRepository(ShiftEntity)
      .createQueryBuilder('shift')
      .where('shift.programme_id IN (:...programmeIds)', { programmeIds: [programmeIds].flat() })
      .andWhere('shift.date BETWEEN :from AND :to', { from, to })
      .orderBy('shift.start_at', 'ASC')
      .addOrderBy('shift.id', 'ASC')
      .getMany();
    return this.counted(shifts);
  }

  /** Each shift with how many volunteers are placed on it and waiting, in one query. */
  private async counted(shifts: ShiftEntity[]): Promise<CountedShift[]> {
    if (shifts.length === 0) return [];
    const rows = await this.dataSource.query<{ shift_id: string; status: string; n: number }[]>(
      `SELECT shift_id, status, count(*)::int AS n FROM signups
       WHERE shift_id = ANY($1::uuid[]) AND status IN ('confirmed', 'waitlisted')
       GROUP BY shift_id, status`,
      [shifts.map((shift) => shift.id)],
    );
    const counts = new Map(rows.map((row) => [`${row.shift_id}:${row.status}`, row.n]));
    const count = (shiftId: string, status: SignupStatus) =>
      counts.get(`${shiftId}:${status}`) ?? 0;
    return shifts.map((shift) => ({
      shift,
      signedUp: count(shift.id, SignupStatus.Confirmed),
      waitlisted: count(shift.id, SignupStatus.Waitlisted),
    }));
  }

  /**
   * A shift with how many are placed and waiting, and the caller's own place; its coordinators
   * (and admins) also see who signed up.
   */
  async get(actor: Actor, shiftId: string): Promise<ShiftDetail> {
    const { shift, programme } = await findVisibleShift(this.dataSource.manager, actor, shiftId);
    const signups = canRunProgramme(actor, programme.partnerId)
      ? await this.dataSource.getRepository(SignupEntity).find({
          where: { shiftId, status: In(ACTIVE) },
          order: { arrival: 'ASC' },
          relations: { user: true },
        })
      : [];
    const [counted] = await this.counted([shift]);
    const mine = await mySignupsOn(this.dataSource.manager, actor.userId, [shiftId]);
    return { ...counted, programme, signups, mySignup: mine.get(shiftId) ?? null };
  }

  /** The coordinator cancels one shift (the club is closed); everyone on it is told. */
  async cancel(actor: Actor, shiftId: string, reason: string): Promise<ShiftDetail> {
    const { programme } = await this.visibleToCoordinator(actor, shiftId);
    await this.dataSource.transaction(async (manager) => {
      await this.cancelIn(manager, programme, shiftId, ShiftCancellation.Coordinator, reason);
    });
    return this.get(actor, shiftId);
  }

  /** Cancels a coming shift and the places on it, telling each volunteer. */
  async cancelIn(
    manager: EntityManager,
    programme: ProgrammeEntity,
    shiftId: string,
    by: ShiftCancellation,
    reason: string,
  ): Promise<void> {
    const shift = await lockShift(manager, shiftId);
    if (shift.status === ShiftStatus.Cancelled) {
      throw new ConflictError('shift.cancelled', 'The shift is already cancelled.');
    }
    if (shift.start.getTime() <= this.clock.nowMs()) {
      throw new ConflictError('shift.started', 'A shift that has started cannot be cancelled.');
    }
    shift.status = ShiftStatus.Cancelled;
    shift.cancelledBy = by;
    shift.cancelReason = reason || null;
    shift.revision += 1;
    await manager.save(shift);
    const places = await manager.find(SignupEntity, {
      where: { shiftId, status: In(ACTIVE) },
      relations: { user: true },
    });
    for (const place of places) {
      const wasConfirmed = place.status === SignupStatus.Confirmed;
      place.status = SignupStatus.Cancelled;
      place.cancelledAt = this.clock.now();
      place.revision += 1;
      await manager.save(place);
      // A change of schedule sends each standing commitment's series again instead.
      if (place.commitmentId && by === ShiftCancellation.Schedule) continue;
      await this.messages.send(
        manager,
        'shift.cancelled',
        place.user,
        {
          ...(await this.calendarOfCancelled(manager, programme, shift, place, wasConfirmed)),
          reason,
          byScheduleChange: by === ShiftCancellation.Schedule,
        },
        `${shift.id}:${shift.revision}`,
      );
    }
  }

  /**
   * What the cancellation says, with the event it takes out of the volunteer's calendar: their
   * invitation to the shift, or that day of their commitment's series (which had left out a
   * day they only waited for).
   */
  private async calendarOfCancelled(
    manager: EntityManager,
    programme: ProgrammeEntity,
    shift: ShiftEntity,
    place: SignupEntity,
    wasConfirmed: boolean,
  ) {
    if (!place.commitmentId) {
      return this.messages.shiftSummary(programme, shift, {
        revision: await this.messages.placeRevision(manager, shift.id, place.userId),
        user: place.user,
      });
    }
    return wasConfirmed
      ? this.messages.occurrenceSummary(manager, programme, shift, place.commitmentId, place.user)
      : this.messages.shiftSummary(programme, shift);
  }

  /** After the shift, the coordinator marks who came; hours default to the shift's length. */
  async recordAttendance(
    actor: Actor,
    shiftId: string,
    records: AttendanceRecord[],
  ): Promise<ShiftDetail> {
    await this.visibleToCoordinator(actor, shiftId);
    await this.dataSource.transaction(async (manager) => {
      const shift = await lockShift(manager, shiftId);
      if (shift.status === ShiftStatus.Cancelled) {
        throw new ConflictError('shift.cancelled', 'The shift was cancelled; nobody attended it.');
      }
      if (shift.start.getTime() > this.clock.nowMs()) {
        throw new ConflictError(
          'attendance.shift-not-started',
          'Attendance is marked once the shift has begun.',
        );
      }
      const confirmed = await manager.find(SignupEntity, {
        where: { shiftId, status: SignupStatus.Confirmed },
      });
      for (const [index, record] of records.entries()) {
        const place = confirmed.find((signup) => signup.userId === record.userId);
        if (!place) {
          throw new InvalidFieldError(
            'attendance.not-signed-up',
            `records.${index}.userId`,
            'must be a volunteer with a confirmed place on this shift',
          );
        }
        place.attended = record.attended;
        place.hours = record.attended
          ? (record.hours ?? hoursBetween(shift.start, shift.end))
          : null;
        await manager.save(place);
      }
    });
    return this.get(actor, shiftId);
  }

  private async visibleToCoordinator(actor: Actor, shiftId: string) {
    const found = await findVisibleShift(this.dataSource.manager, actor, shiftId);
    if (!canRunProgramme(actor, found.programme.partnerId)) throw new NotFoundError('shift');
    return found;
  }
}
