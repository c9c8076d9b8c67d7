import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { hoursBetween } from '@app/calendar';
import { Clock } from '../clock/clock';
import { AdoptionContext, participantsOf } from './adoption-context';
import { AdoptionMessages } from './adoption-messages.service';
import { HoursActivity, HoursEntryEntity } from './hours-entry.entity';
import { VisitAction, VisitEventEntity } from './visit-event.entity';
import { VisitEntity, VisitStatus } from './visit.entity';

/**
 * The changes every path shares (a person's action, an adoption's end, a sweep): the visit's new
 * state with a higher revision, its audit entry, and the messages it causes.
 */
@Injectable()
export class VisitRecorder {
  constructor(
    private readonly clock: Clock,
    private readonly messages: AdoptionMessages,
  ) {}

  /** Saves the visit with its revision raised and writes the audit entry. */
  async save(
    manager: EntityManager,
    visit: VisitEntity,
    action: VisitAction,
    actorId: string | null,
    details: object = {},
  ): Promise<VisitEntity> {
    const now = this.clock.now();
    visit.revision += 1;
    visit.updatedAt = now;
    const saved = await manager.save(VisitEntity, visit);
    await this.note(manager, saved, action, actorId, details, now);
    return saved;
  }

  /**
   * Writes an audit entry at the visit's current revision. Alone, it records a change that leaves
   * the revision as it is: one no calendar has seen yet, so the answer links already mailed stay
   * good.
   */
  async note(
    manager: EntityManager,
    visit: VisitEntity,
    action: VisitAction,
    actorId: string | null,
    details: object = {},
    at = this.clock.now(),
  ): Promise<void> {
    await manager.insert(VisitEventEntity, {
      visitId: visit.id,
      action,
      actorId,
      revision: visit.revision,
      details,
      at,
    });
  }

  async cancel(
    manager: EntityManager,
    context: AdoptionContext,
    visit: VisitEntity,
    actor: { id: string; name: string } | null,
    reason: string,
    hosts: UserEntity[],
  ): Promise<VisitEntity> {
    visit.status = VisitStatus.Cancelled;
    visit.statusReason = reason;
    const saved = await this.save(manager, visit, VisitAction.Cancelled, actor?.id ?? null, {
      reason,
    });
    await this.messages.send(
      manager,
      'visit.cancelled',
      participantsOf(context, hosts),
      {
        ...this.messages.visitSummary(context, saved, hosts),
        cancelledBy: actor?.name ?? null,
        reason,
        start: saved.start?.toISOString() ?? null,
        end: saved.end?.toISOString() ?? null,
      },
      `${saved.id}:${saved.revision}`,
    );
    return saved;
  }

  /** Marks a confirmed visit held and logs its duration as the contact person's hours, once. */
  /** The report of a visit that is completed already: how many pupils came, and notes. */
  async report(
    manager: EntityManager,
    visit: VisitEntity,
    actorId: string,
    report: { pupilsAttended: number; notes?: string },
  ): Promise<VisitEntity> {
    visit.pupilsAttended = report.pupilsAttended;
    visit.notes = report.notes ?? null;
    return this.save(manager, visit, VisitAction.Reported, actorId, report);
  }

  async complete(
    manager: EntityManager,
    context: AdoptionContext,
    visit: VisitEntity,
    actorId: string | null,
    hosts: UserEntity[],
    report: { pupilsAttended?: number | null; notes?: string | null } = {},
  ): Promise<VisitEntity> {
    visit.status = VisitStatus.Completed;
    visit.pupilsAttended = report.pupilsAttended ?? null;
    visit.notes = report.notes ?? null;
    const saved = await this.save(manager, visit, VisitAction.Completed, actorId, report);
    const hours = hoursBetween(saved.start, saved.end);
    await manager
      .createQueryBuilder()
      .insert()
      .into(HoursEntryEntity)
      .values({
        adoptionId: saved.adoptionId,
        userId: saved.contactPersonId,
        date: DateTime.fromJSDate(saved.start!, { zone: context.school.timezone }).toISODate()!,
        term: saved.term,
        hours,
        activity: HoursActivity.Visit,
        note: '',
        visitId: saved.id,
        createdAt: this.clock.now(),
      })
      .orIgnore()
      .execute();
    await this.messages.send(
      manager,
      'visit.completed',
      participantsOf(context, hosts),
      {
        ...this.messages.visitSummary(context, saved, hosts),
        start: saved.start!.toISOString(),
        end: saved.end!.toISOString(),
        hours,
      },
      `${saved.id}:${saved.revision}`,
    );
    return saved;
  }
}
