import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { FINAL_GRADE, graduationDay, localDateOf, Term } from '@app/calendar';
import { Actor, organisationIds } from '../accounts/actor';
import { MembershipEntity } from '../accounts/membership.entity';
import { Role } from '../accounts/role';
import { namesOf } from '../accounts/user-names';
import { Clock } from '../clock/clock';
import { withConstraintsAsConflicts } from '../errors/database-conflicts';
import { ConflictError, ForbiddenError, InvalidFieldError } from '../errors/domain-error';
import { CompanyEntity } from '../organisations/company.entity';
import { Page, paginate, PageRequest } from '../pagination';
import { findVisibleAdoption, sideOf } from './adoption-access';
import {
  AdoptionContext,
  loadAdoptionContext,
  loadAdoptionContexts,
  sidesOf,
} from './adoption-context';
import { AdoptionMessages } from './adoption-messages.service';
import { AdoptionSummary, summariseAdoption } from './adoption-summary';
import { AdoptionEntity, AdoptionStatus } from './adoption.entity';
import { calendarOf } from './classes.service';
import { HoursEntryEntity } from './hours-entry.entity';
import { SchoolClassEntity } from './school-class.entity';
import { VisitRecorder } from './visit-recorder.service';
import { hostIdsOf, hostsOf } from './visit-hosts';
import { VisitEntity, VisitStatus } from './visit.entity';

/** About one working day per activity per half-year. */
export const DEFAULT_HOURS_BUDGET_PER_TERM = 7.4;

export interface CreateAdoption {
  classId: string;
  companyId: string;
  contactPersonId: string;
  startsOn: string;
  hoursBudgetPerTerm?: number;
}

export interface TermView {
  term: Term;
  visits: { visit: VisitEntity; hostIds: string[]; names: ReadonlyMap<string, string> }[];
  hoursBudget: number;
  hoursLogged: number;
}

export interface AdoptionView extends AdoptionSummary {
  terms: TermView[];
}

export type { AdoptionSummary } from './adoption-summary';

const ALREADY_ADOPTED = new ConflictError(
  'adoption.class-already-adopted',
  'The class already has an active adoption: one active adoption per class.',
);

@Injectable()
export class AdoptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly messages: AdoptionMessages,
    private readonly recorder: VisitRecorder,
  ) {}

  /** A company adopts a class until the class has finished 9th grade. */
  async create(command: CreateAdoption): Promise<AdoptionView> {
    const id = await withConstraintsAsConflicts(
      { adoptions_one_active_per_class: ALREADY_ADOPTED },
      () =>
        this.dataSource.transaction(async (manager) => {
          const schoolClass = await manager.findOne(SchoolClassEntity, {
            where: { id: command.classId },
            relations: { school: true },
          });
          if (!schoolClass) {
            throw new InvalidFieldError(
              'adoption.class-unknown',
              'classId',
              'must be the id of a class',
            );
          }
          const company = await manager.findOneBy(CompanyEntity, { id: command.companyId });
          if (!company) {
            throw new InvalidFieldError(
              'adoption.company-unknown',
              'companyId',
              'must be the id of a company',
            );
          }
          const contact = await manager.findOneBy(MembershipEntity, {
            userId: command.contactPersonId,
            role: Role.Contact,
            companyId: command.companyId,
          });
          if (!contact) {
            throw new ConflictError(
              'adoption.contact-not-in-company',
              'The contact person must be a contact person of the adopting company.',
            );
          }
          const endsOn = this.checkClassCanBeAdopted(schoolClass, command.startsOn);
          const active = await manager.findOneBy(AdoptionEntity, {
            classId: command.classId,
            status: AdoptionStatus.Active,
          });
          if (active) throw ALREADY_ADOPTED;

          const adoption = await manager.save(
            manager.create(AdoptionEntity, {
              classId: command.classId,
              companyId: command.companyId,
              contactPersonId: command.contactPersonId,
              status: AdoptionStatus.Active,
              startsOn: command.startsOn,
              endsOn,
              hoursBudgetPerTerm: command.hoursBudgetPerTerm ?? DEFAULT_HOURS_BUDGET_PER_TERM,
              endedAt: null,
              endReason: null,
              endedBy: null,
              createdAt: this.clock.now(),
            }),
          );
          const context = await loadAdoptionContext(manager, adoption.id);
          await this.messages.send(
            manager,
            'adoption.created',
            sidesOf(context),
            {
              adoptionId: adoption.id,
              className: schoolClass.label,
              schoolName: schoolClass.school.name,
              companyName: company.name,
              contactPersonName: context.contactPerson.name,
              startsOn: adoption.startsOn,
              endsOn: adoption.endsOn,
              link: this.messages.adoptionLink(adoption.id),
            },
            adoption.id,
          );
          return adoption.id;
        }),
    );
    return this.view(id);
  }

  async get(actor: Actor, id: string): Promise<AdoptionView> {
    await findVisibleAdoption(this.dataSource.manager, actor, id);
    return this.view(id);
  }

  /** The caller's adoptions, each with the names of its class, school, company and people. */
  async list(actor: Actor, request: PageRequest): Promise<Page<AdoptionSummary>> {
    const query = this.dataSource
      .getRepository(AdoptionEntity)
      .createQueryBuilder('adoption')
      .innerJoin('classes', 'class', 'class.id = adoption.class_id');
    if (!actor.isAdmin) {
      const schoolIds = organisationIds(actor, 'school', [Role.Teacher]);
      const companyIds = organisationIds(actor, 'company', [Role.Contact]);
      if (schoolIds.length === 0 && companyIds.length === 0) return { items: [], next: null };
      query.where(
        new Brackets((where) => {
          if (schoolIds.length) where.orWhere('class.school_id IN (:...schoolIds)', { schoolIds });
          if (companyIds.length)
            where.orWhere('adoption.company_id IN (:...companyIds)', { companyIds });
        }),
      );
    }
    const page = await paginate(
      query,
      'createdAt',
      (adoption) => adoption.createdAt.toISOString(),
      request,
    );
    const contexts = await loadAdoptionContexts(
      this.dataSource.manager,
      page.items.map((adoption) => adoption.id),
    );
    const now = this.clock.now();
    return { items: contexts.map((context) => summariseAdoption(context, now)), next: page.next };
  }

  /** Ends an adoption early, with a reason: open visits are cancelled, both sides told. */
  async end(actor: Actor, id: string, reason: string): Promise<AdoptionView> {
    await findVisibleAdoption(this.dataSource.manager, actor, id);
    await this.dataSource.transaction(async (manager) => {
      const context = await loadAdoptionContext(manager, id, true);
      const teacherIds = context.teachers.map((teacher) => teacher.id);
      if (!actor.isAdmin && !sideOf(actor, context.adoption, teacherIds)) {
        throw new ForbiddenError(
          'adoption.not-a-side',
          "Only an admin, the class's teachers or the contact person can end an adoption.",
        );
      }
      if (context.adoption.status !== AdoptionStatus.Active) {
        throw new ConflictError(
          'adoption.not-active',
          `The adoption is already ${context.adoption.status}.`,
        );
      }
      await this.close(
        manager,
        context,
        AdoptionStatus.Ended,
        { id: actor.userId, name: actor.name },
        reason,
      );
    });
    return this.view(id);
  }

  /**
   * Closes an adoption: cancels its open visits (each side is told), records how it ended and
   * sends both sides the closing summary. Shared by an early end and the end-date sweep.
   */
  async close(
    manager: EntityManager,
    context: AdoptionContext,
    status: AdoptionStatus.Completed | AdoptionStatus.Ended,
    actor: { id: string; name: string } | null,
    reason: string | null,
  ): Promise<void> {
    const open = await manager.find(VisitEntity, {
      where: {
        adoptionId: context.adoption.id,
        status: In([VisitStatus.Requested, VisitStatus.Confirmed]),
      },
    });
    for (const visit of open) {
      const hosts = await hostsOf(manager, visit.id);
      if (visit.status === VisitStatus.Confirmed && visit.end!.getTime() <= this.clock.nowMs()) {
        // Held before the end, only not yet swept: it counts as held, with its hours.
        await this.recorder.complete(manager, context, visit, null, hosts);
      } else {
        // Without a reason of its own, the mail explains the cancellation in the reader's language.
        await this.recorder.cancel(manager, context, visit, actor, reason ?? '', hosts);
      }
    }

    const adoption = context.adoption;
    adoption.status = status;
    adoption.endedAt = this.clock.now();
    adoption.endReason = reason;
    adoption.endedBy = actor?.id ?? null;
    await manager.save(AdoptionEntity, adoption);

    const [held] = await manager.query<{ visits: number; hours: string | null }[]>(
      `SELECT (SELECT count(*)::int FROM visits WHERE adoption_id = $1 AND status = 'completed') AS visits,
              (SELECT sum(hours) FROM hours_entries WHERE adoption_id = $1) AS hours`,
      [adoption.id],
    );
    await this.messages.send(
      manager,
      'adoption.ended',
      sidesOf(context),
      {
        adoptionId: adoption.id,
        className: context.schoolClass.label,
        schoolName: context.school.name,
        companyName: context.company.name,
        endsOn: adoption.endsOn,
        endedEarly: status === AdoptionStatus.Ended,
        reason,
        visitsHeld: held.visits,
        hoursGiven: Number(held.hours ?? 0),
        link: this.messages.adoptionLink(adoption.id),
      },
      adoption.id,
    );
  }

  /** Every term from the start to the end, with its visits and hours against the budget. */
  private async view(id: string): Promise<AdoptionView> {
    const context = await loadAdoptionContext(this.dataSource.manager, id);
    const [visits, hours] = await Promise.all([
      this.dataSource.getRepository(VisitEntity).find({
        where: { adoptionId: id },
        order: { createdAt: 'ASC' },
      }),
      this.dataSource.getRepository(HoursEntryEntity).find({ where: { adoptionId: id } }),
    ]);
    const hosts = await hostIdsOf(
      this.dataSource.manager,
      visits.map((visit) => visit.id),
    );
    const names = await namesOf(this.dataSource.manager, [
      ...visits.map((visit) => visit.proposedBy),
      ...[...hosts.values()].flat(),
    ]);
    const summary = summariseAdoption(context, this.clock.now());
    const terms = summary.schoolTerms.map((term) => ({
      term,
      visits: visits
        .filter((visit) => visit.term === term.name)
        .map((visit) => ({ visit, hostIds: hosts.get(visit.id)!, names })),
      hoursBudget: context.adoption.hoursBudgetPerTerm,
      hoursLogged: sumHours(hours.filter((entry) => entry.term === term.name)),
    }));
    return { ...summary, terms };
  }

  /** The adoption's end date, or the rule that stops the class from being adopted. */
  private checkClassCanBeAdopted(schoolClass: SchoolClassEntity, startsOn: string): string {
    // A 10th-grade class (10. klasse) is past the years an adoption covers.
    if (schoolClass.grade > FINAL_GRADE) {
      throw new ConflictError(
        'adoption.class-beyond-9th-grade',
        'An adoption cannot start for a class in 10th grade or beyond; it lasts until 9th grade ends.',
      );
    }
    const calendar = calendarOf(schoolClass.school);
    const graduatesOn = graduationDay(schoolClass.grade, schoolClass.schoolYear, calendar);
    const today = localDateOf(this.clock.now(), schoolClass.school.timezone);
    if (today > graduatesOn) {
      throw new ConflictError(
        'adoption.class-graduated',
        `The class graduated on ${graduatesOn}; a graduated class cannot be adopted.`,
      );
    }
    if (startsOn > graduatesOn) {
      throw new ConflictError(
        'adoption.starts-after-graduation',
        `An adoption cannot start after the class graduates on ${graduatesOn}.`,
      );
    }
    return graduatesOn;
  }
}

export function sumHours(entries: { hours: number }[]): number {
  return Math.round(entries.reduce((total, entry) => total + entry.hours, 0) * 100) / 100;
}
