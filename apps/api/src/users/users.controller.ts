import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Locale, Role, UsersService } from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { pageOf, PageQueryDto } from '../http/page.dto';
import { UuidParam } from '../http/uuid-param.pipe';
import { InviteUserDto, toUserDto, UserDto, UserPageDto } from './user.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Adds a person in a role and mails them an invitation with a sign-in link. */
  @Post()
  @Allow(Role.Admin)
  @ApiCreatedResponse({ type: UserDto })
  async inviteUser(@CurrentActor() actor: Actor, @Body() body: InviteUserDto): Promise<UserDto> {
    return toUserDto(
      await this.users.invite(actor, { ...body, locale: body.locale ?? Locale.Danish }),
    );
  }

  @Get()
  @Allow(Role.Admin)
  @ApiOkResponse({ type: UserPageDto })
  async listUsers(@Query() query: PageQueryDto): Promise<UserPageDto> {
    return pageOf(await this.users.list(query), toUserDto);
  }

  /** A person: admins see anyone, others themselves and the people of their organisations. */
  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: UserDto })
  async getUser(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<UserDto> {
    return toUserDto(await this.users.get(actor, id));
  }
}
