import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PersonalDataExport, PersonalDataService, Role } from '@app/core';
import { Allow } from '../auth/access.decorators';
import { UuidParam } from '../http/uuid-param.pipe';

class PersonalDataExportDto implements PersonalDataExport {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ description: 'id, email, name, locale and when the person was added.' })
  person: Record<string, unknown>;

  @ApiProperty({
    description:
      'Every kind of record that names the person, each a list: memberships, classesTaught, ' +
      'adoptionsAsContactPerson, visits, visitHistory, hours, commitments, shiftPlaces, ' +
      'programmesCoordinated, signIns, mails.',
  })
  sections: PersonalDataExport['sections'];
}

/** A person's right to see what is held about them, exercised through an admin. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  /** Everything held about a person, as JSON to hand over to them. */
  @Get(':id/export')
  @Allow(Role.Admin)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PersonalDataExportDto })
  exportUser(@Param('id', UuidParam) id: string): Promise<PersonalDataExportDto> {
    return this.personalData.export(id);
  }
}
