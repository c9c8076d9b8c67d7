import { DAY_MS, localInstant } from '@app/calendar';
import { commitmentEventUid, shiftEventUid } from '@app/messaging/calendar/event-identity';
import { weeklyEvent } from '@app/messaging/calendar/weekly-series';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { InvitationEvent, TemplateName, TemplateParams } from '@app/messaging/templates';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { ProgrammeEntity } from './programme.entity';
import { ShiftEntity } from './shift.entity';
import { appLinks } from '../links/app-links';
import { commitmentSeries, loadSeriesFacts } from './commitment-series';

/** Writes the messages volunteering changes cause, with the change's transaction. */
@Injectable()
export class VolunteeringMessages {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  send<Name extends TemplateName>(
    manager: EntityManager,
    template: Name,
    recipient: Pick<UserEntity, 'id' | 'email' | 'name' | 'locale'>,
    params: TemplateParams[Name],
    eventKey: string,
  ): Promise<number> {
    return this.outbox.addForEach(manager, template, [recipient], params, eventKey);
  }

  /**
   * The revisions of every place a volunteer has had on a shift, added up: it rises with every
   * change of any of them, also when a place given up is taken again, so the calendar event's
   * SEQUENCE never goes down.
   */
  async placeRevision(manager: EntityManager, shiftId: string, userId: string): Promise<number> {
    const [row] = await manager.query<{ total: number }[]>(
      'SELECT coalesce(sum(revision), 0)::int AS total FROM signups WHERE shift_id = $1 AND user_id = $2',
      [shiftId, userId],
    );
    return row.total;
  }

  /**
   * What a mail says about a shift; with the volunteer's place (its `placeRevision`), also the
   * calendar event, whose SEQUENCE rises with every change of the shift and of the place.
   */
  shiftSummary(
    programme: ProgrammeEntity,
    shift: ShiftEntity,
    place?: { revision: number; user: Pick<UserEntity, 'name' | 'email'> },
  ) {
    return {
      ...(place
        ? {
            invitation: {
              uid: shiftEventUid(shift.id, this.config.publicUrl),
              sequence: shift.revision + place.revision,
              start: shift.start.toISOString(),
              end: shift.end.toISOString(),
              attendees: [{ name: place.user.name, email: place.user.email }],
            },
          }
        : {}),
      shiftId: shift.id,
      programmeTitle: programme.title,
      partnerName: programme.partner.name,
      location: programme.location,
      timezone: programme.timezone,
      start: shift.start.toISOString(),
      end: shift.end.toISOString(),
      link: appLinks(this.config.publicUrl).shift(shift.id),
    };
  }

  /**
   * A standing commitment's recurring event as it now stands, for a message that changes it: its
   * SEQUENCE is raised first. `withdrawn` when the commitment ended holding no day at all.
   */
  async commitmentInvitation(
    manager: EntityManager,
    commitmentId: string,
    user: Pick<UserEntity, 'name' | 'email'>,
  ): Promise<{ invitation: InvitationEvent; withdrawn: boolean }> {
    await this.reviseSeries(manager, commitmentId);
    const [facts] = await loadSeriesFacts(manager, { commitmentIds: [commitmentId] });
    const { series, withdrawn } = commitmentSeries(facts);
    const first = weeklyEvent(series, facts.timezone);
    return {
      invitation: {
        uid: commitmentEventUid(commitmentId, this.config.publicUrl),
        sequence: facts.revision,
        start: first.start.toISO()!,
        end: first.end.toISO()!,
        attendees: [{ name: user.name, email: user.email }],
        recurrence: series,
      },
      withdrawn,
    };
  }

  /**
   * What a mail says about one day of a standing commitment that changes on its own (cancelled,
   * given up, on the waiting list): the day of the commitment's event, named by RECURRENCE-ID.
   */
  async occurrenceSummary(
    manager: EntityManager,
    programme: ProgrammeEntity,
    shift: ShiftEntity,
    commitmentId: string,
    user: Pick<UserEntity, 'name' | 'email'>,
  ) {
    const sequence = await this.reviseSeries(manager, commitmentId);
    return {
      ...this.shiftSummary(programme, shift),
      invitation: {
        uid: commitmentEventUid(commitmentId, this.config.publicUrl),
        sequence,
        start: shift.start.toISOString(),
        end: shift.end.toISOString(),
        attendees: [{ name: user.name, email: user.email }],
        // The day as the weekly rule makes it, whatever became of the shift.
        recurrenceId: localInstant(shift.date, programme.startTime, programme.timezone).toISO()!,
      },
    };
  }

  /** Raises the commitment's SEQUENCE; every message that changes its event carries a new one. */
  private async reviseSeries(manager: EntityManager, commitmentId: string): Promise<number> {
    const [rows] = await manager.query<[{ revision: number }[], number]>(
      'UPDATE commitments SET revision = revision + 1, revised_at = $2 WHERE id = $1 RETURNING revision',
      [commitmentId, this.clock.now()],
    );
    return rows[0].revision;
  }

  /** What a mail about a programme as a whole says of it: where, and when it meets each week. */
  programmeSummary(programme: ProgrammeEntity) {
    return {
      programmeTitle: programme.title,
      partnerName: programme.partner.name,
      location: programme.location,
      timezone: programme.timezone,
      weekdays: programme.weekdays,
      startTime: programme.startTime,
      endTime: programme.endTime,
      link: this.programmeLink(programme.id),
    };
  }

  programmeLink(programmeId: string): string {
    return appLinks(this.config.publicUrl).programme(programmeId);
  }

  /** A reminder the day before a confirmed place, unless that time has already passed. */
  async remindOfShift(
    manager: EntityManager,
    programme: ProgrammeEntity,
    shift: ShiftEntity,
    place: { id: string; revision: number; user: UserEntity },
    now: Date,
  ): Promise<void> {
    const dueAt = new Date(shift.start.getTime() - DAY_MS);
    if (dueAt <= now) return;
    await this.outbox.add(manager, {
      template: 'shift.reminder',
      recipient: {
        userId: place.user.id,
        email: place.user.email,
        name: place.user.name,
        locale: place.user.locale,
      },
      params: {
        ...this.shiftSummary(programme, shift),
        daysBefore: 1,
        signupId: place.id,
        signupRevision: place.revision,
      },
      dedupeKey: `shift.reminder:${place.id}:${place.revision}`,
      dueAt,
    });
  }
}
