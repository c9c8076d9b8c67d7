import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { localDateOf } from '@app/calendar';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { AllocationSummary } from '@app/messaging/templates';
import { Actor } from '../accounts/actor';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { ForbiddenError, InvalidFieldError, NotFoundError } from '../errors/domain-error';
import { appLinks } from '../links/app-links';
import { PartnerEntity } from '../organisations/partner.entity';
import { SchoolEntity } from '../organisations/school.entity';
import { Page, paginate, PageRequest } from '../pagination';
import { AllocationStatus, DonationAllocationEntity } from './donation-allocation.entity';
import { DonationAllocationStepEntity } from './donation-allocation-step.entity';
import { DonationProgrammeEntity } from './donation-programme.entity';
import { DonationProgrammesService } from './donation-programmes.service';
import {
  AllocationStep,
  canRunDonations,
  isOwnProject,
  projectsOf,
  requireApprovable,
  requireDeliverable,
  requireStep,
} from './donation-rules';

export interface RequestUnits {
  /** The project: a partner organisation or a school, exactly one. */
  partnerId?: string;
  schoolId?: string;
  units: number;
  purpose: string;
}

/** What a step carries: approved or delivered units, a reason, the day of a delivery. */
export interface StepDetails {
  units?: number;
  reason?: string;
  deliveredOn?: string;
}

export interface AllocationView {
  allocation: DonationAllocationEntity;
  programme: DonationProgrammeEntity;
  projectName: string;
  steps: DonationAllocationStepEntity[];
}

const RELATIONS = { programme: { company: true }, partner: true, school: true } as const;

@Injectable()
export class DonationAllocationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly programmes: DonationProgrammesService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A project's coordinator or teacher asks a programme for units. */
  async request(actor: Actor, programmeId: string, command: RequestUnits): Promise<AllocationView> {
    await this.programmes.findVisible(this.dataSource.manager, actor, programmeId);
    await this.requireOwnProject(actor, command);
    const id = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const inserted = await manager.insert(DonationAllocationEntity, {
        programmeId,
        partnerId: command.partnerId ?? null,
        schoolId: command.schoolId ?? null,
        requestedUnits: command.units,
        purpose: command.purpose,
        requestedBy: actor.userId,
        status: AllocationStatus.Requested,
        revision: 1,
        createdAt: now,
        updatedAt: now,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.recordStep(manager, id, AllocationStatus.Requested, actor, {
        units: command.units,
        reason: command.purpose,
      });
      return id;
    });
    return this.get(actor, id);
  }

  /** The company side sees every allocation of its programme; a project its own. */
  async list(
    actor: Actor,
    programmeId: string,
    request: PageRequest,
  ): Promise<Page<DonationAllocationEntity & { projectName: string }>> {
    const programme = await this.programmes.findVisible(
      this.dataSource.manager,
      actor,
      programmeId,
    );
    const query = this.dataSource
      .getRepository(DonationAllocationEntity)
      .createQueryBuilder('allocation')
      .leftJoinAndSelect('allocation.partner', 'partner')
      .leftJoinAndSelect('allocation.school', 'school')
      .where('allocation.programme_id = :programmeId', { programmeId });
    if (!canRunDonations(actor, programme.companyId)) {
      const { partnerIds, schoolIds } = projectsOf(actor);
      query.andWhere(
        '(allocation.partner_id = ANY(:partnerIds) OR allocation.school_id = ANY(:schoolIds))',
        { partnerIds, schoolIds },
      );
    }
    const page = await paginate(
      query,
      'createdAt',
      (allocation) => allocation.createdAt.toISOString(),
      request,
    );
    return {
      ...page,
      items: page.items.map((allocation) =>
        Object.assign(allocation, { projectName: projectName(allocation) }),
      ),
    };
  }

  async get(actor: Actor, id: string): Promise<AllocationView> {
    const allocation = await this.findVisible(this.dataSource.manager, actor, id);
    const steps = await this.dataSource
      .getRepository(DonationAllocationStepEntity)
      .find({ where: { allocationId: id }, order: { at: 'ASC' } });
    return {
      allocation,
      programme: allocation.programme,
      projectName: projectName(allocation),
      steps,
    };
  }

  /**
   * Moves an allocation on: the company approves (pledges) up to what was asked or declines with
   * a reason, prepares, and delivers up to what was approved; either side cancels before delivery.
   * The person who asked hears of an answer and of a delivery.
   */
  async step(
    actor: Actor,
    id: string,
    step: AllocationStep,
    details: StepDetails = {},
  ): Promise<AllocationView> {
    await this.findVisible(this.dataSource.manager, actor, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM donation_allocations WHERE id = $1 FOR UPDATE', [id]);
      const allocation = await manager.findOneOrFail(DonationAllocationEntity, {
        where: { id },
        relations: RELATIONS,
      });
      const runs = canRunDonations(actor, allocation.programme.companyId);
      if (!runs && !(step === AllocationStatus.Cancelled && isOwnProject(actor, allocation))) {
        throw new ForbiddenError(
          'allocation.company-only',
          "Only the company's contact persons and admins answer, prepare and deliver an allocation.",
        );
      }
      requireStep(allocation, step);
      const today = localDateOf(this.clock.now(), allocation.programme.timezone);
      allocation.status = step;
      if (step === AllocationStatus.Pledged) {
        requireApprovable(allocation, details.units!);
        allocation.approvedUnits = details.units!;
      } else if (step === AllocationStatus.Delivered) {
        const deliveredOn = details.deliveredOn ?? today;
        requireDeliverable(allocation, details.units!, deliveredOn, today);
        allocation.deliveredUnits = details.units!;
        allocation.deliveredOn = deliveredOn;
      } else if (step === AllocationStatus.Declined || step === AllocationStatus.Cancelled) {
        allocation.statusReason = details.reason ?? '';
      }
      allocation.revision += 1;
      allocation.updatedAt = this.clock.now();
      await manager.save(DonationAllocationEntity, allocation);
      await this.recordStep(manager, id, step, actor, {
        units:
          step === AllocationStatus.Delivered || step === AllocationStatus.Pledged
            ? details.units
            : undefined,
        reason: details.reason,
        deliveredOn: allocation.deliveredOn ?? undefined,
      });
      await this.tell(manager, allocation, step);
    });
    return this.get(actor, id);
  }

  /** The person who asked hears of the answer and of the delivery, in the step's transaction. */
  private async tell(
    manager: EntityManager,
    allocation: DonationAllocationEntity,
    step: AllocationStep,
  ): Promise<void> {
    if (!allocation.requestedBy) return;
    const requester = await manager.findOneBy(UserEntity, { id: allocation.requestedBy });
    if (!requester || requester.deactivatedAt) return;
    const summary: AllocationSummary = {
      allocationId: allocation.id,
      programmeTitle: allocation.programme.title,
      companyName: allocation.programme.company.name,
      unit: allocation.programme.unit,
      projectName: projectName(allocation),
      requestedUnits: allocation.requestedUnits,
      link: appLinks(this.config.publicUrl).allocation(allocation.id),
    };
    const key = `${allocation.id}:${allocation.revision}`;
    if (step === AllocationStatus.Pledged || step === AllocationStatus.Declined) {
      await this.outbox.addForEach(
        manager,
        'donation.request-answered',
        [requester],
        {
          ...summary,
          approvedUnits: allocation.approvedUnits,
          reason: step === AllocationStatus.Declined ? allocation.statusReason : null,
        },
        key,
      );
    } else if (step === AllocationStatus.Delivered) {
      await this.outbox.addForEach(
        manager,
        'donation.delivered',
        [requester],
        {
          ...summary,
          deliveredUnits: allocation.deliveredUnits!,
          deliveredOn: allocation.deliveredOn!,
        },
        key,
      );
    }
  }

  private async recordStep(
    manager: EntityManager,
    allocationId: string,
    status: AllocationStatus,
    actor: Actor,
    details: StepDetails,
  ): Promise<void> {
    await manager.insert(DonationAllocationStepEntity, {
      allocationId,
      status,
      units: details.units ?? null,
      note: details.reason ?? details.deliveredOn ?? '',
      actorId: actor.userId,
      at: this.clock.now(),
    });
  }

  /** The project asked for must be one of the asker's own (any, for an admin), and exist. */
  private async requireOwnProject(actor: Actor, command: RequestUnits): Promise<void> {
    const { partnerIds, schoolIds } = projectsOf(actor);
    if (command.partnerId !== undefined) {
      const exists = await this.dataSource
        .getRepository(PartnerEntity)
        .existsBy({ id: command.partnerId });
      if (!exists || !(actor.isAdmin || partnerIds.includes(command.partnerId))) {
        throw new InvalidFieldError(
          'allocation.project',
          'partnerId',
          'must be a partner organisation you coordinate',
        );
      }
    } else {
      const exists = await this.dataSource
        .getRepository(SchoolEntity)
        .existsBy({ id: command.schoolId! });
      if (!exists || !(actor.isAdmin || schoolIds.includes(command.schoolId!))) {
        throw new InvalidFieldError(
          'allocation.project',
          'schoolId',
          'must be a school you teach at',
        );
      }
    }
  }

  /** An allocation the actor may see: the company side's, or the actor's project's; else 404. */
  private async findVisible(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<DonationAllocationEntity> {
    const allocation = await manager.findOne(DonationAllocationEntity, {
      where: { id },
      relations: RELATIONS,
    });
    if (
      !allocation ||
      !(canRunDonations(actor, allocation.programme.companyId) || isOwnProject(actor, allocation))
    ) {
      throw new NotFoundError('allocation');
    }
    return allocation;
  }
}

function projectName(allocation: DonationAllocationEntity): string {
  return allocation.partner?.name ?? allocation.school?.name ?? '';
}
