import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsTimeZone,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  AllocationStatus,
  AllocationView,
  DonationAllocationEntity,
  DonationProgrammeView,
} from '@app/core';
import { IsDateOnly } from '../http/dates';
import { MoneyDto } from '../http/money.dto';
import { NamedDto } from '../http/named.dto';
import { PageDto } from '../http/page.dto';
import { MultiLine, SingleLine } from '../http/text';

/** The most units one request, approval or delivery can carry. */
const MAX_UNITS = 100_000;

/** The value of one unit. */
export class UnitValueDto extends MoneyDto {}

export class CreateDonationProgrammeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  companyId: string;

  @ApiProperty({ example: 'Brugte computere til boligområdets projekter' })
  @SingleLine()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ default: '' })
  @IsOptional()
  @MultiLine()
  @Length(0, 4000)
  description?: string;

  @ApiProperty({ example: 'computer', description: 'What one unit is.' })
  @SingleLine()
  @Length(1, 60)
  unit: string;

  @ApiPropertyOptional({ type: UnitValueDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UnitValueDto)
  unitValue?: UnitValueDto | null;

  @ApiPropertyOptional({
    example: 'Europe/Copenhagen',
    default: 'Europe/Copenhagen',
    description: 'The zone whose calendar years deliveries count in.',
  })
  @IsOptional()
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Copenhagen' })
  timezone?: string;
}

export class UpdateDonationProgrammeDto extends PartialType(
  OmitType(CreateDonationProgrammeDto, ['companyId']),
) {}

export class DonationYearDto {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    description: 'Units to deliver.',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  target?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    description: 'Units delivered in a year before the product was used, as recorded then.',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  recordedUnits?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    description: 'Projects reached in that year, as recorded then.',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(100_000)
  recordedProjects?: number | null;
}

export class SupporterBodyDto {
  @ApiProperty({ example: 'IT-Genbrug Vejle' })
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'Renser og klargør maskinerne' })
  @SingleLine()
  @Length(1, 300)
  part: string;
}

export class RequestUnitsDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The partner organisation asking; or schoolId.',
  })
  @ValidateIf((body: RequestUnitsDto) => body.schoolId === undefined)
  @IsUUID('all', { message: 'must be a UUID (give partnerId or schoolId)' })
  partnerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The school asking; or partnerId.' })
  @ValidateIf((body: RequestUnitsDto) => body.partnerId === undefined)
  @IsUUID('all', { message: 'must be a UUID (give partnerId or schoolId)' })
  schoolId?: string;

  @ApiProperty({ minimum: 1, maximum: MAX_UNITS })
  @IsInt()
  @Min(1)
  @Max(MAX_UNITS)
  units: number;

  @ApiPropertyOptional({ default: '', description: 'What the units are for.' })
  @IsOptional()
  @MultiLine()
  @Length(0, 2000)
  purpose?: string;
}

export class UnitsDto {
  @ApiProperty({ minimum: 1, maximum: MAX_UNITS })
  @IsInt()
  @Min(1)
  @Max(MAX_UNITS)
  units: number;
}

export class DeliverDto extends UnitsDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'The local day of the handover. Default: today.',
  })
  @IsOptional()
  @IsDateOnly()
  deliveredOn?: string;
}

export class SupporterDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() part: string;
}

export class DonationYearProgressDto {
  @ApiProperty() year: number;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty({ description: 'Units delivered (recorded and through the product).' })
  delivered: number;
  @ApiProperty({ description: 'Distinct projects the units went to.' }) projectsReached: number;
  @ApiProperty({ type: Number, nullable: true, description: 'delivered ÷ target.' })
  share: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Where the year should stand today, pro rata of its target.',
  })
  expectedByNow: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) onTrack: boolean | null;
}

export class DonationProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ type: NamedDto }) company: NamedDto;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() unit: string;
  @ApiProperty({ type: UnitValueDto, nullable: true }) unitValue: UnitValueDto | null;
  @ApiProperty() timezone: string;
  @ApiProperty({ type: [SupporterDto] }) supporters: SupporterDto[];
  @ApiProperty({ type: [DonationYearProgressDto], description: 'Oldest first; always this year.' })
  years: DonationYearProgressDto[];
  @ApiProperty({ description: 'Whether the caller runs it (its company side, or an admin).' })
  mine: boolean;
}

/** A programme as a list names it: without its years. */
export class DonationProgrammeItemDto extends OmitType(DonationProgrammeDto, [
  'years',
  'supporters',
  'mine',
]) {}

export class DonationProgrammePageDto extends PageDto {
  @ApiProperty({ type: [DonationProgrammeItemDto] }) items: DonationProgrammeItemDto[];
}

export class AllocationStepDto {
  @ApiProperty({ enum: AllocationStatus }) status: AllocationStatus;
  @ApiProperty({ type: Number, nullable: true }) units: number | null;
  @ApiProperty({ description: 'The reason, the purpose or the day of delivery.' }) note: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class AllocationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) partnerId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) schoolId: string | null;
  @ApiProperty({ description: 'The partner organisation or school.' }) projectName: string;
  @ApiProperty() requestedUnits: number;
  @ApiProperty() purpose: string;
  @ApiProperty({ enum: AllocationStatus }) status: AllocationStatus;
  @ApiProperty({ type: Number, nullable: true }) approvedUnits: number | null;
  @ApiProperty({ type: Number, nullable: true }) deliveredUnits: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deliveredOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why declined or cancelled.' })
  statusReason: string | null;
  @ApiProperty() revision: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AllocationDetailDto extends AllocationDto {
  @ApiProperty({ type: [AllocationStepDto], description: 'Every step, oldest first.' })
  steps: AllocationStepDto[];
}

export class AllocationPageDto extends PageDto {
  @ApiProperty({ type: [AllocationDto] }) items: AllocationDto[];
}

export function toDonationProgrammeItemDto(
  programme: DonationProgrammeView['programme'],
): DonationProgrammeItemDto {
  return {
    id: programme.id,
    companyId: programme.companyId,
    company: { id: programme.company.id, name: programme.company.name },
    title: programme.title,
    description: programme.description,
    unit: programme.unit,
    unitValue:
      programme.unitValue === null
        ? null
        : { amount: programme.unitValue, currency: programme.currency! },
    timezone: programme.timezone,
  };
}

export function toDonationProgrammeDto(view: DonationProgrammeView): DonationProgrammeDto {
  return {
    ...toDonationProgrammeItemDto(view.programme),
    supporters: view.programme.supporters.map(({ id, name, part }) => ({ id, name, part })),
    years: view.years,
    mine: view.mine,
  };
}

export function toAllocationDto(
  allocation: DonationAllocationEntity,
  projectName: string,
): AllocationDto {
  return {
    id: allocation.id,
    programmeId: allocation.programmeId,
    partnerId: allocation.partnerId,
    schoolId: allocation.schoolId,
    projectName,
    requestedUnits: allocation.requestedUnits,
    purpose: allocation.purpose,
    status: allocation.status,
    approvedUnits: allocation.approvedUnits,
    deliveredUnits: allocation.deliveredUnits,
    deliveredOn: allocation.deliveredOn,
    statusReason: allocation.statusReason,
    revision: allocation.revision,
    createdAt: allocation.createdAt.toISOString(),
  };
}

export function toAllocationDetailDto(view: AllocationView): AllocationDetailDto {
  return {
    ...toAllocationDto(view.allocation, view.projectName),
    steps: view.steps.map((step) => ({
      status: step.status,
      units: step.units,
      note: step.note,
      actorId: step.actorId,
      at: step.at.toISOString(),
    })),
  };
}
