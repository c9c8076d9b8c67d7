import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { Actor, organisationIds } from '../accounts/actor';
import { Role } from '../accounts/role';
import { namesOf } from '../accounts/user-names';
import { InvalidFieldError, NotFoundError } from '../errors/domain-error';
import { Page, paginate, PageRequest } from '../pagination';
import { canSeeAdoption } from './adoption-access';
import { VisitEventEntity } from './visit-event.entity';
import { hostIdsOf, isHost } from './visit-hosts';
import { VisitEntity, VisitStatus } from './visit.entity';

/** Which of the caller's visits a list shows. */
export interface VisitFilter {
  /** Only visits in one of these states. */
  statuses?: VisitStatus[];
  adoptionId?: string;
  /** Only visits whose time starts at or after this instant. */
  from?: Date;
  /** Only visits whose time starts before this instant. */
  to?: Date;
}

/**
 * When a visit starts: the agreed start, or while none is agreed the first slot offered (as the
 * calendar feed shows a request).
 */
const VISIT_START = `coalesce(visit.start_at, (visit.slots -> 0 ->> 'start')::timestamptz)`;

export interface VisitView {
  visit: VisitEntity;
  events: VisitEventEntity[];
  hostIds: string[];
  /** The names of the people it refers to (its proposer, hosts and history's actors), by id. */
  names: ReadonlyMap<string, string>;
  /** The school's zone, in which the visit's times are local. */
  timezone?: string;
}

/** Reads visits as the people taking part see them: one with its history, or a page of them. */
@Injectable()
export class VisitReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The visits the caller takes part in or may see, soonest first. */
  async list(actor: Actor, filter: VisitFilter, request: PageRequest): Promise<Page<VisitView>> {
    if (filter.from && filter.to && filter.to <= filter.from) {
      throw new InvalidFieldError('visits.range', 'to', 'must be after from');
    }
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
          // The adoption's contact person is among its company's contact persons; one who has
          // left the company is not, even while the adoption still names them.
          where.where(
            'visit.id IN (SELECT visit_id FROM visit_hosts WHERE user_id = :me AND removed_at IS NULL)',
            { me: actor.userId },
          );
          if (schoolIds.length) where.orWhere('class.school_id IN (:...schoolIds)', { schoolIds });
          if (companyIds.length)
            where.orWhere('adoption.company_id IN (:...companyIds)', { companyIds });
        }),
      );
    }
    if (filter.statuses?.length) {
      query.andWhere('visit.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.adoptionId) query.andWhere('visit.adoption_id = :adoptionId', filter);
    if (filter.from) query.andWhere(`${VISIT_START} >= :from`, { from: filter.from });
    if (filter.to) query.andWhere(`${VISIT_START} < :to`, { to: filter.to });
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
    const names = await namesOf(this.dataSource.manager, [
      ...page.items.map((visit) => visit.proposedBy),
      ...[...hosts.values()].flat(),
    ]);
    return {
      items: page.items.map((visit) => ({
        visit,
        events: [],
        hostIds: hosts.get(visit.id)!,
        names,
      })),
      next: page.next,
    };
  }

  /** A visit with its history and hosts. */
  async view(visitId: string): Promise<VisitView> {
    const visit = await this.dataSource.getRepository(VisitEntity).findOneByOrFail({ id: visitId });
    const events = await this.dataSource
      .getRepository(VisitEventEntity)
      .find({ where: { visitId }, order: { at: 'ASC', revision: 'ASC' } });
    const [school] = await this.dataSource.query<{ timezone: string }[]>(
      `SELECT schools.timezone FROM classes JOIN schools ON schools.id = classes.school_id
       WHERE classes.id = $1`,
      [visit.classId],
    );
    const hostIds = (await hostIdsOf(this.dataSource.manager, [visitId])).get(visitId)!;
    const names = await namesOf(this.dataSource.manager, [
      visit.proposedBy,
      ...hostIds,
      ...events.map((event) => event.actorId),
    ]);
    return { visit, events, hostIds, names, timezone: school?.timezone };
  }

  /** A visit the actor may see: a side's, or a host's; to anyone else it does not exist. */
  async visible(actor: Actor, visitId: string): Promise<VisitEntity> {
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
}
