import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  schoolCalendar,
  SchoolCalendar,
  validateClosedDates,
  validateSchoolCalendar,
} from '@app/calendar';
import { Actor, organisationIds } from '../accounts/actor';
import { OrganisationKind } from '../accounts/role';
import { Clock } from '../clock/clock';
import { invalidFields, NotFoundError } from '../errors/domain-error';
import { Page, paginate, PageRequest } from '../pagination';
import { CompanyEntity, CsrModel } from './company.entity';
import { PartnerEntity } from './partner.entity';
import { SchoolEntity } from './school.entity';

export interface ClosedPeriod {
  from: string;
  to: string;
  label: string;
}

export interface CreateSchool {
  name: string;
  city: string;
  timezone?: string;
  schoolYearStart?: string;
  lastSchoolDay?: string;
  closedDates?: ClosedPeriod[];
}

export interface CreateCompany {
  name: string;
  city: string;
  csrModel: CsrModel;
}

export interface CreatePartner {
  name: string;
  city: string;
  description?: string;
}

interface OrganisationRow extends ObjectLiteral {
  id: string;
  name: string;
}

/**
 * Schools, companies and partner organisations. Each is visible to admins and to its own
 * people; to anyone else it does not exist.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async createSchool(command: CreateSchool): Promise<SchoolEntity> {
    const closedDates = command.closedDates ?? [];
    const calendar = schoolCalendar({
      timezone: command.timezone,
      schoolYearStart: command.schoolYearStart,
      lastSchoolDay: command.lastSchoolDay,
    });
    await this.checkSchoolCalendar(calendar, closedDates);
    const repository = this.dataSource.getRepository(SchoolEntity);
    const school = repository.create({
      name: command.name.trim(),
      city: command.city.trim(),
      ...calendar,
      closedDates: closedDates.map((period) => ({ ...period })),
      createdAt: this.clock.now(),
    });
    const saved = await repository.save(school);
    return this.findSchool(saved.id);
  }

  /**
   * A school's calendar and closed dates as a school is created or changed with them: a zone
   * both Node and PostgreSQL know, month-days in order, closed periods that end after they start.
   */
  async checkSchoolCalendar(calendar: SchoolCalendar, closedDates: ClosedPeriod[]): Promise<void> {
    const problems = [...validateSchoolCalendar(calendar), ...validateClosedDates(closedDates)];
    if (problems.length === 0 && !(await this.databaseKnowsZone(calendar.timezone))) {
      problems.push({
        field: 'timezone',
        code: 'school.timezone',
        message: 'must be a known IANA time zone',
      });
    }
    if (problems.length > 0) throw invalidFields(problems);
  }

  /**
   * Queries reckon a school's local days in SQL (`AT TIME ZONE schools.timezone`), so its zone
   * must be one PostgreSQL knows too, not only Node: `US/Pacific-New` is gone from PostgreSQL's
   * zone data, and a school in it made the end-adoptions sweep fail for every school.
   */
  private async databaseKnowsZone(timezone: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ known: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE lower(name) = lower($1)) AS known',
      [timezone],
    );
    return row.known;
  }

  async createCompany(command: CreateCompany): Promise<CompanyEntity> {
    const repository = this.dataSource.getRepository(CompanyEntity);
    return repository.save(
      repository.create({
        name: command.name.trim(),
        city: command.city.trim(),
        csrModel: command.csrModel,
        createdAt: this.clock.now(),
      }),
    );
  }

  async createPartner(command: CreatePartner): Promise<PartnerEntity> {
    const repository = this.dataSource.getRepository(PartnerEntity);
    return repository.save(
      repository.create({
        name: command.name.trim(),
        city: command.city.trim(),
        description: command.description?.trim() ?? '',
        createdAt: this.clock.now(),
      }),
    );
  }

  /** Corrects a company's name, city or CSR model; what is left out stays as it is. */
  async updateCompany(id: string, patch: Partial<CreateCompany>): Promise<CompanyEntity> {
    const repository = this.dataSource.getRepository(CompanyEntity);
    const company = await repository.findOneBy({ id });
    if (!company) throw new NotFoundError('company');
    return repository.save(
      Object.assign(company, {
        name: patch.name?.trim() ?? company.name,
        city: patch.city?.trim() ?? company.city,
        csrModel: patch.csrModel ?? company.csrModel,
      }),
    );
  }

  /** Corrects a partner organisation's name, city or description. */
  async updatePartner(id: string, patch: Partial<CreatePartner>): Promise<PartnerEntity> {
    const repository = this.dataSource.getRepository(PartnerEntity);
    const partner = await repository.findOneBy({ id });
    if (!partner) throw new NotFoundError('partner');
    return repository.save(
      Object.assign(partner, {
        name: patch.name?.trim() ?? partner.name,
        city: patch.city?.trim() ?? partner.city,
        description: patch.description?.trim() ?? partner.description,
      }),
    );
  }

  listSchools(actor: Actor, request: PageRequest): Promise<Page<SchoolEntity>> {
    return this.list(actor, 'school', SchoolEntity, request, true);
  }

  listCompanies(actor: Actor, request: PageRequest): Promise<Page<CompanyEntity>> {
    return this.list(actor, 'company', CompanyEntity, request);
  }

  /**
   * Every company by name, for a coordinator to name the companies on a programme. Only ids and
   * names leave this list: a company's other details stay with its own people.
   */
  async companyDirectory(request: PageRequest): Promise<Page<{ id: string; name: string }>> {
    const query = this.dataSource
      .getRepository(CompanyEntity)
      .createQueryBuilder('organisation')
      .select(['organisation.id', 'organisation.name']);
    return paginate(query, 'name', (row) => row.name, request);
  }

  listPartners(actor: Actor, request: PageRequest): Promise<Page<PartnerEntity>> {
    return this.list(actor, 'partner', PartnerEntity, request);
  }

  async getSchool(actor: Actor, id: string): Promise<SchoolEntity> {
    this.checkVisible(actor, 'school', id);
    return this.findSchool(id);
  }

  async getCompany(actor: Actor, id: string): Promise<CompanyEntity> {
    this.checkVisible(actor, 'company', id);
    const company = await this.dataSource.getRepository(CompanyEntity).findOneBy({ id });
    if (!company) throw new NotFoundError('company');
    return company;
  }

  async getPartner(actor: Actor, id: string): Promise<PartnerEntity> {
    this.checkVisible(actor, 'partner', id);
    const partner = await this.dataSource.getRepository(PartnerEntity).findOneBy({ id });
    if (!partner) throw new NotFoundError('partner');
    return partner;
  }

  /** A school with its closed dates, in order. */
  async findSchool(id: string, manager = this.dataSource.manager): Promise<SchoolEntity> {
    const school = await manager.getRepository(SchoolEntity).findOne({
      where: { id },
      relations: { closedDates: true },
      order: { closedDates: { from: 'ASC' } },
    });
    if (!school) throw new NotFoundError('school');
    return school;
  }

  private checkVisible(actor: Actor, kind: OrganisationKind, id: string): void {
    if (!actor.isAdmin && !organisationIds(actor, kind).includes(id)) {
      throw new NotFoundError(kind);
    }
  }

  private async list<T extends OrganisationRow>(
    actor: Actor,
    kind: OrganisationKind,
    entity: EntityTarget<T>,
    request: PageRequest,
    withClosedDates = false,
  ): Promise<Page<T>> {
    const query = this.dataSource.getRepository(entity).createQueryBuilder('organisation');
    if (withClosedDates) query.leftJoinAndSelect('organisation.closedDates', 'closed');
    if (!actor.isAdmin) {
      const ids = organisationIds(actor, kind);
      if (ids.length === 0) return { items: [], next: null };
      query.where('organisation.id IN (:...ids)', { ids });
    }
    return paginate(query, 'name', (row) => row.name, request);
  }
}
