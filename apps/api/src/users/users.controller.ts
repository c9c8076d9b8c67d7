import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  Actor,
  DeparturesService,
  Locale,
  Role,
  UserChangesService,
  UsersService,
} from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { pageOf } from '../http/page.dto';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  AddMembershipDto,
  InviteUserDto,
  toUserDto,
  UpdateUserDto,
  UserDto,
  UserListQueryDto,
  UserPageDto,
} from './user.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly departures: DeparturesService,
    private readonly userChanges: UserChangesService,
  ) {}

  /** Adds a person in a role and mails them an invitation with a sign-in link. */
  @Post()
  @Allow(Role.Admin)
  @ApiCreatedResponse({ type: UserDto })
  async inviteUser(@CurrentActor() actor: Actor, @Body() body: InviteUserDto): Promise<UserDto> {
    return toUserDto(
      await this.users.invite(actor, { ...body, locale: body.locale ?? Locale.Danish }),
    );
  }

  /**
   * People by name: admins see everyone, others themselves and the people of their own
   * organisations, such as the colleagues to name as a visit's hosts.
   */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: UserPageDto })
  async listUsers(
    @CurrentActor() actor: Actor,
    @Query() query: UserListQueryDto,
  ): Promise<UserPageDto> {
    const { organisationId, role, ...page } = query;
    return pageOf(await this.users.list(actor, { organisationId, role }, page), toUserDto);
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

  /**
   * Corrects a person's name, address or language. A new address must be nobody else's (409
   * `user.email-taken`); sign-in links sent to the old one stop working, and mails still to be
   * written out (reminders) go to the new one.
   */
  @Patch(':id')
  @Allow(Role.Admin)
  @ApiOkResponse({ type: UserDto })
  async updateUser(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserDto> {
    return toUserDto(await this.userChanges.update(actor, id, body));
  }

  /**
   * Gives a person a further role in an organisation of the kind the role belongs to, as an
   * invitation does, and mails them the invitation.
   */
  @Post(':id/memberships')
  @Allow(Role.Admin)
  @ApiCreatedResponse({ type: UserDto })
  async addMembership(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: AddMembershipDto,
  ): Promise<UserDto> {
    return toUserDto(await this.userChanges.addMembership(actor, id, body));
  }

  /**
   * Removes one of a person's roles: their next request no longer has it, and what it gave them
   * ends (places and standing commitments, teacher and coordinator lists, visits as a host);
   * adoptions a contact person leaves are listed to every admin.
   */
  @Delete(':id/memberships/:membershipId')
  @Allow(Role.Admin)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The role is gone, and what it gave the person.' })
  async removeMembership(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('membershipId', UuidParam) membershipId: string,
  ): Promise<void> {
    await this.departures.removeMembership(actor, id, membershipId);
  }

  /**
   * Deactivates a person: every role ends as if removed, every session and the calendar feed stop
   * at once, and no sign-in link is mailed or accepted. Inviting them again brings them back.
   */
  @Post(':id/deactivate')
  @Allow(Role.Admin)
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  async deactivateUser(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<UserDto> {
    return toUserDto(await this.departures.deactivate(actor, id));
  }
}
