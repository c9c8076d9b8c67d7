import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../accounts/actor';
import { Clock } from '../clock/clock';
import { Page, PageRequest } from '../pagination';
import { findVisibleAdoption } from './adoption-access';
import { otherSide, participantsOf, peopleOf } from './adoption-context';
import { AdoptionMessages } from './adoption-messages.service';
import { requireUnchangedSince, VisitAnswer } from './visit-answer-tokens';
import { VisitAction } from './visit-event.entity';
import { findHosts, replaceHosts } from './visit-hosts';
import { VisitChanges } from './visit-changes.service';
import { VisitFilter, VisitReader, VisitView } from './visit-reader.service';
import { VisitRecorder } from './visit-recorder.service';
import {
  checkAgainstOtherVisits,
  checkSlots,
  proposedSlot,
  requireActive,
  requireAnsweringSide,
  requireCompletable,
  requirePupilsAttended,
  requireMayCancel,
  requireSide,
  requireTransition,
} from './visit-rules';
import { VisitEntity, VisitKind, VisitSlot, VisitStatus } from './visit.entity';

export type { VisitFilter, VisitView } from './visit-reader.service';

export interface ProposeVisit {
  kind: VisitKind;
  location: string;
  agenda: string;
  slots: VisitSlot[];
  /** People of the company or the school who take part besides the two sides. */
  hostIds?: string[];
}

@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly recorder: VisitRecorder,
    private readonly messages: AdoptionMessages,
    private readonly reader: VisitReader,
    private readonly changes: VisitChanges,
  ) {}

  /** One side proposes 1 to 3 slots; the other side is asked to confirm one. */
  async propose(actor: Actor, adoptionId: string, command: ProposeVisit): Promise<VisitView> {
    await findVisibleAdoption(this.dataSource.manager, actor, adoptionId);
    const visit = await this.changes.change(adoptionId, async (manager, context) => {
      const side = requireSide(actor, context);
      requireActive(context);
      const term = checkSlots(context, command.kind, command.slots, this.clock.now());
      await checkAgainstOtherVisits(manager, context, command.kind, term, command.slots, null);
      const hosts = await findHosts(manager, context, command.hostIds ?? []);
      const now = this.clock.now();
      const created = manager.create(VisitEntity, {
        adoptionId,
        classId: context.adoption.classId,
        contactPersonId: context.adoption.contactPersonId,
        kind: command.kind,
        status: VisitStatus.Requested,
        term,
        location: command.location,
        agenda: command.agenda,
        slots: command.slots,
        proposedBySide: side,
        proposedBy: actor.userId,
        start: null,
        end: null,
        revision: 0,
        statusReason: null,
        pupilsAttended: null,
        notes: null,
        createdAt: now,
        updatedAt: now,
      });
      const saved = await this.recorder.save(manager, created, VisitAction.Proposed, actor.userId, {
        slots: command.slots,
        ...(hosts.length > 0 ? { hostIds: hosts.map((host) => host.id) } : {}),
      });
      await replaceHosts(manager, saved.id, [], hosts, now);
      await this.messages.askToAnswer(
        manager,
        'visit.requested',
        peopleOf(context, otherSide(side)),
        saved,
        {
          ...this.messages.visitSummary(context, saved, hosts),
          proposedBy: actor.name,
          slots: this.messages.slots(saved),
        },
      );
      return saved;
    });
    return this.reader.view(visit.id);
  }

  /**
   * The side that did not propose confirms one of the slots. Given the `answer` a mailed link
   * carries, the visit must be unchanged since that mail, checked under the visit's lock.
   */
  async confirm(
    actor: Actor,
    visitId: string,
    slotIndex: number,
    answer?: VisitAnswer,
  ): Promise<VisitView> {
    await this.changes.changeVisit(actor, visitId, async (manager, context, visit, hosts) => {
      if (answer) requireUnchangedSince(answer, visit.revision);
      const side = requireSide(actor, context);
      requireTransition(visit, 'confirmed');
      requireAnsweringSide(side, visit, 'confirmed');
      const slot = proposedSlot(visit, slotIndex);
      checkSlots(context, visit.kind, [slot], this.clock.now());
      await checkAgainstOtherVisits(manager, context, visit.kind, visit.term, [slot], visit.id);
      visit.status = VisitStatus.Confirmed;
      visit.start = slot.start;
      visit.end = slot.end;
      const saved = await this.recorder.save(manager, visit, VisitAction.Confirmed, actor.userId, {
        slot: slotIndex,
      });
      await this.messages.send(
        manager,
        'visit.confirmed',
        participantsOf(context, hosts),
        {
          ...this.messages.visitSummary(context, saved, hosts),
          start: slot.start.toISOString(),
          end: slot.end.toISOString(),
          confirmedBy: actor.name,
        },
        `${saved.id}:${saved.revision}`,
      );
      await this.messages.remindOfVisit(manager, context, saved, hosts, this.clock.now());
    });
    return this.reader.view(visitId);
  }

  async decline(
    actor: Actor,
    visitId: string,
    reason: string,
    answer?: VisitAnswer,
  ): Promise<VisitView> {
    await this.changes.changeVisit(actor, visitId, async (manager, context, visit, hosts) => {
      if (answer) requireUnchangedSince(answer, visit.revision);
      const side = requireSide(actor, context);
      requireTransition(visit, 'declined');
      requireAnsweringSide(side, visit, 'declined');
      visit.status = VisitStatus.Declined;
      visit.statusReason = reason;
      const saved = await this.recorder.save(manager, visit, VisitAction.Declined, actor.userId, {
        reason,
      });
      await this.messages.send(
        manager,
        'visit.declined',
        peopleOf(context, visit.proposedBySide),
        { ...this.messages.visitSummary(context, saved, hosts), declinedBy: actor.name, reason },
        `${saved.id}:${saved.revision}`,
      );
    });
    return this.reader.view(visitId);
  }

  /** Either side offers new slots; the visit is requested again, from the other side. */
  async reschedule(actor: Actor, visitId: string, slots: VisitSlot[]): Promise<VisitView> {
    await this.changes.changeVisit(actor, visitId, async (manager, context, visit, hosts) => {
      const side = requireSide(actor, context);
      requireTransition(visit, 'rescheduled');
      requireActive(context);
      const term = checkSlots(context, visit.kind, slots, this.clock.now());
      await checkAgainstOtherVisits(manager, context, visit.kind, term, slots, visit.id);
      // A confirmed visit's agreed time comes off everyone's calendar until a new one is agreed.
      const withdrawn =
        visit.status === VisitStatus.Confirmed
          ? { start: visit.start!.toISOString(), end: visit.end!.toISOString() }
          : null;
      visit.status = VisitStatus.Requested;
      visit.slots = slots;
      visit.term = term;
      visit.start = null;
      visit.end = null;
      visit.proposedBySide = side;
      visit.proposedBy = actor.userId;
      const saved = await this.recorder.save(
        manager,
        visit,
        VisitAction.Rescheduled,
        actor.userId,
        {
          slots,
        },
      );
      const answering = peopleOf(context, otherSide(side));
      const summary = this.messages.visitSummary(context, saved, hosts);
      await this.messages.askToAnswer(manager, 'visit.rescheduled', answering, saved, {
        ...summary,
        rescheduledBy: actor.name,
        slots: this.messages.slots(saved),
        start: withdrawn?.start ?? null,
        end: withdrawn?.end ?? null,
      });
      if (withdrawn) {
        const asked = new Set(answering.map((user) => user.id));
        await this.messages.send(
          manager,
          'visit.time-withdrawn',
          participantsOf(context, hosts).filter((user) => !asked.has(user.id)),
          { ...summary, ...withdrawn, rescheduledBy: actor.name },
          `${saved.id}:${saved.revision}`,
        );
      }
    });
    return this.reader.view(visitId);
  }

  /** Either side (or an admin) cancels a visit that is requested or confirmed. */
  async cancel(actor: Actor, visitId: string, reason: string): Promise<VisitView> {
    await this.changes.changeVisit(actor, visitId, async (manager, context, visit, hosts) => {
      requireMayCancel(actor, context);
      requireTransition(visit, 'cancelled');
      await this.recorder.cancel(
        manager,
        context,
        visit,
        { id: actor.userId, name: actor.name },
        reason,
        hosts,
      );
    });
    return this.reader.view(visitId);
  }

  /**
   * After its end, a confirmed visit is marked held, with how many pupils came. A visit the
   * sweep has marked held already takes the report alone (and a report given may be corrected):
   * its hours and its mail went out when it was completed, and do not go again.
   */
  async complete(
    actor: Actor,
    visitId: string,
    report: { pupilsAttended: number; notes?: string },
  ): Promise<VisitView> {
    await this.changes.changeVisit(actor, visitId, async (manager, context, visit, hosts) => {
      requireSide(actor, context);
      if (visit.status === VisitStatus.Completed) {
        requirePupilsAttended(report.pupilsAttended, context.schoolClass.pupils);
        await this.recorder.report(manager, visit, actor.userId, report);
        return;
      }
      requireTransition(visit, 'completed');
      requireCompletable(
        visit,
        report.pupilsAttended,
        context.schoolClass.pupils,
        this.clock.nowMs(),
      );
      await this.recorder.complete(manager, context, visit, actor.userId, hosts, report);
    });
    return this.reader.view(visitId);
  }

  async get(actor: Actor, visitId: string): Promise<VisitView> {
    await this.reader.visible(actor, visitId);
    return this.reader.view(visitId);
  }

  /** The visits the caller takes part in or may see. */
  list(actor: Actor, filter: VisitFilter, request: PageRequest): Promise<Page<VisitView>> {
    return this.reader.list(actor, filter, request);
  }
}
