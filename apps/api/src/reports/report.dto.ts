import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DateTime } from 'luxon';
import { stringify } from 'csv-stringify/sync';
import { CompanyReport, MAX_REPORT_YEARS, ProgrammeReport } from '@app/core';
import { IsDateOnly } from '../http/dates';

export class ReportQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'First day included. Default: a year before `to`.',
  })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: `Last day included. Default: today. Less than ${MAX_REPORT_YEARS} years after \`from\`.`,
  })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description: 'The format; otherwise the Accept header decides (`text/csv` for CSV).',
  })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'must be json or csv' })
  format?: 'json' | 'csv';
}

class ReportPeriodDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
}

class NamedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

class CompanyTotalsDto {
  @ApiProperty({ description: 'Class visits held.' }) visitsHeld: number;
  @ApiProperty({ description: 'Pupils who came to them.' }) pupilsReached: number;
  @ApiProperty({ description: "Contact persons' hours logged." }) contactHours: number;
  @ApiProperty({ description: "The company's people who volunteered at least once." })
  volunteers: number;
  @ApiProperty() volunteerHours: number;
  @ApiProperty({ description: 'Contact and volunteer hours together.' }) hours: number;
}

class AdoptionImpactDto {
  @ApiProperty({ format: 'uuid' }) adoptionId: string;
  @ApiProperty() className: string;
  @ApiProperty() schoolName: string;
  @ApiProperty() contactPersonName: string;
  @ApiProperty() status: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() visitsHeld: number;
  @ApiProperty() pupilsReached: number;
  @ApiProperty() preparationMeetingsHeld: number;
  @ApiProperty() hoursLogged: number;
  @ApiProperty({ description: "The budget of the adoption's terms that fall in the period." })
  hoursBudget: number;
}

class ProgrammeImpactDto {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() title: string;
  @ApiProperty() partnerName: string;
  @ApiProperty() volunteers: number;
  @ApiProperty() shiftsAttended: number;
  @ApiProperty() noShows: number;
  @ApiProperty() hours: number;
}

export class CompanyReportDto {
  @ApiProperty({ type: NamedDto }) company: NamedDto;
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: CompanyTotalsDto }) totals: CompanyTotalsDto;
  @ApiProperty({ type: [AdoptionImpactDto] }) adoptions: AdoptionImpactDto[];
  @ApiProperty({ type: [ProgrammeImpactDto] }) programmes: ProgrammeImpactDto[];
}

class ReportedProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() partnerName: string;
  @ApiProperty() timezone: string;
}

class ReportCapacityDto {
  @ApiProperty() min: number;
  @ApiProperty() max: number;
}

class ProgrammeTotalsDto {
  @ApiProperty({ description: 'Shifts not cancelled.' }) shifts: number;
  @ApiProperty() shiftsCancelled: number;
  @ApiProperty({ description: 'Shifts with fewer places taken than the minimum.' })
  shiftsShort: number;
  @ApiProperty({ description: 'People who came at least once.' }) volunteers: number;
  @ApiProperty() attendances: number;
  @ApiProperty() noShows: number;
  @ApiProperty() hours: number;
}

class CompanyContributionDto {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() name: string;
  @ApiProperty() volunteers: number;
  @ApiProperty() shiftsAttended: number;
  @ApiProperty() hours: number;
}

class ShiftOutcomeDto {
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ format: 'date', description: "Local date, in the programme's zone." })
  date: string;
  @ApiProperty({ format: 'date-time' }) start: string;
  @ApiProperty({ format: 'date-time' }) end: string;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: string;
  @ApiProperty() signedUp: number;
  @ApiProperty() attended: number;
  @ApiProperty() noShows: number;
  @ApiProperty() hours: number;
  @ApiProperty() short: boolean;
}

export class ProgrammeReportDto {
  @ApiProperty({ type: ReportedProgrammeDto }) programme: ReportedProgrammeDto;
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: ReportCapacityDto }) capacity: ReportCapacityDto;
  @ApiProperty({ type: ProgrammeTotalsDto }) totals: ProgrammeTotalsDto;
  @ApiProperty({ type: [CompanyContributionDto] }) companies: CompanyContributionDto[];
  @ApiProperty({ type: [ShiftOutcomeDto] }) shifts: ShiftOutcomeDto[];
}

export function toProgrammeReportDto(report: ProgrammeReport): ProgrammeReportDto {
  return {
    ...report,
    shifts: report.shifts.map((shift) => ({
      ...shift,
      start: shift.start.toISOString(),
      end: shift.end.toISOString(),
    })),
  };
}

/**
 * A CSV a spreadsheet opens as it is: a header row, UTF-8 with a byte order mark (so æ, ø and å
 * survive), and text that would start a formula escaped.
 */
function csv(columns: string[], rows: (string | number | boolean)[][]): string {
  return stringify([columns, ...rows], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}

/** One row per adoption and per programme the company gave to. */
export function companyReportCsv(report: CompanyReport): string {
  return csv(
    [
      'activity',
      'name',
      'organisation',
      'contact_person',
      'status',
      'visits_held',
      'pupils_reached',
      'preparation_meetings_held',
      'volunteers',
      'shifts_attended',
      'no_shows',
      'hours',
      'hours_budget',
    ],
    [
      ...report.adoptions.map((adoption) => [
        'class adoption',
        adoption.className,
        adoption.schoolName,
        adoption.contactPersonName,
        adoption.status,
        adoption.visitsHeld,
        adoption.pupilsReached,
        adoption.preparationMeetingsHeld,
        '',
        '',
        '',
        adoption.hoursLogged,
        adoption.hoursBudget,
      ]),
      ...report.programmes.map((programme) => [
        'volunteering',
        programme.title,
        programme.partnerName,
        '',
        '',
        '',
        '',
        '',
        programme.volunteers,
        programme.shiftsAttended,
        programme.noShows,
        programme.hours,
        '',
      ]),
    ],
  );
}

/** One row per shift, with its local date and times. */
export function programmeReportCsv(report: ProgrammeReport): string {
  const local = (instant: Date) =>
    DateTime.fromJSDate(instant, { zone: report.programme.timezone }).toFormat('HH:mm');
  return csv(
    ['date', 'start', 'end', 'status', 'signed_up', 'attended', 'no_shows', 'hours', 'short'],
    report.shifts.map((shift) => [
      shift.date,
      local(shift.start),
      local(shift.end),
      shift.status,
      shift.signedUp,
      shift.attended,
      shift.noShows,
      shift.hours,
      shift.short ? 'yes' : 'no',
    ]),
  );
}
