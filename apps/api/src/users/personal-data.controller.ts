import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Actor, ErasureService, PersonalDataExport, PersonalDataService, Role } from '@app/core';
import { Allow, CurrentActor } from '../auth/access.decorators';
import { UuidParam } from '../http/uuid-param.pipe';
import { toUserDto, UserDto } from './user.dto';

class PersonalDataExportDto implements PersonalDataExport {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ description: 'id, email, name, locale, time zone and when the person was added.' })
  person: Record<string, unknown>;

  @ApiProperty({
    description:
      'Every kind of record that names the person, each a list: memberships, classesTaught, ' +
      'adoptionsAsContactPerson, visits, visitHistory, hours, commitments, shiftPlaces, ' +
      'programmesCoordinated, signIns, mails.',
  })
  sections: PersonalDataExport['sections'];
}

/** A person's rights to see what is held about them and to be forgotten, through an admin. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class PersonalDataController {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly erasure: ErasureService,
  ) {}

  /** Everything held about a person, as JSON to hand over to them. */
  @Get(':id/export')
  @Allow(Role.Admin)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PersonalDataExportDto })
  exportUser(@Param('id', UuidParam) id: string): Promise<PersonalDataExportDto> {
    return this.personalData.export(id);
  }

  /**
   * Erases a person: name and address replaced, every role, session, place and the calendar
   * feed ended, sign-in tokens and the mails to them deleted, the notes on their hours blanked.
   * The hours and attendance they gave stay, anonymous, in reports. Cannot be undone.
   */
  @Post(':id/erase')
  @Allow(Role.Admin)
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  async eraseUser(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<UserDto> {
    return toUserDto(await this.erasure.erase(actor, id));
  }
}
