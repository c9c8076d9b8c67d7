import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { AdoptionEntity, AdoptionStatus, AdoptionView } from '@app/core';
import { IsDateOnly } from '../http/dates';
import { PageDto } from '../http/page.dto';
import { toVisitDto, VisitDto } from './visit.dto';
import { MultiLine } from '../http/text';
import { IsHours } from '../http/hours';

export class CreateAdoptionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  classId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  companyId: string;

  @ApiProperty({ format: 'uuid', description: 'A contact person of the company.' })
  @IsUUID('all', { message: 'must be a UUID' })
  contactPersonId: string;

  @ApiProperty({ format: 'date', example: '2026-09-01' })
  @IsDateOnly()
  startsOn: string;

  @ApiPropertyOptional({ default: 7.4, description: "The contact person's hours per term." })
  @IsOptional()
  @IsHours()
  @Min(0.5)
  @Max(200)
  hoursBudgetPerTerm?: number;
}

/** What an admin may change of a running adoption; what is left out stays. */
export class UpdateAdoptionDto extends PickType(CreateAdoptionDto, ['hoursBudgetPerTerm']) {}

export class ContactPersonDto {
  @ApiProperty({ format: 'uuid', description: 'A contact person of the adopting company.' })
  @IsUUID('all', { message: 'must be a UUID' })
  contactPersonId: string;
}

export class EndAdoptionDto {
  @ApiProperty({ example: 'The company has closed its local branch.' })
  @MultiLine()
  @Length(1, 1000)
  reason: string;
}

export class TermDto {
  @ApiProperty({ example: '2026/27-autumn' }) name: string;
  @ApiProperty({ enum: ['autumn', 'spring'] }) kind: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: [VisitDto] }) visits: VisitDto[];
  @ApiProperty() hoursBudget: number;
  @ApiProperty() hoursLogged: number;
}

export class AdoptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) classId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ format: 'uuid' }) contactPersonId: string;
  @ApiProperty({ enum: AdoptionStatus }) status: AdoptionStatus;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date', description: "The class's graduation day." }) endsOn: string;
  @ApiProperty() hoursBudgetPerTerm: number;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiPropertyOptional({ type: [TermDto], description: 'On a single adoption only.' })
  terms?: TermDto[];
}

export class AdoptionPageDto extends PageDto {
  @ApiProperty({ type: [AdoptionDto] }) items: AdoptionDto[];
}

export function toAdoptionDto(adoption: AdoptionEntity): AdoptionDto {
  return {
    id: adoption.id,
    classId: adoption.classId,
    companyId: adoption.companyId,
    contactPersonId: adoption.contactPersonId,
    status: adoption.status,
    startsOn: adoption.startsOn,
    endsOn: adoption.endsOn,
    hoursBudgetPerTerm: adoption.hoursBudgetPerTerm,
    endReason: adoption.endReason,
    endedAt: adoption.endedAt?.toISOString() ?? null,
  };
}

export function toAdoptionViewDto(view: AdoptionView): AdoptionDto {
  return {
    ...toAdoptionDto(view.context.adoption),
    terms: view.terms.map(({ term, visits, hoursBudget, hoursLogged }) => ({
      name: term.name,
      kind: term.kind,
      startsOn: term.startsOn,
      endsOn: term.endsOn,
      visits: visits.map(toVisitDto),
      hoursBudget,
      hoursLogged,
    })),
  };
}
