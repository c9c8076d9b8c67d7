import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, UsersService, VolunteerHoursService } from '@app/core';
import { VolunteerHoursDto } from '../volunteering/signup.dto';
import { UserDto, toUserDto } from '../users/user.dto';
import { CurrentActor, SignedIn } from './access.decorators';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly volunteerHours: VolunteerHoursService,
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
}
