import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { Actor } from '../accounts/actor';
import { UserEntity } from '../accounts/user.entity';
import { localDateOf } from '@app/calendar';
import { Clock } from '../clock/clock';
import { withConstraintsAsConflicts } from '../errors/database-conflicts';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import { CommitmentEntity } from './commitment.entity';
import { findVisibleProgramme, loadProgramme } from './programme-loader';
import { ProgrammeEntity } from './programme.entity';
import { ShiftEntity, ShiftStatus } from './shift.entity';
import { ACTIVE, SignupEntity, SignupStatus } from './signup.entity';
import { CommitmentPlace, SignupsService } from './signups.service';
import { VolunteeringMessages } from './volunteering-messages.service';

const ALREADY_COMMITTED = new ConflictError(
  'commitment.exists',
  'You already have a standing commitment to this programme.',
);

/**
 * Standing weekly commitments: a place on every coming shift of a programme, and on every shift
 * created later, until the volunteer ends it. Places are taken through the sign-up rules, with
 * the same locks in the same order.
 */
@Injectable()
export class CommitmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly messages: VolunteeringMessages,
    private readonly signups: SignupsService,
  ) {}

  /**
   * A standing weekly commitment: the volunteer is signed up for every coming shift of the
   * programme (waitlisted where full; skipping shifts that clash with another of theirs), and
   * for every shift created later, until they end it.
   */
  async commit(
    actor: Actor,
    programmeId: string,
  ): Promise<{ commitment: CommitmentEntity; confirmed: number; waitlisted: number }> {
    const programme = await findVisibleProgramme(this.dataSource.manager, actor, programmeId);
    this.signups.requireEligible(actor, programme);
    return withConstraintsAsConflicts({ commitments_one_standing: ALREADY_COMMITTED }, () =>
      this.dataSource.transaction(async (manager) => {
        await this.signups.lockVolunteer(manager, actor.userId);
        await this.signups.requireStillEligible(manager, actor.userId, programme);
        const existing = await manager.findOneBy(CommitmentEntity, {
          programmeId,
          userId: actor.userId,
          endedAt: IsNull(),
        });
        if (existing) throw ALREADY_COMMITTED;
        const commitment = await manager.save(
          manager.create(CommitmentEntity, {
            programmeId,
            userId: actor.userId,
            createdAt: this.clock.now(),
            endedAt: null,
            revision: 0,
            seriesFrom: localDateOf(this.clock.now(), programme.timezone),
          }),
        );
        const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
        const shifts = await manager.find(ShiftEntity, {
          where: {
            programmeId,
            status: ShiftStatus.Scheduled,
            start: MoreThan(this.clock.now()),
          },
          order: { start: 'ASC' },
        });
        const counts = { confirmed: 0, waitlisted: 0 };
        for (const shift of shifts) {
          const placed = await this.signups.placeForCommitment(manager, programme, shift, user, {
            id: commitment.id,
            announce: 'none',
          });
          if (placed)
            counts[placed.status === SignupStatus.Confirmed ? 'confirmed' : 'waitlisted'] += 1;
        }
        await this.messages.send(
          manager,
          'programme.commitment-started',
          user,
          {
            ...this.messages.programmeSummary(programme),
            shiftsConfirmed: counts.confirmed,
            shiftsWaitlisted: counts.waitlisted,
            // One recurring event for all of it, not an invitation per shift.
            invitation: (await this.messages.commitmentInvitation(manager, commitment.id, user))
              .invitation,
          },
          commitment.id,
        );
        return { commitment, ...counts };
      }),
    );
  }

  /** Ends the standing commitment and releases the future places it took. */
  async endCommitment(actor: Actor, programmeId: string): Promise<{ released: number }> {
    const programme = await findVisibleProgramme(this.dataSource.manager, actor, programmeId);
    return this.dataSource.transaction(async (manager) => {
      await this.signups.lockVolunteer(manager, actor.userId);
      const released = await this.end(manager, programme, actor.userId);
      if (released === null) throw new NotFoundError('commitment');
      return { released };
    });
  }

  /**
   * Takes a volunteer out of the programmes they may no longer volunteer in, now that they
   * volunteer only for `companyIds` (none when deactivated): each standing commitment there ends
   * and every coming place there is released, as if they had done it themselves, the waiting
   * lists moving up. In the caller's transaction.
   */
  async withdrawVolunteer(
    manager: EntityManager,
    userId: string,
    companyIds: string[],
  ): Promise<void> {
    await this.signups.lockVolunteer(manager, userId);
    const rows = await manager.query<{ id: string }[]>(
      `SELECT programmes.id FROM programmes
       WHERE (programmes.id IN (SELECT programme_id FROM commitments
                                WHERE user_id = $1 AND ended_at IS NULL)
              OR programmes.id IN (SELECT shifts.programme_id FROM signups
                                   JOIN shifts ON shifts.id = signups.shift_id
                                   WHERE signups.user_id = $1 AND shifts.start_at > $3
                                     AND signups.status IN ('confirmed', 'waitlisted')))
         AND NOT EXISTS (SELECT 1 FROM programme_companies
                         WHERE programme_id = programmes.id AND company_id = ANY($2::uuid[]))
       ORDER BY programmes.id`,
      [userId, companyIds, this.clock.now()],
    );
    for (const { id } of rows) {
      const programme = await loadProgramme(manager, id);
      await this.end(manager, programme, userId);
      const places = await this.comingPlaces(manager, programme.id, { userId });
      await this.signups.releaseAll(manager, programme, places);
    }
  }

  /**
   * Ends the volunteer's standing commitment to the programme and releases the coming places it
   * took, with the volunteer's lock held; the volunteer is told. Null when there was none.
   */
  private async end(
    manager: EntityManager,
    programme: ProgrammeEntity,
    userId: string,
  ): Promise<number | null> {
    const commitment = await manager
      .getRepository(CommitmentEntity)
      .createQueryBuilder('commitment')
      .where('commitment.programme_id = :programmeId AND commitment.user_id = :userId', {
        programmeId: programme.id,
        userId,
      })
      .andWhere('commitment.ended_at IS NULL')
      .setLock('pessimistic_write')
      .getOne();
    if (!commitment) return null;
    commitment.endedAt = this.clock.now();
    await manager.save(commitment);

    const places = await this.comingPlaces(manager, programme.id, { commitmentId: commitment.id });
    // Told once, with the series ended, rather than a cancellation per day.
    await this.signups.releaseAll(manager, programme, places, false);
    const user = await manager.findOneByOrFail(UserEntity, { id: userId });
    await this.messages.send(
      manager,
      'programme.commitment-ended',
      user,
      {
        programmeTitle: programme.title,
        partnerName: programme.partner.name,
        location: programme.location,
        timezone: programme.timezone,
        shiftsReleased: places.length,
        link: this.messages.programmeLink(programme.id),
        ...(await this.messages.commitmentInvitation(manager, commitment.id, user)),
      },
      commitment.id,
    );
    return places.length;
  }

  /** The active places on the programme's coming shifts, of one commitment or one volunteer. */
  private comingPlaces(
    manager: EntityManager,
    programmeId: string,
    of: { commitmentId: string } | { userId: string },
  ): Promise<SignupEntity[]> {
    const query = manager
      .getRepository(SignupEntity)
      .createQueryBuilder('signup')
      .innerJoin('signup.shift', 'shift')
      .where('shift.programme_id = :programmeId', { programmeId })
      .andWhere('signup.status IN (:...active)', { active: ACTIVE })
      .andWhere('shift.start_at > :now', { now: this.clock.now() })
      .orderBy('shift.start_at', 'ASC');
    if ('commitmentId' in of) query.andWhere('signup.commitment_id = :id', { id: of.commitmentId });
    else query.andWhere('signup.user_id = :id', { id: of.userId });
    return query.getMany();
  }

  /**
   * Signs up the standing commitments of a programme for shifts just created (or revived), in the
   * caller's transaction. Their series already hold those days: with `announce: 'day'` a day a
   * commitment cannot hold is taken out of its series with a mail; with `'none'` the caller
   * sends each series again (see `reviseSeries`).
   */
  async placeCommitments(
    manager: EntityManager,
    programme: ProgrammeEntity,
    announce: CommitmentPlace['announce'],
    ...shifts: ShiftEntity[]
  ): Promise<void> {
    if (shifts.length === 0) return;
    const commitments = await manager
      .getRepository(CommitmentEntity)
      .createQueryBuilder('commitment')
      .where('commitment.programme_id = :id AND commitment.ended_at IS NULL', { id: programme.id })
      .orderBy('commitment.created_at', 'ASC')
      .getMany();
    for (const shift of shifts) {
      for (const commitment of commitments) {
        await this.signups.lockVolunteer(manager, commitment.userId);
        const user = await manager.findOneByOrFail(UserEntity, { id: commitment.userId });
        await this.signups.placeForCommitment(manager, programme, shift, user, {
          id: commitment.id,
          announce,
        });
      }
    }
  }

  /**
   * After the programme's schedule, closed days or dates changed: each standing commitment's
   * series is sent again as a whole (same UID, a higher SEQUENCE). A new weekly rule restarts
   * the series today, so days already past keep their own events in the feed.
   */
  async reviseSeries(
    manager: EntityManager,
    programme: ProgrammeEntity,
    restart: boolean,
  ): Promise<void> {
    const commitments = await manager.find(CommitmentEntity, {
      where: { programmeId: programme.id, endedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    for (const commitment of commitments) {
      if (restart) {
        await manager.update(
          CommitmentEntity,
          { id: commitment.id },
          { seriesFrom: localDateOf(this.clock.now(), programme.timezone) },
        );
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: commitment.userId });
      const { invitation } = await this.messages.commitmentInvitation(manager, commitment.id, user);
      await this.messages.send(
        manager,
        'programme.commitment-changed',
        user,
        { ...this.messages.programmeSummary(programme), invitation },
        `${commitment.id}:${invitation.sequence}`,
      );
    }
  }
}
