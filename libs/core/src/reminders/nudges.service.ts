import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { DAY_MS, daysFromTo, localDateOf, termOf } from '@app/calendar';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { Role } from '../accounts/role';
import { UserEntity } from '../accounts/user.entity';
import { loadAdoptionContext, otherSide, sidesOf, peopleOf } from '../adoptions/adoption-context';
import { AdoptionMessages } from '../adoptions/adoption-messages.service';
import { calendarOf } from '../adoptions/classes.service';
import { hostsOf } from '../adoptions/visit-hosts';
import { VisitEntity, VisitKind, VisitStatus } from '../adoptions/visit.entity';
import { Clock } from '../clock/clock';
import { loadProgramme } from '../volunteering/programme-loader';
import { ShiftEntity } from '../volunteering/shift.entity';
import { VolunteeringMessages } from '../volunteering/volunteering-messages.service';

/** A term with this many days left and no class visit confirmed is nudged. */
export const TERM_NUDGE_DAYS = 42;
/** A request unanswered this long is nudged, once. */
export const REQUEST_NUDGE_DAYS = 3;
/** A shift this close and short of its minimum is nudged, once. */
export const SHORT_SHIFT_HOURS = 48;

/**
 * The nudges: a term running out with no class visit, a request waiting for an answer, a shift
 * short of volunteers. Each is keyed by what it is about, so a sweep that runs again, or on two
 * workers, sends each nudge once.
 */
@Injectable()
export class NudgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly adoptionMessages: AdoptionMessages,
    private readonly volunteeringMessages: VolunteeringMessages,
  ) {}

  async sendAll(): Promise<number> {
    return (
      (await this.nudgeTerms()) + (await this.nudgeRequests()) + (await this.nudgeShortShifts())
    );
  }

  async nudgeTerms(): Promise<number> {
    const active = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM adoptions WHERE status = 'active'`,
    );
    let nudged = 0;
    for (const { id } of active) {
      await this.dataSource.transaction(async (manager) => {
        const context = await loadAdoptionContext(manager, id);
        const today = localDateOf(this.clock.now(), context.school.timezone);
        const term = termOf(today, calendarOf(context.school));
        if (!term || term.endsOn > context.adoption.endsOn) return;
        const daysLeft = daysFromTo(today, term.endsOn);
        if (daysLeft > TERM_NUDGE_DAYS) return;
        const held = await manager.countBy(VisitEntity, {
          adoptionId: id,
          term: term.name,
          kind: VisitKind.ClassVisit,
          status: In([VisitStatus.Confirmed, VisitStatus.Completed]),
        });
        if (held > 0) return;
        const written = await this.outbox.addForEach(
          manager,
          'adoption.term-nudge',
          sidesOf(context),
          {
            adoptionId: id,
            className: context.schoolClass.label,
            schoolName: context.school.name,
            companyName: context.company.name,
            term: term.name,
            termEndsOn: term.endsOn,
            daysLeft,
            link: this.adoptionMessages.adoptionLink(id),
          },
          `${id}:${term.name}`,
        );
        if (written > 0) nudged += 1;
      });
    }
    return nudged;
  }

  async nudgeRequests(): Promise<number> {
    const waiting = await this.dataSource.getRepository(VisitEntity).find({
      where: {
        status: VisitStatus.Requested,
        updatedAt: LessThanOrEqual(new Date(this.clock.nowMs() - REQUEST_NUDGE_DAYS * DAY_MS)),
      },
    });
    let nudged = 0;
    for (const visit of waiting) {
      await this.dataSource.transaction(async (manager) => {
        const context = await loadAdoptionContext(manager, visit.adoptionId);
        const proposer = await manager.findOneBy(UserEntity, { id: visit.proposedBy });
        const written = await this.outbox.addForEach(
          manager,
          'visit.request-nudge',
          peopleOf(context, otherSide(visit.proposedBySide)),
          {
            ...this.adoptionMessages.visitSummary(context, visit, await hostsOf(manager, visit.id)),
            slots: this.adoptionMessages.slots(visit),
            proposedBy: proposer?.name ?? '',
            daysWaiting: Math.floor((this.clock.nowMs() - visit.updatedAt.getTime()) / DAY_MS),
          },
          `${visit.id}:${visit.revision}`,
        );
        if (written > 0) nudged += 1;
      });
    }
    return nudged;
  }

  async nudgeShortShifts(): Promise<number> {
    const now = this.clock.now();
    const soon = await this.dataSource.query<
      { id: string; programme_id: string; signed_up: number }[]
    >(
      `SELECT shifts.id, shifts.programme_id,
              (SELECT count(*)::int FROM signups
               WHERE signups.shift_id = shifts.id AND signups.status = 'confirmed') AS signed_up
       FROM shifts JOIN programmes ON programmes.id = shifts.programme_id
       WHERE shifts.status = 'scheduled' AND shifts.start_at > $1 AND shifts.start_at <= $2
         AND (SELECT count(*) FROM signups
              WHERE signups.shift_id = shifts.id AND signups.status = 'confirmed')
             < programmes.capacity_min`,
      [now, new Date(now.getTime() + SHORT_SHIFT_HOURS * 60 * 60 * 1000)],
    );
    let nudged = 0;
    for (const row of soon) {
      await this.dataSource.transaction(async (manager) => {
        const programme = await loadProgramme(manager, row.programme_id);
        const shift = await manager.findOneByOrFail(ShiftEntity, { id: row.id });
        const summary = this.volunteeringMessages.shiftSummary(programme, shift);
        const params = { ...summary, signedUp: row.signed_up, minimum: programme.capacityMin };
        const key = `${shift.id}:${shift.revision}`;
        const toCoordinators = await this.outbox.addForEach(
          manager,
          'shift.short',
          programme.coordinators,
          { ...params, forCoordinator: true },
          key,
        );
        // The volunteers of the named companies who have no place on it yet.
        const free = await manager.query<UserEntity[]>(
          `SELECT DISTINCT users.id, users.email, users.name, users.locale FROM users
           JOIN memberships ON memberships.user_id = users.id
           WHERE memberships.role = $1 AND memberships.company_id = ANY($2::uuid[])
             AND NOT EXISTS (
               SELECT 1 FROM signups WHERE signups.shift_id = $3 AND signups.user_id = users.id
                 AND signups.status IN ('confirmed', 'waitlisted'))`,
          [Role.Volunteer, programme.companies.map((company) => company.id), shift.id],
        );
        const toVolunteers = await this.outbox.addForEach(
          manager,
          'shift.short',
          free,
          { ...params, forCoordinator: false },
          key,
        );
        if (toCoordinators + toVolunteers > 0) nudged += 1;
      });
    }
    return nudged;
  }
}
