import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CommitmentsService, ProgrammesService, Role } from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { pageOf, PageQueryDto } from '../http/page.dto';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  CreateProgrammeDto,
  ProgrammeDto,
  ProgrammePageDto,
  ShiftPageDto,
  ShiftsQueryDto,
  toProgrammeDto,
  toShiftDto,
  UpdateProgrammeDto,
} from './programme.dto';
import { CommitmentDto, CommitmentEndedDto } from './signup.dto';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly commitments: CommitmentsService,
  ) {}

  /** A partner's coordinator sets up a weekly programme; its shifts are created at once. */
  @Post()
  @Allow(Role.Coordinator)
  @ApiCreatedResponse({ type: ProgrammeDto })
  async createProgramme(
    @CurrentActor() actor: Actor,
    @Body() body: CreateProgrammeDto,
  ): Promise<ProgrammeDto> {
    return toProgrammeDto(
      await this.programmes.create(actor, {
        ...body,
        closedDates: body.closedDates ?? [],
        horizonWeeks: body.horizonWeeks ?? 12,
      }),
    );
  }

  /**
   * Changes a programme. Coming shifts at an unchanged time keep their sign-ups; shifts the new
   * schedule drops are cancelled and their volunteers told.
   */
  @Patch(':id')
  @Allow(Role.Coordinator)
  @ApiOkResponse({ type: ProgrammeDto })
  async updateProgramme(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateProgrammeDto,
  ): Promise<ProgrammeDto> {
    return toProgrammeDto(await this.programmes.update(actor, id, body));
  }

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: ProgrammePageDto })
  async listProgrammes(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<ProgrammePageDto> {
    return pageOf(await this.programmes.list(actor, query), toProgrammeDto);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: ProgrammeDto })
  async getProgramme(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<ProgrammeDto> {
    return toProgrammeDto(await this.programmes.get(actor, id));
  }

  /**
   * The shifts between two local dates, both included, with sign-ups, waiting list and whether
   * short. At most a year of them at a time (366 days from `from` to `to`).
   */
  @Get(':id/shifts')
  @SignedIn()
  @ApiOkResponse({ type: ShiftPageDto })
  async listShifts(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: ShiftsQueryDto,
  ): Promise<ShiftPageDto> {
    const { programme, items } = await this.programmes.listShifts(actor, id, query.from, query.to);
    return { items: items.map((item) => toShiftDto(programme, item)), next: null };
  }

  /** A standing weekly commitment: signed up for every coming shift until it is ended. */
  @Post(':id/commitments')
  @Allow(Role.Volunteer)
  @ApiCreatedResponse({ type: CommitmentDto })
  async commitToProgramme(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<CommitmentDto> {
    const { commitment, confirmed, waitlisted } = await this.commitments.commit(actor, id);
    return {
      id: commitment.id,
      programmeId: commitment.programmeId,
      userId: commitment.userId,
      confirmed,
      waitlisted,
    };
  }

  /** Ends the caller's standing commitment and releases their coming places. */
  @Delete(':id/commitments/me')
  @Allow(Role.Volunteer)
  @HttpCode(200)
  @ApiOkResponse({ type: CommitmentEndedDto, description: 'How many coming places were released.' })
  endCommitment(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<CommitmentEndedDto> {
    return this.commitments.endCommitment(actor, id);
  }
}
