import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { Actor, organisationIds } from '../accounts/actor';
import { Role } from '../accounts/role';
import { Clock } from '../clock/clock';
import { withConstraintsAsConflicts } from '../errors/database-conflicts';
import {
  ConflictError,
  ForbiddenError,
  InvalidFieldError,
  NotFoundError,
} from '../errors/domain-error';
import { UserEntity } from '../accounts/user.entity';
import { Page, paginate, PageRequest } from '../pagination';
import { canSeeAdoption, findVisibleAdoption, sideOf } from './adoption-access';
import {
  AdoptionContext,
  loadAdoptionContext,
  otherSide,
  participantsOf,
  peopleOf,
} from './adoption-context';
import { AdoptionMessages } from './adoption-messages.service';
import { AdoptionStatus } from './adoption.entity';
import { VisitRecorder } from './visit-recorder.service';
import { checkSlots, overlaps, VISIT_CONFLICTS } from './visit-rules';
import { VisitAction, VisitEventEntity } from './visit-event.entity';
import { findHosts, hostIdsOf, hostsOf, isHost, replaceHosts } from './visit-hosts';
import { Side, VisitEntity, VisitKind, VisitSlot, VisitStatus } from './visit.entity';

export interface ProposeVisit {
  kind: VisitKind;
  location: string;
  agenda: string;
  slots: VisitSlot[];
  /** People of the company or the school who take part besides the two sides. */
  hostIds?: string[];
}

export interface VisitView {
  visit: VisitEntity;
  events: VisitEventEntity[];
  hostIds: string[];
  /** The school's zone, in which the visit's times are local. */
  timezone?: string;
}

const LIVE = [VisitStatus.Requested, VisitStatus.Confirmed, VisitStatus.Completed];

@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly recorder: VisitRecorder,
    private readonly messages: AdoptionMessages,
  ) {}

  /** One side proposes 1 to 3 slots; the other side is asked to confirm one. */
  async propose(actor: Actor, adoptionId: string, command: ProposeVisit): Promise<VisitView> {
    await findVisibleAdoption(this.dataSource.manager, actor, adoptionId);
    const visit = await this.change(adoptionId, async (manager, context) => {
      const side = this.requireSide(actor, context);
      this.requireActive(context);
      const term = checkSlots(context, command.kind, command.slots, this.clock.now());
      await this.checkAgainstOthers(manager, context, command.kind, term, command.slots, null);
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
      await replaceHosts(manager, saved.id, hosts, now);
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
    return this.view(visit.id);
  }

  /** The side that did not propose confirms one of the slots. */
  async confirm(actor: Actor, visitId: string, slotIndex: number): Promise<VisitView> {
    await this.changeVisit(actor, visitId, async (manager, context, visit, hosts) => {
      const side = this.requireSide(actor, context);
      this.requireStatus(visit, [VisitStatus.Requested], 'confirmed');
      if (side === visit.proposedBySide) {
        throw new ConflictError(
          'visit.own-proposal',
          'The side that proposed a visit cannot confirm it; the other side does.',
        );
      }
      const slot = visit.slots[slotIndex];
      if (!slot) {
        throw new InvalidFieldError(
          'visit.slot-index',
          'slot',
          `must be the index of a proposed slot, 0 to ${visit.slots.length - 1}`,
        );
      }
      checkSlots(context, visit.kind, [slot], this.clock.now());
      await this.checkAgainstOthers(manager, context, visit.kind, visit.term, [slot], visit.id);
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
    return this.view(visitId);
  }

  async decline(actor: Actor, visitId: string, reason: string): Promise<VisitView> {
    await this.changeVisit(actor, visitId, async (manager, context, visit, hosts) => {
      const side = this.requireSide(actor, context);
      this.requireStatus(visit, [VisitStatus.Requested], 'declined');
      if (side === visit.proposedBySide) {
        throw new ConflictError(
          'visit.own-proposal',
          'The side that proposed a visit cannot decline it; it can cancel it.',
        );
      }
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
    return this.view(visitId);
  }

  /** Either side offers new slots; the visit is requested again, from the other side. */
  async reschedule(actor: Actor, visitId: string, slots: VisitSlot[]): Promise<VisitView> {
    await this.changeVisit(actor, visitId, async (manager, context, visit, hosts) => {
      const side = this.requireSide(actor, context);
      this.requireStatus(visit, [VisitStatus.Requested, VisitStatus.Confirmed], 'rescheduled');
      this.requireActive(context);
      const term = checkSlots(context, visit.kind, slots, this.clock.now());
      await this.checkAgainstOthers(manager, context, visit.kind, term, slots, visit.id);
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
    return this.view(visitId);
  }

  /** Either side (or an admin) cancels a visit that is requested or confirmed. */
  async cancel(actor: Actor, visitId: string, reason: string): Promise<VisitView> {
    await this.changeVisit(actor, visitId, async (manager, context, visit) => {
      if (!actor.isAdmin) this.requireSide(actor, context);
      this.requireStatus(visit, [VisitStatus.Requested, VisitStatus.Confirmed], 'cancelled');
      await this.recorder.cancel(
        manager,
        context,
        visit,
        { id: actor.userId, name: actor.name },
        reason,
      );
    });
    return this.view(visitId);
  }

  /**
   * Either side (or an admin) names who else takes part: people of the company or the school.
   * On a confirmed visit, those added get the invitation and those taken off its cancellation,
   * under a new revision, and the reminders follow the new list. On a requested visit nothing is
   * mailed yet: everyone gets the invitation when it is confirmed.
   */
  async setHosts(actor: Actor, visitId: string, hostIds: string[]): Promise<VisitView> {
    await this.changeVisit(actor, visitId, async (manager, context, visit) => {
      if (!actor.isAdmin) this.requireSide(actor, context);
      this.requireStatus(
        visit,
        [VisitStatus.Requested, VisitStatus.Confirmed],
        'given other participants',
      );
      const hosts = await findHosts(manager, context, hostIds);
      const { added, removed } = await replaceHosts(manager, visit.id, hosts, this.clock.now());
      if (added.length === 0 && removed.length === 0) return;
      const details = {
        added: added.map((user) => user.id),
        removed: removed.map((user) => user.id),
      };
      if (visit.status === VisitStatus.Requested) {
        await this.recorder.note(manager, visit, VisitAction.HostsChanged, actor.userId, details);
        return;
      }
      const saved = await this.recorder.save(
        manager,
        visit,
        VisitAction.HostsChanged,
        actor.userId,
        details,
      );
      const summary = {
        ...this.messages.visitSummary(context, saved, hosts),
        start: saved.start!.toISOString(),
        end: saved.end!.toISOString(),
        changedBy: actor.name,
      };
      const eventKey = `${saved.id}:${saved.revision}`;
      await this.messages.send(manager, 'visit.host-added', added, summary, eventKey);
      // The cancellation names only those it uninvites; the visit stands for everyone else.
      await this.messages.send(
        manager,
        'visit.host-removed',
        removed,
        {
          ...summary,
          invitation: {
            ...summary.invitation,
            attendees: removed.map(({ name, email }) => ({ name, email })),
          },
        },
        eventKey,
      );
      await this.messages.remindOfVisit(manager, context, saved, hosts, this.clock.now());
    });
    return this.view(visitId);
  }

  /** After its end, a confirmed visit is marked held, with how many pupils came. */
  async complete(
    actor: Actor,
    visitId: string,
    report: { pupilsAttended: number; notes?: string },
  ): Promise<VisitView> {
    await this.changeVisit(actor, visitId, async (manager, context, visit) => {
      this.requireSide(actor, context);
      this.requireStatus(visit, [VisitStatus.Confirmed], 'completed');
      if (visit.end!.getTime() > this.clock.nowMs()) {
        throw new ConflictError('visit.not-ended', 'A visit can be completed only after its end.');
      }
      if (report.pupilsAttended > context.schoolClass.pupils) {
        throw new InvalidFieldError(
          'visit.pupils-attended',
          'pupilsAttended',
          `must be at most the class's ${context.schoolClass.pupils} pupils`,
        );
      }
      await this.recorder.complete(manager, context, visit, actor.userId, report);
    });
    return this.view(visitId);
  }

  async get(actor: Actor, visitId: string): Promise<VisitView> {
    await this.visible(actor, visitId);
    return this.view(visitId);
  }

  /** The visits the caller takes part in or may see, soonest first. */
  async list(
    actor: Actor,
    filter: { status?: VisitStatus; adoptionId?: string },
    request: PageRequest,
  ): Promise<Page<VisitView>> {
    const query = this.dataSource
      .getRepository(VisitEntity)
      .createQueryBuilder('visit')
      .innerJoin('visit.adoption', 'adoption')
      .innerJoin('classes', 'class', 'class.id = adoption.class_id');
    if (!actor.isAdmin) {
      const schoolIds = organisationIds(actor, 'school', [Role.Teacher]);
      const companyIds = organisationIds(actor, 'company', [Role.Contact]);
      query.where(
        new Brackets((where) => {
          where.where('adoption.contact_person_id = :me', { me: actor.userId });
          where.orWhere(
            'visit.id IN (SELECT visit_id FROM visit_hosts WHERE user_id = :me AND removed_at IS NULL)',
          );
          if (schoolIds.length) where.orWhere('class.school_id IN (:...schoolIds)', { schoolIds });
          if (companyIds.length)
            where.orWhere('adoption.company_id IN (:...companyIds)', { companyIds });
        }),
      );
    }
    if (filter.status) query.andWhere('visit.status = :status', { status: filter.status });
    if (filter.adoptionId) query.andWhere('visit.adoption_id = :adoptionId', filter);
    const page = await paginate(
      query,
      'createdAt',
      (visit) => visit.createdAt.toISOString(),
      request,
    );
    const hosts = await hostIdsOf(
      this.dataSource.manager,
      page.items.map((visit) => visit.id),
    );
    return {
      items: page.items.map((visit) => ({ visit, events: [], hostIds: hosts.get(visit.id)! })),
      next: page.next,
    };
  }

  private async view(visitId: string): Promise<VisitView> {
    const visit = await this.dataSource.getRepository(VisitEntity).findOneByOrFail({ id: visitId });
    const events = await this.dataSource
      .getRepository(VisitEventEntity)
      .find({ where: { visitId }, order: { at: 'ASC', revision: 'ASC' } });
    const [school] = await this.dataSource.query<{ timezone: string }[]>(
      `SELECT schools.timezone FROM classes JOIN schools ON schools.id = classes.school_id
       WHERE classes.id = $1`,
      [visit.classId],
    );
    const hosts = await hostIdsOf(this.dataSource.manager, [visitId]);
    return { visit, events, hostIds: hosts.get(visitId)!, timezone: school?.timezone };
  }

  private async visible(actor: Actor, visitId: string): Promise<VisitEntity> {
    const visit = await this.dataSource.getRepository(VisitEntity).findOne({
      where: { id: visitId },
      relations: { adoption: { schoolClass: true } },
    });
    const visible =
      visit &&
      (canSeeAdoption(actor, visit.adoption, visit.adoption.schoolClass.schoolId) ||
        (await isHost(this.dataSource.manager, visit.id, actor.userId)));
    if (!visible) throw new NotFoundError('visit');
    return visit;
  }

  /** Runs a change of an adoption's visits with the adoption locked; database rules become 409s. */
  private change<T>(
    adoptionId: string,
    work: (manager: EntityManager, context: AdoptionContext) => Promise<T>,
  ): Promise<T> {
    return withConstraintsAsConflicts(VISIT_CONFLICTS, () =>
      this.dataSource.transaction(async (manager) =>
        work(manager, await loadAdoptionContext(manager, adoptionId, true)),
      ),
    );
  }

  private async changeVisit(
    actor: Actor,
    visitId: string,
    work: (
      manager: EntityManager,
      context: AdoptionContext,
      visit: VisitEntity,
      hosts: UserEntity[],
    ) => Promise<void>,
  ): Promise<void> {
    const { adoptionId } = await this.visible(actor, visitId);
    await this.change(adoptionId, async (manager, context) => {
      const visit = await manager.findOneOrFail(VisitEntity, {
        where: { id: visitId },
        lock: { mode: 'pessimistic_write' },
      });
      await work(manager, context, visit, await hostsOf(manager, visitId));
    });
  }

  private requireSide(actor: Actor, context: AdoptionContext): Side {
    const side = sideOf(
      actor,
      context.adoption,
      context.teachers.map((teacher) => teacher.id),
    );
    if (!side) {
      throw new ForbiddenError(
        'visit.not-a-side',
        "Only the class's teachers and the adoption's contact person take part in its visits.",
      );
    }
    return side;
  }

  private requireActive(context: AdoptionContext): void {
    if (context.adoption.status !== AdoptionStatus.Active) {
      throw new ConflictError(
        'adoption.not-active',
        `The adoption is ${context.adoption.status}; it takes no new visits.`,
      );
    }
  }

  private requireStatus(visit: VisitEntity, allowed: VisitStatus[], becoming: string): void {
    if (!allowed.includes(visit.status)) {
      throw new ConflictError(
        'visit.status',
        `A ${visit.status} visit cannot be ${becoming}; only a ${allowed.join(' or ')} one.`,
      );
    }
  }

  /**
   * The rules between visits: one live visit of a kind per term, the preparation meeting before
   * the term's class visit, and no overlap with a confirmed visit of the class or the contact
   * person. PostgreSQL enforces the first and the last too, for concurrent requests.
   */
  private async checkAgainstOthers(
    manager: EntityManager,
    context: AdoptionContext,
    kind: VisitKind,
    term: string,
    slots: VisitSlot[],
    ignoreVisitId: string | null,
  ): Promise<void> {
    const sameTerm = (
      await manager.find(VisitEntity, {
        where: { adoptionId: context.adoption.id, term, status: In(LIVE) },
      })
    ).filter((other) => other.id !== ignoreVisitId);
    if (sameTerm.some((other) => other.kind === kind)) {
      throw kind === VisitKind.ClassVisit
        ? VISIT_CONFLICTS.visits_one_class_visit_per_term
        : VISIT_CONFLICTS.visits_one_preparation_per_term;
    }
    const classVisit = sameTerm.find((other) => other.kind === VisitKind.ClassVisit && other.start);
    const preparation = sameTerm.find((other) => other.kind === VisitKind.Preparation && other.end);
    const misplaced =
      (kind === VisitKind.Preparation &&
        classVisit &&
        slots.some((slot) => slot.end > classVisit.start!)) ||
      (kind === VisitKind.ClassVisit &&
        preparation &&
        slots.some((slot) => slot.start < preparation.end!));
    if (misplaced) {
      throw new ConflictError(
        'visit.preparation-after-class-visit',
        "A term's preparation meeting lies before its class visit.",
      );
    }

    const busy = (
      await manager
        .getRepository(VisitEntity)
        .createQueryBuilder('visit')
        .where('visit.status IN (:...statuses)', {
          statuses: [VisitStatus.Confirmed, VisitStatus.Completed],
        })
        .andWhere('(visit.class_id = :classId OR visit.contact_person_id = :contactId)', {
          classId: context.adoption.classId,
          contactId: context.adoption.contactPersonId,
        })
        .andWhere('visit.end_at > :from AND visit.start_at < :to', {
          from: new Date(Math.min(...slots.map((slot) => slot.start.getTime()))),
          to: new Date(Math.max(...slots.map((slot) => slot.end.getTime()))),
        })
        .getMany()
    ).filter((other) => other.id !== ignoreVisitId);
    for (const slot of slots) {
      const clash = busy.find((other) => overlaps(slot, other));
      if (clash) {
        throw clash.classId === context.adoption.classId
          ? VISIT_CONFLICTS.visits_no_class_overlap
          : VISIT_CONFLICTS.visits_no_contact_person_overlap;
      }
    }
  }
}
