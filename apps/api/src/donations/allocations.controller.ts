import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, AllocationStatus, DonationAllocationsService, Role } from '@app/core';
import { ReasonDto } from '../adoptions/visit.dto';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { UuidParam } from '../http/uuid-param.pipe';
import { AllocationDetailDto, DeliverDto, toAllocationDetailDto, UnitsDto } from './donation.dto';

/**
 * Units a project asked a donation programme for: the company approves (pledges) or declines,
 * prepares and delivers them; either side cancels before delivery.
 */
@ApiTags('donations')
@ApiBearerAuth()
@Controller('allocations')
export class AllocationsController {
  constructor(private readonly allocations: DonationAllocationsService) {}

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: AllocationDetailDto })
  async getAllocation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<AllocationDetailDto> {
    return toAllocationDetailDto(await this.allocations.get(actor, id));
  }

  /** Approves up to the units asked for; they are pledged to the project, who is told. */
  @Post(':id/approve')
  @Allow(Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationDetailDto })
  async approveAllocation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UnitsDto,
  ): Promise<AllocationDetailDto> {
    return toAllocationDetailDto(
      await this.allocations.step(actor, id, AllocationStatus.Pledged, { units: body.units }),
    );
  }

  @Post(':id/decline')
  @Allow(Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationDetailDto })
  async declineAllocation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: ReasonDto,
  ): Promise<AllocationDetailDto> {
    return toAllocationDetailDto(
      await this.allocations.step(actor, id, AllocationStatus.Declined, { reason: body.reason }),
    );
  }

  @Post(':id/prepare')
  @Allow(Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationDetailDto })
  async prepareAllocation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<AllocationDetailDto> {
    return toAllocationDetailDto(await this.allocations.step(actor, id, AllocationStatus.Prepared));
  }

  /** Up to the units approved, on a day that has come; they count in that day's year. */
  @Post(':id/deliver')
  @Allow(Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationDetailDto })
  async deliverAllocation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: DeliverDto,
  ): Promise<AllocationDetailDto> {
    return toAllocationDetailDto(
      await this.allocations.step(actor, id, AllocationStatus.Delivered, {
        units: body.units,
        deliveredOn: body.deliveredOn,
      }),
    );
  }

  @Post(':id/cancel')
  @Allow(Role.Contact, Role.Coordinator, Role.Teacher)
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationDetailDto })
  async cancelAllocation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: ReasonDto,
  ): Promise<AllocationDetailDto> {
    return toAllocationDetailDto(
      await this.allocations.step(actor, id, AllocationStatus.Cancelled, { reason: body.reason }),
    );
  }
}
