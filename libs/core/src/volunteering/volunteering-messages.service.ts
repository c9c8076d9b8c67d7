import { DAY_MS } from '@app/calendar';
import { shiftEventUid } from '@app/messaging/calendar/event-identity';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { TemplateName, TemplateParams } from '@app/messaging/templates';
import { UserEntity } from '../accounts/user.entity';
import { ProgrammeEntity } from './programme.entity';
import { ShiftEntity } from './shift.entity';
import { appLinks } from '../links/app-links';

/** Writes the messages volunteering changes cause, with the change's transaction. */
@Injectable()
export class VolunteeringMessages {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send<Name extends TemplateName>(
    manager: EntityManager,
    template: Name,
    recipient: Pick<UserEntity, 'id' | 'email' | 'name' | 'locale'>,
    params: TemplateParams[Name],
    eventKey: string,
  ): Promise<void> {
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
