import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  Actor,
  AdoptionChangesService,
  AdoptionsService,
  ContactPersonsService,
  HoursService,
  Role,
  VisitsService,
} from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { pageOf, PageQueryDto } from '../http/page.dto';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  AdoptionDto,
  AdoptionPageDto,
  ContactPersonDto,
  CreateAdoptionDto,
  EndAdoptionDto,
  toAdoptionDto,
  toAdoptionViewDto,
  UpdateAdoptionDto,
} from './adoption.dto';
import {
  HoursDto,
  HoursEntryDto,
  LogHoursDto,
  toHoursDto,
  toHoursEntryDto,
  UpdateHoursDto,
} from './hours.dto';
import { ProposeVisitDto, toSlots, toVisitDto, VisitDto } from './visit.dto';

@ApiTags('adoptions')
@ApiBearerAuth()
@Controller('adoptions')
export class AdoptionsController {
  constructor(
    private readonly adoptions: AdoptionsService,
    private readonly visits: VisitsService,
    private readonly hours: HoursService,
    private readonly contactPersons: ContactPersonsService,
    private readonly adoptionChanges: AdoptionChangesService,
  ) {}

  /** A company adopts a class; the end date is the class's graduation day. */
  @Post()
  @Allow(Role.Admin)
  @ApiCreatedResponse({ type: AdoptionDto })
  async createAdoption(@Body() body: CreateAdoptionDto): Promise<AdoptionDto> {
    return toAdoptionViewDto(await this.adoptions.create(body));
  }

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: AdoptionPageDto })
  async listAdoptions(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<AdoptionPageDto> {
    return pageOf(await this.adoptions.list(actor, query), toAdoptionDto);
  }

  /** The adoption with every term from start to end: its visits and hours against the budget. */
  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: AdoptionDto })
  async getAdoption(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<AdoptionDto> {
    return toAdoptionViewDto(await this.adoptions.get(actor, id));
  }

  /** Sets the contact person's hours per term on a running adoption. */
  @Patch(':id')
  @Allow(Role.Admin)
  @ApiOkResponse({ type: AdoptionDto })
  async updateAdoption(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateAdoptionDto,
  ): Promise<AdoptionDto> {
    return toAdoptionViewDto(await this.adoptionChanges.update(actor, id, body));
  }

  /** Ends the adoption early: open visits are cancelled and both sides get a closing summary. */
  @Post(':id/end')
  @Allow(Role.Teacher, Role.Contact)
  @HttpCode(200)
  @ApiOkResponse({ type: AdoptionDto })
  async endAdoption(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: EndAdoptionDto,
  ): Promise<AdoptionDto> {
    return toAdoptionViewDto(await this.adoptions.end(actor, id, body.reason));
  }

  /**
   * Names a new contact person, from the adopting company's contact persons. Visits still to come
   * move with the adoption: on a confirmed one the old contact person gets its cancellation and
   * the new one the invitation; a request waiting for the company is put to the new one.
   */
  @Put(':id/contact-person')
  @Allow(Role.Admin)
  @ApiOkResponse({ type: AdoptionDto })
  async replaceContactPerson(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: ContactPersonDto,
  ): Promise<AdoptionDto> {
    return toAdoptionViewDto(await this.contactPersons.replace(actor, id, body.contactPersonId));
  }

  /** One side proposes a visit with 1 to 3 slots; the other side is asked to confirm one. */
  @Post(':id/visits')
  @Allow(Role.Teacher, Role.Contact)
  @ApiCreatedResponse({ type: VisitDto })
  async proposeVisit(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: ProposeVisitDto,
  ): Promise<VisitDto> {
    return toVisitDto(
      await this.visits.propose(actor, id, { ...body, slots: toSlots(body.slots) }),
    );
  }

  /** The contact person logs hours given to the adoption (teachers are told it is theirs to do). */
  @Post(':id/hours')
  @Allow(Role.Teacher, Role.Contact)
  @ApiCreatedResponse({ type: HoursEntryDto })
  async logHours(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: LogHoursDto,
  ): Promise<HoursEntryDto> {
    return toHoursEntryDto(await this.hours.log(actor, id, body));
  }

  /** Every hours entry, and per term the hours logged against the budget. */
  @Get(':id/hours')
  @SignedIn()
  @ApiOkResponse({ type: HoursDto })
  async listHours(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<HoursDto> {
    return toHoursDto(await this.hours.summary(actor, id));
  }

  /**
   * Corrects an hours entry typed in: an admin, or the person who logged it. The day's rules
   * hold as when logging (a day that has come, in a term, at most 24 hours in all).
   */
  @Patch(':id/hours/:entryId')
  @Allow(Role.Contact)
  @ApiOkResponse({ type: HoursEntryDto })
  async updateHours(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('entryId', UuidParam) entryId: string,
    @Body() body: UpdateHoursDto,
  ): Promise<HoursEntryDto> {
    return toHoursEntryDto(await this.hours.change(actor, id, entryId, body));
  }

  /** Deletes an hours entry typed in: an admin, or the person who logged it. */
  @Delete(':id/hours/:entryId')
  @Allow(Role.Contact)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The entry is gone from the hours and the reports.' })
  async deleteHours(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('entryId', UuidParam) entryId: string,
  ): Promise<void> {
    await this.hours.remove(actor, id, entryId);
  }
}
