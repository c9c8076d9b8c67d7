import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Actor, CalendarFeedService, UsersService, VolunteerHoursService } from '@app/core';
import { VolunteerHoursDto } from '../volunteering/signup.dto';
import { UserDto, toUserDto } from '../users/user.dto';
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
  ) {}

  /** The signed-in person, their roles and organisations. */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: UserDto })
  async getMe(@CurrentActor() actor: Actor): Promise<UserDto> {
    return { ...toUserDto(await this.users.get(actor, actor.userId)), isAdmin: actor.isAdmin };
  }

  /** The caller's volunteer hours from attendance, by month and programme. */
  @Get('hours')
  @SignedIn()
  @ApiOkResponse({ type: VolunteerHoursDto })
  getMyHours(@CurrentActor() actor: Actor): Promise<VolunteerHoursDto> {
    return this.volunteerHours.mine(actor);
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
