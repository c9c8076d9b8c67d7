import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { localDateOf } from '@app/calendar';
import { Actor, organisationIds } from '../accounts/actor';
import { Role } from '../accounts/role';
import { Clock } from '../clock/clock';
import { ForbiddenError, InvalidFieldError, NotFoundError } from '../errors/domain-error';
import { CompanyEntity } from '../organisations/company.entity';
import { Page, paginate, PageRequest } from '../pagination';
import { DonationProgrammeEntity } from './donation-programme.entity';
import { DonationYearProgress, yearProgress } from './donation-progress';
import { canRunDonations, canSeeDonationProgramme, projectsOf } from './donation-rules';
import { DonationSupporterEntity } from './donation-supporter.entity';
import { DonationYearEntity } from './donation-year.entity';

export interface DonationProgrammeFields {
  title: string;
  description: string;
  unit: string;
  /** A value per unit, with its currency; both or neither. */
  unitValue: { amount: number; currency: string } | null;
  timezone: string;
}

export interface YearFigures {
  target: number | null;
  recordedUnits: number | null;
  recordedProjects: number | null;
}

/** A programme as its readers see it: with its supporters and each year's progress. */
export interface DonationProgrammeView {
  programme: DonationProgrammeEntity;
  years: DonationYearProgress[];
  /** Whether the reader runs it (the company's contact persons and admins). */
  mine: boolean;
}

const RELATIONS = { company: true, supporters: true, years: true } as const;

@Injectable()
export class DonationProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A company's contact person (or an admin) starts a donation programme. */
  async create(
    actor: Actor,
    command: DonationProgrammeFields & { companyId: string },
  ): Promise<DonationProgrammeView> {
    const company = await this.dataSource
      .getRepository(CompanyEntity)
      .findOneBy({ id: command.companyId });
    if (!company || !canRunDonations(actor, company.id)) {
      throw new InvalidFieldError(
        'donation-programme.company',
        'companyId',
        'must be a company you are a contact person of',
      );
    }
    const now = this.clock.now();
    const inserted = await this.dataSource.getRepository(DonationProgrammeEntity).insert({
      companyId: company.id,
      ...this.columns(command),
      createdAt: now,
      updatedAt: now,
    });
    return this.get(actor, (inserted.identifiers[0] as { id: string }).id);
  }

  async update(
    actor: Actor,
    id: string,
    patch: Partial<DonationProgrammeFields>,
  ): Promise<DonationProgrammeView> {
    const programme = await this.findRun(actor, id);
    await this.dataSource.getRepository(DonationProgrammeEntity).update(id, {
      ...this.columns({
        title: patch.title ?? programme.title,
        description: patch.description ?? programme.description,
        unit: patch.unit ?? programme.unit,
        unitValue:
          patch.unitValue === undefined
            ? programme.unitValue === null
              ? null
              : { amount: programme.unitValue, currency: programme.currency! }
            : patch.unitValue,
        timezone: patch.timezone ?? programme.timezone,
      }),
      updatedAt: this.clock.now(),
    });
    return this.get(actor, id);
  }

  /**
   * Admins see every programme; a company's contact persons their own; projects (coordinators and
   * teachers) every programme, to ask; anyone else none.
   */
  async list(actor: Actor, request: PageRequest): Promise<Page<DonationProgrammeEntity>> {
    const query = this.dataSource
      .getRepository(DonationProgrammeEntity)
      .createQueryBuilder('programme')
      .leftJoinAndSelect('programme.company', 'company');
    const { partnerIds, schoolIds } = projectsOf(actor);
    if (!actor.isAdmin && partnerIds.length === 0 && schoolIds.length === 0) {
      const companyIds = organisationIds(actor, 'company', [Role.Contact]);
      if (companyIds.length === 0) return { items: [], next: null };
      query.where('programme.company_id IN (:...companyIds)', { companyIds });
    }
    return paginate(query, 'title', (programme) => programme.title, request);
  }

  async get(actor: Actor, id: string): Promise<DonationProgrammeView> {
    const programme = await this.findVisible(this.dataSource.manager, actor, id);
    return {
      programme,
      years: await this.progress(this.dataSource.manager, programme),
      mine: canRunDonations(actor, programme.companyId),
    };
  }

  /** Sets a year's target and, for a year before the product, its recorded totals. */
  async setYear(
    actor: Actor,
    id: string,
    year: number,
    figures: YearFigures,
  ): Promise<DonationProgrammeView> {
    await this.findRun(actor, id);
    await this.dataSource
      .getRepository(DonationYearEntity)
      .upsert({ programmeId: id, year, ...figures }, ['programmeId', 'year']);
    return this.get(actor, id);
  }

  async addSupporter(
    actor: Actor,
    id: string,
    supporter: { name: string; part: string },
  ): Promise<DonationProgrammeView> {
    await this.findRun(actor, id);
    await this.dataSource
      .getRepository(DonationSupporterEntity)
      .insert({ programmeId: id, ...supporter, createdAt: this.clock.now() });
    return this.get(actor, id);
  }

  async removeSupporter(
    actor: Actor,
    id: string,
    supporterId: string,
  ): Promise<DonationProgrammeView> {
    await this.findRun(actor, id);
    const removed = await this.dataSource
      .getRepository(DonationSupporterEntity)
      .delete({ id: supporterId, programmeId: id });
    if (!removed.affected) throw new NotFoundError('supporter');
    return this.get(actor, id);
  }

  /**
   * Every year the programme has figures for — a target, recorded totals or deliveries — and the
   * current year, oldest first, each with its progress on today's date in the programme's zone.
   */
  async progress(
    manager: EntityManager,
    programme: DonationProgrammeEntity,
  ): Promise<DonationYearProgress[]> {
    const today = localDateOf(this.clock.now(), programme.timezone);
    const delivered = await manager.query<{ year: number; units: number; projects: number }[]>(
      `SELECT extract(year FROM delivered_on)::int AS year, sum(delivered_units)::int AS units,
              count(DISTINCT coalesce(partner_id, school_id))::int AS projects
       FROM donation_allocations WHERE programme_id = $1 AND status = 'delivered'
       GROUP BY 1`,
      [programme.id],
    );
    const years = new Set([
      Number(today.slice(0, 4)),
      ...programme.years.map((year) => year.year),
      ...delivered.map((row) => row.year),
    ]);
    return [...years]
      .sort((a, b) => a - b)
      .map((year) => {
        const set = programme.years.find((row) => row.year === year);
        const live = delivered.find((row) => row.year === year);
        return yearProgress(
          {
            year,
            target: set?.target ?? null,
            recordedUnits: set?.recordedUnits ?? 0,
            recordedProjects: set?.recordedProjects ?? 0,
            deliveredUnits: live?.units ?? 0,
            projectsReached: live?.projects ?? 0,
          },
          today,
        );
      });
  }

  /** A programme the actor may see, or 404. */
  async findVisible(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<DonationProgrammeEntity> {
    const programme = await manager.findOne(DonationProgrammeEntity, {
      where: { id },
      relations: RELATIONS,
      order: { supporters: { createdAt: 'ASC' } },
    });
    if (!programme || !canSeeDonationProgramme(actor, programme.companyId)) {
      throw new NotFoundError('donation programme', 'donation-programme.not-found');
    }
    return programme;
  }

  /** A programme the actor runs; one they may only see is 403, one they may not see 404. */
  private async findRun(actor: Actor, id: string): Promise<DonationProgrammeEntity> {
    const programme = await this.findVisible(this.dataSource.manager, actor, id);
    if (!canRunDonations(actor, programme.companyId)) {
      throw new ForbiddenError(
        'donation-programme.not-yours',
        "Only the company's contact persons and admins change a donation programme.",
      );
    }
    return programme;
  }

  private columns(fields: DonationProgrammeFields) {
    return {
      title: fields.title,
      description: fields.description,
      unit: fields.unit,
      unitValue: fields.unitValue?.amount ?? null,
      currency: fields.unitValue?.currency ?? null,
      timezone: fields.timezone,
    };
  }
}
