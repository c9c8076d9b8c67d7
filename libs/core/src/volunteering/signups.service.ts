import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { transactionLock } from '@app/db/advisory-lock';
import { Actor } from '../accounts/actor';
import { MembershipEntity } from '../accounts/membership.entity';
import { Role } from '../accounts/role';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { withConstraintsAsConflicts } from '../errors/database-conflicts';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import { mySignupsOn } from './my-signups';
import { isEligibleVolunteer } from './programme-access';
import { findVisibleShift, lockShift } from './programme-loader';
import { ProgrammeEntity } from './programme.entity';
import { ShiftEntity, ShiftStatus } from './shift.entity';
import {
  isActivePlace,
  PlaceElsewhere,
  placeConflict,
  promotable,
  requireNotStarted,
  requireOpen,
  statusOfNewPlace,
} from './signup-rules';
import { ACTIVE, SignupEntity, SignupStatus } from './signup.entity';
import { VolunteeringMessages } from './volunteering-messages.service';

/**
 * A place taken for a standing commitment, and whether a day it cannot hold is announced on its
 * own (`'day'`, for a shift newly made) or by the series the caller sends (`'none'`).
 */
export interface CommitmentPlace {
  id: string;
  announce: 'day' | 'none';
}

export interface SignupView {
  signup: SignupEntity;
  /** Place on the waiting list, 1 for the first in line; null unless waitlisted. */
  position: number | null;
}

const NOT_ELIGIBLE = new ConflictError(
  'signup.not-eligible',
  'Only volunteers of the companies the programme names can sign up.',
);

const ALREADY_SIGNED_UP = new ConflictError(
  'signup.already-signed-up',
  'You are already signed up for this shift (or on its waiting list).',
);

/**
 * Sign-ups and waiting lists. A sign-up takes the volunteer's lock and then
 * the shift's row lock, always in that order: the shift lock makes capacity and arrival order
 * hold under concurrency, the volunteer's lock makes the no-overlap rule hold across shifts.
 */
@Injectable()
export class SignupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly messages: VolunteeringMessages,
  ) {}

  async signUp(actor: Actor, shiftId: string): Promise<SignupView> {
    const { programme } = await findVisibleShift(this.dataSource.manager, actor, shiftId);
    this.requireEligible(actor, programme);
    const signup = await withConstraintsAsConflicts(
      { signups_one_per_shift: ALREADY_SIGNED_UP },
      () =>
        this.dataSource.transaction(async (manager) => {
          await this.lockVolunteer(manager, actor.userId);
          await this.requireStillEligible(manager, actor.userId, programme);
          const shift = await lockShift(manager, shiftId);
          requireOpen(shift, this.clock.nowMs());
          const conflict = placeConflict(
            shift,
            await this.placesNear(manager, actor.userId, shift),
          );
          if (conflict === 'same-shift') throw ALREADY_SIGNED_UP;
          if (conflict === 'overlap') {
            throw new ConflictError(
              'signup.overlaps',
              'You already have a shift at that time; a volunteer is in one place at a time.',
            );
          }
          const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
          return this.place(manager, programme, shift, user, null);
        }),
    );
    return this.view(signup);
  }

  /** The volunteer gives up their place; the first in line moves up at once. */
  async cancelMine(actor: Actor, shiftId: string): Promise<SignupView> {
    const { programme } = await findVisibleShift(this.dataSource.manager, actor, shiftId);
    const signup = await this.dataSource.transaction(async (manager) => {
      await this.lockVolunteer(manager, actor.userId);
      const shift = await lockShift(manager, shiftId);
      const mine = await manager.findOneBy(SignupEntity, {
        shiftId,
        userId: actor.userId,
        status: In(ACTIVE),
      });
      if (!mine) throw new NotFoundError('sign-up', 'signup.not-found');
      requireNotStarted(shift, this.clock.nowMs());
      return this.release(manager, programme, shift, mine);
    });
    return this.view(signup);
  }

  /**
   * Gives up a place: cancelled, and the first in line promoted if a confirmed place freed up.
   * The volunteer is told unless `announce` is false (a commitment that ends says it at once).
   */
  async release(
    manager: EntityManager,
    programme: ProgrammeEntity,
    shift: ShiftEntity,
    signup: SignupEntity,
    announce = true,
  ): Promise<SignupEntity> {
    const wasConfirmed = signup.status === SignupStatus.Confirmed;
    signup.status = SignupStatus.Cancelled;
    signup.cancelledAt = this.clock.now();
    signup.revision += 1;
    const saved = await manager.save(signup);
    if (wasConfirmed) {
      if (announce) {
        // Out of the volunteer's calendar: a cancellation of the invitation they had, or of that
        // day of their commitment's series.
        const user = await manager.findOneByOrFail(UserEntity, { id: signup.userId });
        await this.messages.send(
          manager,
          'shift.signup-cancelled',
          user,
          signup.commitmentId
            ? await this.messages.occurrenceSummary(
                manager,
                programme,
                shift,
                signup.commitmentId,
                user,
              )
            : this.messages.shiftSummary(programme, shift, {
                revision: await this.messages.placeRevision(manager, shift.id, user.id),
                user,
              }),
          `${saved.id}:${saved.revision}`,
        );
      }
      await this.promote(manager, programme, shift);
    }
    return saved;
  }

  /**
   * Gives up several places of one programme, each under its shift's lock and as it is now (a
   * place already given up is left alone), soonest shift first.
   */
  async releaseAll(
    manager: EntityManager,
    programme: ProgrammeEntity,
    places: SignupEntity[],
    announce = true,
  ): Promise<void> {
    for (const place of places) {
      const shift = await lockShift(manager, place.shiftId);
      const fresh = await manager.findOneByOrFail(SignupEntity, { id: place.id });
      if (isActivePlace(fresh)) await this.release(manager, programme, shift, fresh, announce);
    }
  }

  /** Moves the first in line up while there is room (after a cancellation or a larger capacity). */
  async promote(
    manager: EntityManager,
    programme: ProgrammeEntity,
    shift: ShiftEntity,
  ): Promise<void> {
    const confirmed = await manager.countBy(SignupEntity, {
      shiftId: shift.id,
      status: SignupStatus.Confirmed,
    });
    const waiting = await manager.find(SignupEntity, {
      where: { shiftId: shift.id, status: SignupStatus.Waitlisted },
      order: { arrival: 'ASC' },
      relations: { user: true },
    });
    for (const next of promotable(waiting, confirmed, programme.capacityMax)) {
      next.status = SignupStatus.Confirmed;
      next.revision += 1;
      await manager.save(next);
      // A commitment's day comes back into its series: the series is sent again without it
      // among the exceptions, as a day once left out cannot be put back on its own.
      const summary = next.commitmentId
        ? {
            ...this.messages.shiftSummary(programme, shift),
            invitation: (
              await this.messages.commitmentInvitation(manager, next.commitmentId, next.user)
            ).invitation,
          }
        : this.messages.shiftSummary(programme, shift, {
            revision: await this.messages.placeRevision(manager, shift.id, next.userId),
            user: next.user,
          });
      await this.messages.send(
        manager,
        'shift.signup-confirmed',
        next.user,
        { ...summary, promoted: true },
        `${next.id}:${next.revision}`,
      );
      await this.messages.remindOfShift(manager, programme, shift, next, this.clock.now());
    }
  }

  async view(signup: SignupEntity): Promise<SignupView> {
    if (signup.status !== SignupStatus.Waitlisted) return { signup, position: null };
    const mine = await mySignupsOn(this.dataSource.manager, signup.userId, [signup.shiftId]);
    return { signup, position: mine.get(signup.shiftId)?.position ?? null };
  }

  /**
   * A standing commitment's place on one shift, in the caller's transaction; skipped where the
   * volunteer already is, or is on another shift at the time. The commitment's calendar event
   * already holds the day: with `announce: 'day'` (a shift newly made) a day it cannot hold is
   * taken out of it with a mail; with `'none'` the caller sends the series as a whole.
   */
  async placeForCommitment(
    manager: EntityManager,
    programme: ProgrammeEntity,
    shift: ShiftEntity,
    user: UserEntity,
    commitment: CommitmentPlace,
  ): Promise<SignupEntity | null> {
    const locked = await lockShift(manager, shift.id);
    if (locked.status !== ShiftStatus.Scheduled) return null;
    const conflict = placeConflict(locked, await this.placesNear(manager, user.id, locked));
    if (conflict === 'overlap' && commitment.announce === 'day') {
      await this.messages.send(
        manager,
        'shift.commitment-skipped',
        user,
        await this.messages.occurrenceSummary(manager, programme, locked, commitment.id, user),
        `${commitment.id}:${locked.id}`,
      );
    }
    if (conflict) return null;
    return this.place(manager, programme, locked, user, commitment);
  }

  /**
   * Confirmed while there is room, otherwise at the end of the waiting list. A place taken on its
   * own has its own invitation; a commitment's is a day of the commitment's series.
   */
  private async place(
    manager: EntityManager,
    programme: ProgrammeEntity,
    shift: ShiftEntity,
    user: UserEntity,
    commitment: CommitmentPlace | null,
  ): Promise<SignupEntity> {
    const confirmed = await manager.countBy(SignupEntity, {
      shiftId: shift.id,
      status: SignupStatus.Confirmed,
    });
    const status = statusOfNewPlace(confirmed, programme.capacityMax);
    const signup = await manager.save(
      manager.create(SignupEntity, {
        shiftId: shift.id,
        userId: user.id,
        status,
        commitmentId: commitment?.id ?? null,
        attended: null,
        hours: null,
        revision: 1,
        createdAt: this.clock.now(),
        cancelledAt: null,
      }),
    );
    if (status === SignupStatus.Confirmed) {
      if (!commitment) {
        await this.messages.send(
          manager,
          'shift.signup-confirmed',
          user,
          {
            ...this.messages.shiftSummary(programme, shift, {
              revision: await this.messages.placeRevision(manager, shift.id, user.id),
              user,
            }),
            promoted: false,
          },
          `${signup.id}:${signup.revision}`,
        );
      }
      await this.messages.remindOfShift(
        manager,
        programme,
        shift,
        { id: signup.id, revision: signup.revision, user },
        this.clock.now(),
      );
    } else if (!commitment || commitment.announce === 'day') {
      const position = await manager
        .getRepository(SignupEntity)
        .countBy({ shiftId: shift.id, status: SignupStatus.Waitlisted });
      // No invitation for a place on its own yet; a commitment's day comes out of its series.
      const summary = commitment
        ? await this.messages.occurrenceSummary(manager, programme, shift, commitment.id, user)
        : this.messages.shiftSummary(programme, shift);
      await this.messages.send(
        manager,
        'shift.signup-waitlisted',
        user,
        { ...summary, position },
        `${signup.id}:${signup.revision}`,
      );
    }
    return manager.findOneByOrFail(SignupEntity, { id: signup.id });
  }

  /**
   * The volunteer's active places that could stand against a new one on `shift`: any on this
   * shift, and those on other scheduled shifts that end after it starts.
   */
  private async placesNear(
    manager: EntityManager,
    userId: string,
    shift: ShiftEntity,
  ): Promise<PlaceElsewhere[]> {
    const rows = await manager.query<{ shift_id: string; start_at: Date; end_at: Date }[]>(
      `SELECT shifts.id AS shift_id, shifts.start_at, shifts.end_at
         FROM signups JOIN shifts ON shifts.id = signups.shift_id
        WHERE signups.user_id = $1 AND signups.status IN ('confirmed', 'waitlisted')
          AND (shifts.id = $2 OR (shifts.status = 'scheduled' AND shifts.end_at > $3))`,
      [userId, shift.id, shift.start],
    );
    return rows.map((row) => ({ shiftId: row.shift_id, start: row.start_at, end: row.end_at }));
  }

  /** Only volunteers of the companies the programme names take part in it. */
  requireEligible(actor: Actor, programme: ProgrammeEntity): void {
    if (!isEligibleVolunteer(actor, programme)) throw NOT_ELIGIBLE;
  }

  /**
   * The same rule read again under the volunteer's lock: a role removed while the request waited
   * for the lock counts. (A removal that commits later releases, under the same lock, whatever it
   * finds.)
   */
  async requireStillEligible(
    manager: EntityManager,
    userId: string,
    programme: ProgrammeEntity,
  ): Promise<void> {
    const companyIds = programme.companies.map((company) => company.id);
    const eligible =
      companyIds.length > 0 &&
      (await manager.existsBy(MembershipEntity, {
        userId,
        role: Role.Volunteer,
        companyId: In(companyIds),
      }));
    if (!eligible) throw NOT_ELIGIBLE;
  }

  /** The volunteer's lock, taken before any shift's: it holds the no-overlap rule. */
  lockVolunteer(manager: EntityManager, userId: string): Promise<void> {
    return transactionLock(manager, `volunteer:${userId}`);
  }
}
