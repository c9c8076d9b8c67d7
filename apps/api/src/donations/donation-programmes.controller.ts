import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  DonationAllocationsService,
  DonationProgrammesService,
  InvalidFieldError,
  Role,
} from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { pageOf, PageQueryDto } from '../http/page.dto';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  AllocationDetailDto,
  AllocationPageDto,
  CreateDonationProgrammeDto,
  DonationProgrammeDto,
  DonationProgrammePageDto,
  DonationYearDto,
  RequestUnitsDto,
  SupporterBodyDto,
  toAllocationDetailDto,
  toAllocationDto,
  toDonationProgrammeDto,
  toDonationProgrammeItemDto,
  UpdateDonationProgrammeDto,
} from './donation.dto';
import { YearParam } from './year-param.pipe';

@ApiTags('donations')
@ApiBearerAuth()
@Controller('donation-programmes')
export class DonationProgrammesController {
  constructor(
    private readonly programmes: DonationProgrammesService,
    private readonly allocations: DonationAllocationsService,
  ) {}

  /** A company's contact person starts a programme of gifts in kind. */
  @Post()
  @Allow(Role.Contact)
  @ApiCreatedResponse({ type: DonationProgrammeDto })
  async createDonationProgramme(
    @CurrentActor() actor: Actor,
    @Body() body: CreateDonationProgrammeDto,
  ): Promise<DonationProgrammeDto> {
    return toDonationProgrammeDto(
      await this.programmes.create(actor, {
        companyId: body.companyId,
        title: body.title,
        description: body.description ?? '',
        unit: body.unit,
        unitValue: body.unitValue ?? null,
        timezone: body.timezone ?? 'Europe/Copenhagen',
      }),
    );
  }

  @Patch(':id')
  @Allow(Role.Contact)
  @ApiOkResponse({ type: DonationProgrammeDto })
  async updateDonationProgramme(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateDonationProgrammeDto,
  ): Promise<DonationProgrammeDto> {
    return toDonationProgrammeDto(await this.programmes.update(actor, id, body));
  }

  /** Admins see all; a company's contact persons its own; projects every one, to ask. */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: DonationProgrammePageDto })
  async listDonationProgrammes(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<DonationProgrammePageDto> {
    return pageOf(await this.programmes.list(actor, query), toDonationProgrammeItemDto);
  }

  /** The programme with its supporters and each year's units and projects against its target. */
  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: DonationProgrammeDto })
  async getDonationProgramme(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<DonationProgrammeDto> {
    return toDonationProgrammeDto(await this.programmes.get(actor, id));
  }

  /**
   * A year's target and, for a year before the product, the units delivered and projects reached
   * as recorded then (2009: 153 computers to 7 projects). Fields left out are cleared.
   */
  @Put(':id/years/:year')
  @Allow(Role.Contact)
  @ApiOkResponse({ type: DonationProgrammeDto })
  async setDonationYear(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('year', YearParam) year: number,
    @Body() body: DonationYearDto,
  ): Promise<DonationProgrammeDto> {
    return toDonationProgrammeDto(
      await this.programmes.setYear(actor, id, year, {
        target: body.target ?? null,
        recordedUnits: body.recordedUnits ?? null,
        recordedProjects: body.recordedProjects ?? null,
      }),
    );
  }

  /** An organisation that helps, and its part (one gives the software, another cleans). */
  @Post(':id/supporters')
  @Allow(Role.Contact)
  @ApiCreatedResponse({ type: DonationProgrammeDto })
  async addDonationSupporter(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: SupporterBodyDto,
  ): Promise<DonationProgrammeDto> {
    return toDonationProgrammeDto(await this.programmes.addSupporter(actor, id, body));
  }

  @Delete(':id/supporters/:supporterId')
  @Allow(Role.Contact)
  @ApiOkResponse({ type: DonationProgrammeDto })
  async removeDonationSupporter(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('supporterId', UuidParam) supporterId: string,
  ): Promise<DonationProgrammeDto> {
    return toDonationProgrammeDto(await this.programmes.removeSupporter(actor, id, supporterId));
  }

  /** A partner organisation's coordinator or a school's teacher asks for units. */
  @Post(':id/requests')
  @Allow(Role.Coordinator, Role.Teacher)
  @ApiCreatedResponse({ type: AllocationDetailDto })
  async requestDonation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: RequestUnitsDto,
  ): Promise<AllocationDetailDto> {
    if (body.partnerId !== undefined && body.schoolId !== undefined) {
      throw new InvalidFieldError(
        'allocation.one-project',
        'schoolId',
        'give a partnerId or a schoolId, not both',
      );
    }
    return toAllocationDetailDto(
      await this.allocations.request(actor, id, {
        partnerId: body.partnerId,
        schoolId: body.schoolId,
        units: body.units,
        purpose: body.purpose ?? '',
      }),
    );
  }

  /** Every allocation of the programme to its company side; a project's own to the project. */
  @Get(':id/allocations')
  @SignedIn()
  @ApiOkResponse({ type: AllocationPageDto })
  async listAllocations(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: PageQueryDto,
  ): Promise<AllocationPageDto> {
    return pageOf(await this.allocations.list(actor, id, query), (allocation) =>
      toAllocationDto(allocation, allocation.projectName),
    );
  }
}
