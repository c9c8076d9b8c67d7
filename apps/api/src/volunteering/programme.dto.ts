import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsTimeZone,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MAX_SHIFT_RANGE_DAYS,
  ProgrammeEntity,
  ShiftListItem,
  ShiftStatus,
  SignupStatus,
} from '@app/core';
import { IsDateOnly } from '../http/dates';
import { byName, NamedDto } from '../http/named.dto';
import { PageDto } from '../http/page.dto';
import { ClosedPeriodDto } from '../organisations/organisation.dto';
import { SingleLine } from '../http/text';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class ScheduleDto {
  @ApiProperty({ type: [Number], example: [3], description: '1 = Monday … 7 = Sunday.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one weekday' })
  @ArrayMaxSize(7)
  @IsInt({ each: true, message: 'must be weekdays 1 (Monday) to 7 (Sunday)' })
  @Min(1, { each: true, message: 'must be weekdays 1 (Monday) to 7 (Sunday)' })
  @Max(7, { each: true, message: 'must be weekdays 1 (Monday) to 7 (Sunday)' })
  weekdays: number[];

  @ApiProperty({ example: '16:00', description: 'Local time, HH:mm.' })
  @Matches(TIME, { message: 'must be a local time HH:mm' })
  startTime: string;

  @ApiProperty({ example: '18:00', description: 'Local time, HH:mm, after the start.' })
  @Matches(TIME, { message: 'must be a local time HH:mm' })
  endTime: string;

  @ApiProperty({ format: 'date', example: '2026-08-19' })
  @IsDateOnly()
  startsOn: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  endsOn?: string | null;
}

export class CapacityDto {
  @ApiProperty({ minimum: 1, example: 2 })
  @IsInt()
  @Min(1)
  min: number;

  @ApiProperty({ minimum: 1, example: 4 })
  @IsInt()
  @Min(1)
  @Max(500)
  max: number;
}

export class CreateProgrammeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  partnerId: string;

  @ApiProperty({ example: 'Lektiehjælp og fodbold i drengeklubben' })
  @SingleLine()
  @Length(1, 200)
  title: string;

  @ApiProperty({ example: 'Klubhuset, Vejle Øst' })
  @SingleLine()
  @Length(1, 300)
  location: string;

  @ApiProperty({ example: 'Europe/Copenhagen' })
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Copenhagen' })
  timezone: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Whose employees may volunteer.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be a list of company ids' })
  companyIds: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be a list of user ids' })
  coordinatorIds: string[];

  @ApiProperty({ type: ScheduleDto })
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule: ScheduleDto;

  @ApiProperty({ type: CapacityDto })
  @ValidateNested()
  @Type(() => CapacityDto)
  capacity: CapacityDto;

  @ApiPropertyOptional({ type: [ClosedPeriodDto], description: 'Holidays: no shifts.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ClosedPeriodDto)
  closedDates?: ClosedPeriodDto[];

  @ApiPropertyOptional({
    default: 12,
    minimum: 1,
    maximum: 52,
    description: 'Weeks of shifts ahead.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  horizonWeeks?: number;
}

export class ScheduleChangeDto extends PartialType(ScheduleDto) {}

export class UpdateProgrammeDto extends PartialType(
  OmitType(CreateProgrammeDto, ['partnerId', 'schedule']),
) {
  @ApiPropertyOptional({
    type: ScheduleChangeDto,
    description: 'Any part of the schedule; `endsOn: null` lets the programme run on.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleChangeDto)
  schedule?: ScheduleChangeDto;
}

export class ShiftsQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Default: today.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: `Default: the end of the horizon. At most ${MAX_SHIFT_RANGE_DAYS} days after \`from\`.`,
  })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class ProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ type: NamedDto, description: 'The partner organisation that runs it.' })
  partner: NamedDto;
  @ApiProperty() title: string;
  @ApiProperty() location: string;
  @ApiProperty() timezone: string;
  @ApiProperty({ type: [String], format: 'uuid' }) companyIds: string[];
  @ApiProperty({ type: [NamedDto], description: 'Whose employees may volunteer, by name.' })
  companies: NamedDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) coordinatorIds: string[];
  @ApiProperty({ type: [NamedDto], description: 'Its coordinators, by name.' })
  coordinators: NamedDto[];
  @ApiProperty({ type: ScheduleDto }) schedule: ScheduleDto;
  @ApiProperty({ type: CapacityDto }) capacity: CapacityDto;
  @ApiProperty({ type: [ClosedPeriodDto] }) closedDates: ClosedPeriodDto[];
  @ApiProperty() horizonWeeks: number;
}

export class ProgrammePageDto extends PageDto {
  @ApiProperty({ type: [ProgrammeDto] }) items: ProgrammeDto[];
}

/** The programme a shift or a place belongs to, as a list of them across programmes names it. */
export class ProgrammeRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() location: string;
  @ApiProperty({ description: 'IANA zone of its local dates and times.' }) timezone: string;
  @ApiProperty({ type: NamedDto, description: 'The partner organisation that runs it.' })
  partner: NamedDto;
}

export class MySignupDto {
  @ApiProperty({ enum: [SignupStatus.Confirmed, SignupStatus.Waitlisted] }) status: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Place on the waiting list, from 1; null when placed.',
  })
  position: number | null;
}

export class ShiftDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: ProgrammeRefDto }) programme: ProgrammeRefDto;
  @ApiProperty({ format: 'date', description: 'Local date.' }) date: string;
  @ApiProperty({ format: 'date-time' }) start: string;
  @ApiProperty({ format: 'date-time' }) end: string;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: string;
  @ApiProperty({ description: 'Confirmed volunteers.' }) signedUp: number;
  @ApiProperty({ description: 'On the waiting list.' }) waitlisted: number;
  @ApiProperty({ type: CapacityDto }) capacity: CapacityDto;
  @ApiProperty({ description: 'Places left before the waiting list; 0 on a cancelled shift.' })
  freePlaces: number;
  @ApiProperty({ description: 'Fewer confirmed volunteers than the minimum.' }) short: boolean;
  @ApiProperty({ type: String, nullable: true }) cancelReason: string | null;
  @ApiProperty() revision: number;
  @ApiProperty({
    type: MySignupDto,
    nullable: true,
    description: "The caller's own place on it: placed, or waiting in a position; null if none.",
  })
  mySignup: MySignupDto | null;
}

export class ShiftPageDto extends PageDto {
  @ApiProperty({ type: [ShiftDto] }) items: ShiftDto[];
}

export function toProgrammeDto(programme: ProgrammeEntity): ProgrammeDto {
  return {
    id: programme.id,
    partnerId: programme.partnerId,
    partner: { id: programme.partner.id, name: programme.partner.name },
    title: programme.title,
    location: programme.location,
    timezone: programme.timezone,
    companyIds: programme.companies.map((company) => company.id).sort(),
    companies: byName(programme.companies),
    coordinatorIds: programme.coordinators.map((user) => user.id).sort(),
    coordinators: byName(programme.coordinators),
    schedule: {
      weekdays: programme.weekdays,
      startTime: programme.startTime,
      endTime: programme.endTime,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
    },
    capacity: { min: programme.capacityMin, max: programme.capacityMax },
    closedDates: [...programme.closedDates]
      .sort((a, b) => a.from.localeCompare(b.from))
      .map(({ from, to, label }) => ({ from, to, label })),
    horizonWeeks: programme.horizonWeeks,
  };
}

export function toProgrammeRefDto(programme: ProgrammeEntity): ProgrammeRefDto {
  return {
    id: programme.id,
    title: programme.title,
    location: programme.location,
    timezone: programme.timezone,
    partner: { id: programme.partner.id, name: programme.partner.name },
  };
}

export function toShiftDto(
  programme: ProgrammeEntity,
  { shift, signedUp, waitlisted, mySignup }: ShiftListItem,
): ShiftDto {
  const scheduled = shift.status === ShiftStatus.Scheduled;
  return {
    id: shift.id,
    programmeId: shift.programmeId,
    programme: toProgrammeRefDto(programme),
    date: shift.date,
    start: shift.start.toISOString(),
    end: shift.end.toISOString(),
    status: shift.status,
    signedUp,
    waitlisted,
    capacity: { min: programme.capacityMin, max: programme.capacityMax },
    freePlaces: scheduled ? Math.max(0, programme.capacityMax - signedUp) : 0,
    short: scheduled && signedUp < programme.capacityMin,
    cancelReason: shift.cancelReason,
    revision: shift.revision,
    mySignup: mySignup && { status: mySignup.status, position: mySignup.position },
  };
}
