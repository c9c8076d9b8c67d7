import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SignupView, VolunteerHours } from '@app/core';
import { MultiLine } from '../http/text';
import { IsHours } from '../http/hours';

export class SignupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ enum: ['confirmed', 'waitlisted', 'cancelled'] }) status: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Place on the waiting list, from 1.' })
  position: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) attended: boolean | null;
  @ApiProperty({ type: Number, nullable: true }) hours: number | null;
  @ApiPropertyOptional({ description: 'For coordinators.' }) name?: string;
}

export function toSignupDto({ signup, position }: SignupView): SignupDto {
  return {
    id: signup.id,
    shiftId: signup.shiftId,
    userId: signup.userId,
    status: signup.status,
    position,
    attended: signup.attended,
    hours: signup.hours,
  };
}

export class AttendanceRecordDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  userId: string;

  @ApiProperty()
  @IsBoolean()
  attended: boolean;

  @ApiPropertyOptional({ description: "Default: the shift's length." })
  @IsOptional()
  @IsHours()
  @Min(0.01, { message: 'must be positive' })
  @Max(24, { message: 'must be at most 24' })
  hours?: number;
}

export class AttendanceDto {
  @ApiProperty({ type: [AttendanceRecordDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceRecordDto)
  records: AttendanceRecordDto[];
}

export class CancelShiftDto {
  @ApiProperty({ example: 'Klubben er lukket på grund af vandskade.' })
  @MultiLine()
  @Length(1, 1000)
  reason: string;
}

export class CommitmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ description: 'Shifts it confirmed a place on.' }) confirmed: number;
  @ApiProperty({ description: 'Shifts it put the volunteer on the waiting list for.' })
  waitlisted: number;
}

export class CommitmentEndedDto {
  @ApiProperty({ description: 'Coming places the ended commitment gave up.' }) released: number;
}

export class MonthHoursDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty() hours: number;
  @ApiProperty() shiftsAttended: number;
  @ApiProperty() noShows: number;
}

export class VolunteerHoursDto implements VolunteerHours {
  @ApiProperty() totalHours: number;
  @ApiProperty() shiftsAttended: number;
  @ApiProperty() noShows: number;
  @ApiProperty({ type: [MonthHoursDto] }) months: MonthHoursDto[];
}
