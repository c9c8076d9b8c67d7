import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_VISIT_HOSTS, VisitKind, VisitStatus, VisitView } from '@app/core';
import { IsInstant } from '../http/dates';
import { named, NamedDto } from '../http/named.dto';
import { PageDto, PageQueryDto } from '../http/page.dto';
import { MultiLine, SingleLine } from '../http/text';

export class SlotDto {
  @ApiProperty({ format: 'date-time', example: '2026-10-07T09:00:00+02:00' })
  @IsInstant()
  start: string;

  @ApiProperty({ format: 'date-time', example: '2026-10-07T12:00:00+02:00' })
  @IsInstant()
  end: string;
}

export class SlotsDto {
  @ApiProperty({ type: [SlotDto], minItems: 1, maxItems: 3 })
  @IsArray()
  @ArrayMinSize(1, { message: 'must offer 1 to 3 slots' })
  @ArrayMaxSize(3, { message: 'must offer 1 to 3 slots' })
  @ValidateNested({ each: true })
  @Type(() => SlotDto)
  slots: SlotDto[];
}

export class HostsDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: MAX_VISIT_HOSTS,
    description:
      "People of the company or the school who take part besides the class's teachers and the contact person.",
  })
  @IsArray()
  @ArrayMaxSize(MAX_VISIT_HOSTS, { message: `must name at most ${MAX_VISIT_HOSTS} people` })
  @IsUUID('all', { each: true, message: 'must be a list of user ids' })
  hostIds: string[];
}

export class ProposeVisitDto extends IntersectionType(SlotsDto, PartialType(HostsDto)) {
  @ApiProperty({ enum: VisitKind })
  @IsEnum(VisitKind, { message: `must be one of: ${Object.values(VisitKind).join(', ')}` })
  kind: VisitKind;

  @ApiProperty({ example: 'LEGO House, Billund' })
  @SingleLine()
  @Length(1, 300)
  location: string;

  @ApiProperty({ example: 'Rundvisning og byggeværksted' })
  @MultiLine()
  @Length(0, 4000)
  agenda: string;
}

export class ConfirmVisitDto {
  @ApiProperty({ description: 'Index of the chosen slot in `slots`.', minimum: 0, maximum: 2 })
  @IsInt()
  @Min(0)
  @Max(2)
  slot: number;
}

export class ReasonDto {
  @ApiProperty()
  @MultiLine()
  @Length(1, 1000)
  reason: string;
}

export class CompleteVisitDto {
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  pupilsAttended: number;

  @ApiPropertyOptional()
  @IsOptional()
  @MultiLine()
  @Length(0, 4000)
  notes?: string;
}

export class VisitListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: VisitStatus,
    isArray: true,
    description:
      'Only visits in one of these states. Repeat the parameter for more than one: ' +
      '`status=requested&status=confirmed`.',
  })
  @IsOptional()
  // One value arrives as a string, a repeated parameter as a list.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray({ message: 'must be one or more visit states' })
  @ArrayMaxSize(Object.values(VisitStatus).length)
  @IsEnum(VisitStatus, {
    each: true,
    message: `must be one of: ${Object.values(VisitStatus).join(', ')}`,
  })
  status?: VisitStatus[];

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'Only visits that start at or after this time: the agreed start, or while none is agreed ' +
      'the first slot offered.',
  })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only visits that start before this time, which must be after `from`.',
  })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  adoptionId?: string;
}

export class VisitEventDto {
  @ApiProperty() action: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: the system.' })
  actorId: string | null;
  @ApiProperty({ type: NamedDto, nullable: true, description: 'Who did it; null: the system.' })
  actor: NamedDto | null;
  @ApiProperty() revision: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: Object }) details: object;
}

export class VisitSlotDto {
  @ApiProperty({ format: 'date-time' }) start: string;
  @ApiProperty({ format: 'date-time' }) end: string;
}

export class VisitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) adoptionId: string;
  @ApiProperty({ enum: VisitKind }) kind: VisitKind;
  @ApiProperty() location: string;
  @ApiProperty() agenda: string;
  @ApiProperty({ enum: VisitStatus }) status: VisitStatus;
  @ApiProperty({ example: '2026/27-autumn' }) term: string;
  @ApiProperty({ type: [VisitSlotDto] }) slots: VisitSlotDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) start: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) end: string | null;
  @ApiProperty({ description: 'Raised on every change.' }) revision: number;
  @ApiProperty({ enum: ['school', 'company'] }) proposedBySide: string;
  @ApiProperty({ format: 'uuid' }) proposedBy: string;
  @ApiProperty({ type: NamedDto, description: 'Who proposed the slots now on offer.' })
  proposer: NamedDto;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was declined or cancelled.' })
  reason: string | null;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: "Who takes part besides the class's teachers and the contact person.",
  })
  hostIds: string[];
  @ApiProperty({ type: [NamedDto], description: 'The hosts, in the order of `hostIds`.' })
  hosts: NamedDto[];
  @ApiProperty({ type: Number, nullable: true }) pupilsAttended: number | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiPropertyOptional({ type: [VisitEventDto], description: 'Who did what, and when.' })
  history?: VisitEventDto[];
}

export class VisitPageDto extends PageDto {
  @ApiProperty({ type: [VisitDto] }) items: VisitDto[];
}

export function toVisitDto({
  visit,
  events = [],
  hostIds,
  names,
}: Pick<VisitView, 'visit' | 'hostIds' | 'names'> & Partial<VisitView>): VisitDto {
  return {
    id: visit.id,
    adoptionId: visit.adoptionId,
    kind: visit.kind,
    location: visit.location,
    agenda: visit.agenda,
    status: visit.status,
    term: visit.term,
    slots: visit.slots.map(({ start, end }) => ({
      start: start.toISOString(),
      end: end.toISOString(),
    })),
    start: visit.start?.toISOString() ?? null,
    end: visit.end?.toISOString() ?? null,
    revision: visit.revision,
    proposedBySide: visit.proposedBySide,
    proposedBy: visit.proposedBy,
    proposer: named(visit.proposedBy, names),
    reason: visit.statusReason,
    hostIds,
    hosts: hostIds.map((id) => named(id, names)),
    pupilsAttended: visit.pupilsAttended,
    notes: visit.notes,
    ...(events.length > 0
      ? {
          history: events.map((event) => ({
            action: event.action,
            actorId: event.actorId,
            actor: event.actorId ? named(event.actorId, names) : null,
            revision: event.revision,
            at: event.at.toISOString(),
            details: event.details,
          })),
        }
      : {}),
  };
}

export function toSlots(slots: SlotDto[]) {
  return slots.map((slot) => ({ start: new Date(slot.start), end: new Date(slot.end) }));
}
