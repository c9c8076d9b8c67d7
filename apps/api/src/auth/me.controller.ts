import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  CalendarFeedService,
  UsersService,
  VolunteerHoursService,
  VolunteerScheduleService,
} from '@app/core';
import {
  MyCommitmentPageDto,
  MyPlacePageDto,
  toMyCommitmentDto,
  toMyPlaceDto,
} from '../volunteering/my-volunteering.dto';
import { ShiftsQueryDto } from '../volunteering/programme.dto';
import { VolunteerHoursDto } from '../volunteering/signup.dto';
import { UpdateMeDto, UserDto, toUserDto } from '../users/user.dto';
import { CurrentActor, SignedIn } from './access.decorators';

class CalendarUrlsDto {
  @ApiProperty({ description: 'Secret https URL of the feed; keep it to yourself.' })
  feedUrl: string;

  @ApiProperty({ description: 'The same feed for calendar apps that open webcal: links.' })
  webcalUrl: string;
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly volunteerHours: VolunteerHoursService,
    private readonly feeds: CalendarFeedService,
    private readonly schedule: VolunteerScheduleService,
  ) {}

  /** The signed-in person, their roles and organisations. */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: UserDto })
  async getMe(@CurrentActor() actor: Actor): Promise<UserDto> {
    return { ...toUserDto(await this.users.get(actor, actor.userId)), isAdmin: actor.isAdmin };
  }

  /** The signed-in person changes their own name or language (mail and calendar text). */
  @Patch()
  @SignedIn()
  @ApiOkResponse({ type: UserDto })
  async updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<UserDto> {
    return {
      ...toUserDto(await this.users.updateProfile(actor, body)),
      isAdmin: actor.isAdmin,
    };
  }

  /** The caller's volunteer hours from attendance, by month and programme. */
  @Get('hours')
  @SignedIn()
  @ApiOkResponse({ type: VolunteerHoursDto })
  getMyHours(@CurrentActor() actor: Actor): Promise<VolunteerHoursDto> {
    return this.volunteerHours.mine(actor);
  }

  /**
   * The caller's places on shifts between two local dates, both included: placed, or waiting
   * with their position; each with the shift's time and the programme. At most 366 days.
   */
  @Get('signups')
  @SignedIn()
  @ApiOkResponse({ type: MyPlacePageDto })
  async listMySignups(
    @CurrentActor() actor: Actor,
    @Query() query: ShiftsQueryDto,
  ): Promise<MyPlacePageDto> {
    return { items: (await this.schedule.myPlaces(actor, query)).map(toMyPlaceDto), next: null };
  }

  /** The caller's standing weekly commitments, with the programme and since when. */
  @Get('commitments')
  @SignedIn()
  @ApiOkResponse({ type: MyCommitmentPageDto })
  async listMyCommitments(@CurrentActor() actor: Actor): Promise<MyCommitmentPageDto> {
    return { items: (await this.schedule.myCommitments(actor)).map(toMyCommitmentDto), next: null };
  }

  /** The caller's secret calendar feed: subscribe once, see every visit and shift. */
  @Get('calendar')
  @SignedIn()
  @ApiOkResponse({ type: CalendarUrlsDto })
  getMyCalendar(@CurrentActor() actor: Actor): Promise<CalendarUrlsDto> {
    return this.feeds.urls(actor);
  }

  /** A new secret; the old feed URL answers 404 at once. */
  @Post('calendar/rotate')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: CalendarUrlsDto })
  rotateMyCalendar(@CurrentActor() actor: Actor): Promise<CalendarUrlsDto> {
    return this.feeds.rotate(actor);
  }
}
