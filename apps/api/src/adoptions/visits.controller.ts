import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, VisitHostsService, VisitsService } from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { pageOf } from '../http/page.dto';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  CompleteVisitDto,
  ConfirmVisitDto,
  HostsDto,
  ReasonDto,
  SlotsDto,
  toSlots,
  toVisitDto,
  VisitDto,
  VisitListQueryDto,
  VisitPageDto,
} from './visit.dto';

@ApiTags('visits')
@ApiBearerAuth()
@Controller('visits')
export class VisitsController {
  constructor(
    private readonly visits: VisitsService,
    private readonly hosts: VisitHostsService,
  ) {}

  /**
   * The visits of the caller's classes and adoptions, oldest request first; narrowed to some
   * states, an adoption, or the visits starting in a period.
   */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: VisitPageDto })
  async listVisits(
    @CurrentActor() actor: Actor,
    @Query() query: VisitListQueryDto,
  ): Promise<VisitPageDto> {
    const { status, adoptionId, from, to, ...page } = query;
    const filter = {
      statuses: status,
      adoptionId,
      from: from === undefined ? undefined : new Date(from),
      to: to === undefined ? undefined : new Date(to),
    };
    return pageOf(await this.visits.list(actor, filter, page), toVisitDto);
  }

  /** A visit with its history: who proposed, confirmed, declined, rescheduled or cancelled it. */
  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: VisitDto })
  async getVisit(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<VisitDto> {
    return toVisitDto(await this.visits.get(actor, id));
  }

  /** The side that did not propose confirms one of the slots. */
  @Post(':id/confirm')
  @Allow(Role.Teacher, Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: VisitDto })
  async confirmVisit(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: ConfirmVisitDto,
  ): Promise<VisitDto> {
    return toVisitDto(await this.visits.confirm(actor, id, body.slot));
  }

  @Post(':id/decline')
  @Allow(Role.Teacher, Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: VisitDto })
  async declineVisit(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: ReasonDto,
  ): Promise<VisitDto> {
    return toVisitDto(await this.visits.decline(actor, id, body.reason));
  }

  /** New slots; the visit is requested again, and the other side asked. */
  @Post(':id/reschedule')
  @Allow(Role.Teacher, Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: VisitDto })
  async rescheduleVisit(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: SlotsDto,
  ): Promise<VisitDto> {
    return toVisitDto(await this.visits.reschedule(actor, id, toSlots(body.slots)));
  }

  @Post(':id/cancel')
  @Allow(Role.Teacher, Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: VisitDto })
  async cancelVisit(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: ReasonDto,
  ): Promise<VisitDto> {
    return toVisitDto(await this.visits.cancel(actor, id, body.reason));
  }

  /**
   * Who else takes part: people of the company or the school besides the class's teachers and
   * the contact person. On a confirmed visit, those added get the invitation and those taken off
   * its cancellation.
   */
  @Put(':id/hosts')
  @Allow(Role.Teacher, Role.Contact)
  @ApiOkResponse({ type: VisitDto })
  async setVisitHosts(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: HostsDto,
  ): Promise<VisitDto> {
    return toVisitDto(await this.hosts.setHosts(actor, id, body.hostIds));
  }

  /**
   * After its end: marks the visit held, with the pupils who came; logs its hours. On a visit
   * that is completed already (the sweep marks held visits so), records or corrects the pupils
   * and notes alone.
   */
  @Post(':id/complete')
  @Allow(Role.Teacher, Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: VisitDto })
  async completeVisit(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: CompleteVisitDto,
  ): Promise<VisitDto> {
    return toVisitDto(await this.visits.complete(actor, id, body));
  }
}
