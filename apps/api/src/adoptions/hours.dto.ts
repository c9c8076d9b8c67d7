import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEnum, IsOptional, Length, Max, Min } from 'class-validator';
import { HoursActivity, HoursEntryEntity, HoursView } from '@app/core';
import { IsDateOnly } from '../http/dates';
import { MultiLine } from '../http/text';
import { IsHours } from '../http/hours';

export class LogHoursDto {
  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  date: string;

  @ApiProperty({ example: 1.5, description: 'Positive, at most 24; two decimals.' })
  @IsHours()
  @Min(0.01, { message: 'must be positive' })
  @Max(24, { message: 'must be at most 24' })
  hours: number;

  @ApiProperty({ enum: HoursActivity })
  @IsEnum(HoursActivity, { message: `must be one of: ${Object.values(HoursActivity).join(', ')}` })
  activity: HoursActivity;

  @ApiPropertyOptional()
  @IsOptional()
  @MultiLine()
  @Length(0, 1000)
  note?: string;
}

/** Any of an entry's fields; what is left out stays. The day's rules hold as when logging. */
export class UpdateHoursDto extends PartialType(LogHoursDto) {}

export class HoursEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() term: string;
  @ApiProperty() hours: number;
  @ApiProperty({ enum: HoursActivity }) activity: HoursActivity;
  @ApiProperty() note: string;
  @ApiProperty({ enum: ['manual', 'visit'] }) source: 'manual' | 'visit';
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) visitId: string | null;
}

export class TermHoursDto {
  @ApiProperty() term: string;
  @ApiProperty() budget: number;
  @ApiProperty() logged: number;
  @ApiProperty() remaining: number;
}

export class HoursDto {
  @ApiProperty({ type: [HoursEntryDto] }) items: HoursEntryDto[];
  @ApiProperty({ type: [TermHoursDto] }) terms: TermHoursDto[];
}

export function toHoursEntryDto(entry: HoursEntryEntity): HoursEntryDto {
  return {
    id: entry.id,
    userId: entry.userId,
    date: entry.date,
    term: entry.term,
    hours: entry.hours,
    activity: entry.activity,
    note: entry.note,
    source: entry.visitId ? 'visit' : 'manual',
    visitId: entry.visitId,
  };
}

export function toHoursDto(view: HoursView): HoursDto {
  return { items: view.entries.map(toHoursEntryDto), terms: view.terms };
}
