import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AgreementView,
  AgreementVersionEntity,
  budgetOf,
  CriterionPeriod,
  Metric,
  METRICS,
  PartnershipUpdate,
  PERIODS,
  SIDES,
} from '@app/core';
import { IsDateOnly } from '../http/dates';
import { MoneyDto } from '../http/money.dto';
import { PageDto } from '../http/page.dto';
import { MultiLine, SingleLine } from '../http/text';

const ALL_SIDES = [...new Set(Object.values(SIDES).flat())];
const ALL_METRICS = Object.keys(METRICS) as Metric[];

export class DeciderDto {
  @ApiProperty({ enum: ALL_SIDES, description: "The side: the partnership's kind names its two." })
  @IsIn(ALL_SIDES, { message: `must be one of ${ALL_SIDES.join(', ')}` })
  side: string;

  @ApiProperty({ example: 'Birgitte Holm, skoleleder' })
  @SingleLine()
  @Length(1, 200)
  name: string;
}

export class CriterionDto {
  @ApiProperty({ enum: ALL_METRICS, description: 'A figure the product counts.' })
  @IsIn(ALL_METRICS, { message: `must be one of ${ALL_METRICS.join(', ')}` })
  metric: Metric;

  @ApiProperty({ example: 2, description: 'The number to reach in each period.' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1_000_000)
  target: number;

  @ApiProperty({ enum: PERIODS })
  @IsIn(PERIODS, { message: `must be one of ${PERIODS.join(', ')}` })
  period: CriterionPeriod;
}

export class AgreementBodyDto {
  @ApiProperty({ example: 'Eleverne lærer en arbejdsplads at kende.' })
  @MultiLine()
  @Length(1, 4000)
  goals: string;

  @ApiPropertyOptional({ default: '' })
  @IsOptional()
  @MultiLine()
  @Length(0, 4000)
  activities?: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  startsOn: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  endsOn: string;

  @ApiPropertyOptional({ type: MoneyDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  budget?: MoneyDto | null;

  @ApiProperty({ type: [DeciderDto], description: 'One person who can decide for each side.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => DeciderDto)
  deciders: DeciderDto[];

  @ApiPropertyOptional({ type: [CriterionDto], default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];
}

export class AcceptDto {
  @ApiProperty({ description: 'The number of the version read and accepted: the latest.' })
  @IsInt()
  @Min(1)
  version: number;
}

export class AcceptanceDto {
  @ApiProperty() side: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) by: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class AgreementVersionDto {
  @ApiProperty() version: number;
  @ApiProperty() goals: string;
  @ApiProperty() activities: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: MoneyDto, nullable: true }) budget: MoneyDto | null;
  @ApiProperty({ type: [DeciderDto] }) deciders: DeciderDto[];
  @ApiProperty({ type: [CriterionDto] }) criteria: CriterionDto[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) writtenBy: string | null;
  @ApiProperty({ format: 'date-time' }) writtenAt: string;
  @ApiProperty({ type: [AcceptanceDto], description: 'The sides that accepted this version.' })
  acceptances: AcceptanceDto[];
}

export class CriterionProgressDto extends CriterionDto {
  @ApiProperty({ description: 'The period counted: a term, school year, year or the agreement.' })
  periodName: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty() actual: number;
  @ApiProperty({ description: 'actual ÷ target.' }) share: number;
  @ApiProperty({ description: 'The target pro rata of the days of the period gone by.' })
  expectedByNow: number;
  @ApiProperty() onTrack: boolean;
  @ApiProperty() met: boolean;
}

export class AgreementSubjectDto {
  @ApiProperty({ enum: ['adoption', 'programme', 'donation-programme'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class AgreementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: AgreementSubjectDto }) subject: AgreementSubjectDto;
  @ApiProperty({ type: [String], description: 'Its two sides.' }) sides: string[];
  @ApiProperty({ type: String, nullable: true, description: "The caller's side, if any." })
  yourSide: string | null;
  @ApiProperty({
    enum: ['draft', 'agreed', 'changed'],
    description: 'Agreed: both sides accepted the latest version; changed: an earlier one only.',
  })
  status: string;
  @ApiProperty({ type: Number, nullable: true }) agreedVersion: number | null;
  @ApiProperty({ type: AgreementVersionDto }) latest: AgreementVersionDto;
  @ApiProperty({ type: [AgreementVersionDto], description: 'Every version, oldest first.' })
  versions: AgreementVersionDto[];
  @ApiProperty({ type: [CriterionProgressDto], description: "The latest version's criteria." })
  progress: CriterionProgressDto[];
}

function toVersionDto(version: AgreementVersionEntity): AgreementVersionDto {
  return {
    version: version.version,
    goals: version.goals,
    activities: version.activities,
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    budget: budgetOf(version),
    deciders: version.deciders,
    criteria: version.criteria,
    writtenBy: version.writtenBy,
    writtenAt: version.writtenAt.toISOString(),
    acceptances: Object.entries(version.acceptances).map(([side, { by, at }]) => ({
      side,
      by,
      at,
    })),
  };
}

export function toAgreementDto(view: AgreementView): AgreementDto {
  const versions = view.versions.map(toVersionDto);
  return {
    id: view.agreement.id,
    subject: { kind: view.subject.kind, id: view.subject.id, name: view.subject.name },
    sides: [...SIDES[view.subject.kind]],
    yourSide: view.subject.side,
    status: view.status,
    agreedVersion: view.agreedVersion,
    latest: versions[versions.length - 1],
    versions,
    progress: view.progress,
  };
}

export class UpdateBodyDto {
  @ApiProperty({ example: 'Vi har aftalt næste besøg til marts. Klassen glæder sig!' })
  @MultiLine()
  @Length(1, 2000)
  text: string;
}

export class PartnershipUpdateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'The side written for; null: admin.' })
  side: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorId: string | null;
  @ApiProperty({ type: String, nullable: true }) authorName: string | null;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PartnershipUpdatePageDto extends PageDto {
  @ApiProperty({ type: [PartnershipUpdateDto] }) items: PartnershipUpdateDto[];
}

export function toUpdateDto(update: PartnershipUpdate): PartnershipUpdateDto {
  return {
    id: update.id,
    side: update.side,
    authorId: update.authorId,
    authorName: update.authorName,
    text: update.text,
    createdAt: update.createdAt.toISOString(),
  };
}
