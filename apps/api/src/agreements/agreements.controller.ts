import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, AgreementsService, PartnershipUpdatesService, Role, SubjectKind } from '@app/core';
import { pageOf, PageQueryDto } from '../http/page.dto';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  AcceptDto,
  AgreementBodyDto,
  AgreementDto,
  PartnershipUpdateDto,
  PartnershipUpdatePageDto,
  toAgreementDto,
  toUpdateDto,
  UpdateBodyDto,
} from './agreement.dto';

/**
 * The written agreement of a partnership — goals, activities, period, budget, who decides on each
 * side, and measurable success criteria — with every version kept and each side's acceptance.
 */
@ApiTags('agreements')
@ApiBearerAuth()
@Controller()
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly updates: PartnershipUpdatesService,
  ) {}

  /** The partnership's updates from either side, oldest first. */
  @Get('adoptions/:id/updates')
  @SignedIn()
  @ApiOkResponse({ type: PartnershipUpdatePageDto })
  listAdoptionUpdates(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: PageQueryDto,
  ) {
    return this.listUpdates(actor, 'adoption', id, query);
  }

  /** A few lines to the other side: how it is going, what comes next. */
  @Post('adoptions/:id/updates')
  @Allow(Role.Teacher, Role.Contact)
  @ApiCreatedResponse({ type: PartnershipUpdateDto })
  writeAdoptionUpdate(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateBodyDto,
  ) {
    return this.writeUpdate(actor, 'adoption', id, body);
  }

  @Get('programmes/:id/updates')
  @SignedIn()
  @ApiOkResponse({ type: PartnershipUpdatePageDto })
  listProgrammeUpdates(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: PageQueryDto,
  ) {
    return this.listUpdates(actor, 'programme', id, query);
  }

  @Post('programmes/:id/updates')
  @Allow(Role.Coordinator, Role.Contact)
  @ApiCreatedResponse({ type: PartnershipUpdateDto })
  writeProgrammeUpdate(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateBodyDto,
  ) {
    return this.writeUpdate(actor, 'programme', id, body);
  }

  @Get('donation-programmes/:id/updates')
  @SignedIn()
  @ApiOkResponse({ type: PartnershipUpdatePageDto })
  listDonationUpdates(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: PageQueryDto,
  ) {
    return this.listUpdates(actor, 'donation-programme', id, query);
  }

  @Post('donation-programmes/:id/updates')
  @Allow(Role.Contact)
  @ApiCreatedResponse({ type: PartnershipUpdateDto })
  writeDonationUpdate(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateBodyDto,
  ) {
    return this.writeUpdate(actor, 'donation-programme', id, body);
  }

  @Get('adoptions/:id/agreement')
  @SignedIn()
  @ApiOkResponse({ type: AgreementDto })
  getAdoptionAgreement(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.read(actor, 'adoption', id);
  }

  /** The class's teachers, the contact person or an admin write it; a change is a new version. */
  @Put('adoptions/:id/agreement')
  @Allow(Role.Teacher, Role.Contact)
  @ApiOkResponse({ type: AgreementDto })
  writeAdoptionAgreement(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: AgreementBodyDto,
  ) {
    return this.write(actor, 'adoption', id, body);
  }

  @Get('programmes/:id/agreement')
  @SignedIn()
  @ApiOkResponse({ type: AgreementDto })
  getProgrammeAgreement(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.read(actor, 'programme', id);
  }

  /** The partner's coordinators, the companies' contact persons or an admin write it. */
  @Put('programmes/:id/agreement')
  @Allow(Role.Coordinator, Role.Contact)
  @ApiOkResponse({ type: AgreementDto })
  writeProgrammeAgreement(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: AgreementBodyDto,
  ) {
    return this.write(actor, 'programme', id, body);
  }

  @Get('donation-programmes/:id/agreement')
  @SignedIn()
  @ApiOkResponse({ type: AgreementDto })
  getDonationAgreement(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.read(actor, 'donation-programme', id);
  }

  /** Between the company and the municipality's secretariat (the admins). */
  @Put('donation-programmes/:id/agreement')
  @Allow(Role.Contact)
  @ApiOkResponse({ type: AgreementDto })
  writeDonationAgreement(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: AgreementBodyDto,
  ) {
    return this.write(actor, 'donation-programme', id, body);
  }

  @Get('agreements/:id')
  @SignedIn()
  @ApiOkResponse({ type: AgreementDto })
  async getAgreement(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<AgreementDto> {
    return toAgreementDto(await this.agreements.get(actor, id));
  }

  /** A side accepts the latest version; agreed once both sides have accepted the same one. */
  @Post('agreements/:id/accept')
  @Allow(Role.Teacher, Role.Contact, Role.Coordinator)
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementDto })
  async acceptAgreement(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: AcceptDto,
  ): Promise<AgreementDto> {
    return toAgreementDto(await this.agreements.accept(actor, id, body.version));
  }

  private async listUpdates(
    actor: Actor,
    kind: SubjectKind,
    id: string,
    query: PageQueryDto,
  ): Promise<PartnershipUpdatePageDto> {
    return pageOf(await this.updates.list(actor, kind, id, query), toUpdateDto);
  }

  private async writeUpdate(
    actor: Actor,
    kind: SubjectKind,
    id: string,
    body: UpdateBodyDto,
  ): Promise<PartnershipUpdateDto> {
    return toUpdateDto(await this.updates.write(actor, kind, id, body.text));
  }

  private async read(actor: Actor, kind: SubjectKind, id: string): Promise<AgreementDto> {
    return toAgreementDto(await this.agreements.forSubject(actor, kind, id));
  }

  private async write(
    actor: Actor,
    kind: SubjectKind,
    id: string,
    body: AgreementBodyDto,
  ): Promise<AgreementDto> {
    return toAgreementDto(
      await this.agreements.write(actor, kind, id, {
        goals: body.goals,
        activities: body.activities ?? '',
        startsOn: body.startsOn,
        endsOn: body.endsOn,
        budget: body.budget ? { amount: body.budget.amount, currency: body.budget.currency } : null,
        deciders: body.deciders.map(({ side, name }) => ({ side, name })),
        criteria: (body.criteria ?? []).map(({ metric, target, period }) => ({
          metric,
          target,
          period,
        })),
      }),
    );
  }
}
