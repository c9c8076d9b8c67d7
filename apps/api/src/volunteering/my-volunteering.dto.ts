import { ApiProperty } from '@nestjs/swagger';
import { MyCommitment, MyPlace } from '@app/core';
import { PageDto } from '../http/page.dto';
import { ProgrammeRefDto, toProgrammeRefDto } from './programme.dto';
import { SignupDto, toSignupDto } from './signup.dto';

export class PlaceShiftDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date', description: "Local date, in the programme's zone." })
  date: string;
  @ApiProperty({ format: 'date-time' }) start: string;
  @ApiProperty({ format: 'date-time' }) end: string;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: string;
}

export class MyPlaceDto extends SignupDto {
  @ApiProperty({ type: PlaceShiftDto }) shift: PlaceShiftDto;
  @ApiProperty({ type: ProgrammeRefDto }) programme: ProgrammeRefDto;
}

export class MyPlacePageDto extends PageDto {
  @ApiProperty({ type: [MyPlaceDto] }) items: MyPlaceDto[];
}

export class MyCommitmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: ProgrammeRefDto }) programme: ProgrammeRefDto;
  @ApiProperty({ format: 'date-time', description: 'When the volunteer made it.' }) since: string;
}

export class MyCommitmentPageDto extends PageDto {
  @ApiProperty({ type: [MyCommitmentDto] }) items: MyCommitmentDto[];
}

export function toMyPlaceDto({ signup, position, shift, programme }: MyPlace): MyPlaceDto {
  return {
    ...toSignupDto({ signup, position }),
    shift: {
      id: shift.id,
      date: shift.date,
      start: shift.start.toISOString(),
      end: shift.end.toISOString(),
      status: shift.status,
    },
    programme: toProgrammeRefDto(programme),
  };
}

export function toMyCommitmentDto({ commitment, programme }: MyCommitment): MyCommitmentDto {
  return {
    id: commitment.id,
    programmeId: commitment.programmeId,
    programme: toProgrammeRefDto(programme),
    since: commitment.createdAt.toISOString(),
  };
}
