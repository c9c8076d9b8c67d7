import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsTimeZone,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { CompanyEntity, CsrModel, PartnerEntity, SchoolEntity } from '@app/core';
import { IsDateOnly } from '../http/dates';
import { NamedDto } from '../http/named.dto';
import { PageDto } from '../http/page.dto';
import { MultiLine, SingleLine } from '../http/text';

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class ClosedPeriodDto {
  @ApiProperty({ format: 'date', example: '2026-10-12' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ format: 'date', example: '2026-10-16' })
  @IsDateOnly()
  to: string;

  @ApiProperty({ example: 'Efterårsferie' })
  @SingleLine()
  @Length(1, 100)
  label: string;
}

export class CreateSchoolDto {
  @ApiProperty({ example: 'Bakkeskolen' })
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'Esbjerg' })
  @SingleLine()
  @Length(1, 100)
  city: string;

  @ApiPropertyOptional({ default: 'Europe/Copenhagen', description: 'IANA time zone.' })
  @IsOptional()
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Copenhagen' })
  timezone?: string;

  @ApiPropertyOptional({ default: '08-01', description: 'First day of the school year, MM-DD.' })
  @IsOptional()
  @Matches(MONTH_DAY, { message: 'must be a month and day, MM-DD' })
  schoolYearStart?: string;

  @ApiPropertyOptional({ default: '06-30', description: 'Last school day of the year, MM-DD.' })
  @IsOptional()
  @Matches(MONTH_DAY, { message: 'must be a month and day, MM-DD' })
  lastSchoolDay?: string;

  @ApiPropertyOptional({ type: [ClosedPeriodDto], description: 'Holidays, both ends included.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ClosedPeriodDto)
  closedDates?: ClosedPeriodDto[];
}

export class CreateCompanyDto {
  @ApiProperty({ example: 'LEGO' })
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'Billund' })
  @SingleLine()
  @Length(1, 100)
  city: string;

  @ApiProperty({
    enum: CsrModel,
    description:
      'Social responsibility as an add-on to the business, or integrated in its strategy.',
  })
  @IsEnum(CsrModel, { message: `must be one of: ${Object.values(CsrModel).join(', ')}` })
  csrModel: CsrModel;
}

export class CreatePartnerDto {
  @ApiProperty({ example: 'Dansk Flygtningehjælp' })
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'Vejle' })
  @SingleLine()
  @Length(1, 100)
  city: string;

  @ApiPropertyOptional({ example: 'Drengeklub med lektiehjælp og fodbold' })
  @IsOptional()
  @MultiLine()
  @Length(0, 2000)
  description?: string;
}

/**
 * Any of a school's fields; what is left out stays. `closedDates` replaces the whole list. The
 * school year's start and last day change only while the school has no adoption.
 */
export class UpdateSchoolDto extends PartialType(CreateSchoolDto) {}

/** Any of a company's fields; what is left out stays. */
export class UpdateCompanyDto extends PartialType(CreateCompanyDto) {}

/** Any of a partner organisation's fields; what is left out stays. */
export class UpdatePartnerDto extends PartialType(CreatePartnerDto) {}

export class SchoolDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() city: string;
  @ApiProperty() timezone: string;
  @ApiProperty({ example: '08-01' }) schoolYearStart: string;
  @ApiProperty({ example: '06-30' }) lastSchoolDay: string;
  @ApiProperty({ type: [ClosedPeriodDto] }) closedDates: ClosedPeriodDto[];
}

export class CompanyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() city: string;
  @ApiProperty({ enum: CsrModel }) csrModel: CsrModel;
}

export class PartnerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() city: string;
  @ApiProperty() description: string;
}

export class SchoolPageDto extends PageDto {
  @ApiProperty({ type: [SchoolDto] }) items: SchoolDto[];
}

export class CompanyPageDto extends PageDto {
  @ApiProperty({ type: [CompanyDto] }) items: CompanyDto[];
}

export class CompanyDirectoryPageDto extends PageDto {
  @ApiProperty({ type: [NamedDto] }) items: NamedDto[];
}

export class PartnerPageDto extends PageDto {
  @ApiProperty({ type: [PartnerDto] }) items: PartnerDto[];
}

export function toSchoolDto(school: SchoolEntity): SchoolDto {
  return {
    id: school.id,
    name: school.name,
    city: school.city,
    timezone: school.timezone,
    schoolYearStart: school.schoolYearStart,
    lastSchoolDay: school.lastSchoolDay,
    closedDates: [...(school.closedDates ?? [])]
      .sort((a, b) => a.from.localeCompare(b.from))
      .map(({ from, to, label }) => ({ from, to, label })),
  };
}

export function toCompanyDto({ id, name, city, csrModel }: CompanyEntity): CompanyDto {
  return { id, name, city, csrModel };
}

export function toPartnerDto({ id, name, city, description }: PartnerEntity): PartnerDto {
  return { id, name, city, description };
}
