import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import {
  Actor,
  Role,
  ShiftDetail,
  ShiftsService,
  SignupsService,
  SignupStatus,
  VolunteerScheduleService,
} from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { UuidParam } from '../http/uuid-param.pipe';
import { ShiftDto, ShiftPageDto, ShiftsQueryDto, toShiftDto } from './programme.dto';
import { AttendanceDto, CancelShiftDto, SignupDto, toSignupDto } from './signup.dto';

class ShiftDetailDto extends ShiftDto {
  @ApiProperty({
    type: [SignupDto],
    description: "Who signed up; for the programme's coordinators.",
  })
  signups: SignupDto[];
}

function toShiftDetailDto(detail: ShiftDetail): ShiftDetailDto {
  const waiting = detail.signups.filter((signup) => signup.status === SignupStatus.Waitlisted);
  return {
    ...toShiftDto(detail.programme, detail),
    signups: detail.signups.map((signup) => ({
      ...toSignupDto({
        signup,
        position: signup.status === SignupStatus.Waitlisted ? waiting.indexOf(signup) + 1 : null,
      }),
      name: signup.user.name,
    })),
  };
}

@ApiTags('shifts')
@ApiBearerAuth()
@Controller('shifts')
export class ShiftsController {
  constructor(
    private readonly shifts: ShiftsService,
    private readonly signups: SignupsService,
    private readonly schedule: VolunteerScheduleService,
  ) {}

  /**
   * The shifts of every programme open to the caller (as a volunteer of a company it names, or a
   * coordinator of its partner organisation) between two local dates, both included, with places
   * left and the caller's own place. At most a year at a time (366 days from `from` to `to`).
   */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: ShiftPageDto })
  async listOpenShifts(
    @CurrentActor() actor: Actor,
    @Query() query: ShiftsQueryDto,
  ): Promise<ShiftPageDto> {
    const shifts = await this.schedule.openShifts(actor, query);
    return { items: shifts.map((item) => toShiftDto(item.programme, item)), next: null };
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: ShiftDetailDto })
  async getShift(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<ShiftDetailDto> {
    return toShiftDetailDto(await this.shifts.get(actor, id));
  }

  /** Confirmed while there is room, otherwise on the waiting list in order of arrival. */
  @Post(':id/signups')
  @Allow(Role.Volunteer)
  @ApiCreatedResponse({ type: SignupDto })
  async signUp(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<SignupDto> {
    return toSignupDto(await this.signups.signUp(actor, id));
  }

  /** Gives up the caller's place; the first on the waiting list moves up. */
  @Delete(':id/signups/me')
  @Allow(Role.Volunteer)
  @HttpCode(200)
  @ApiOkResponse({ type: SignupDto })
  async cancelSignup(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<SignupDto> {
    return toSignupDto(await this.signups.cancelMine(actor, id));
  }

  /** The coordinator cancels a shift (the club is closed); its volunteers are told. */
  @Post(':id/cancel')
  @Allow(Role.Coordinator)
  @HttpCode(200)
  @ApiOkResponse({ type: ShiftDetailDto })
  async cancelShift(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: CancelShiftDto,
  ): Promise<ShiftDetailDto> {
    return toShiftDetailDto(await this.shifts.cancel(actor, id, body.reason));
  }

  /** After the shift, the coordinator marks who came. */
  @Post(':id/attendance')
  @Allow(Role.Coordinator)
  @HttpCode(200)
  @ApiOkResponse({ type: ShiftDetailDto })
  async recordAttendance(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: AttendanceDto,
  ): Promise<ShiftDetailDto> {
    return toShiftDetailDto(await this.shifts.recordAttendance(actor, id, body.records));
  }
}
