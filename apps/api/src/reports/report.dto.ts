import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DateTime } from 'luxon';
import { stringify } from 'csv-stringify/sync';
import {
  COMPANY_MONTH_FIGURES,
  CompanyReport,
  MAX_REPORT_YEARS,
  PROGRAMME_MONTH_FIGURES,
  ProgrammeReport,
} from '@app/core';
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

  @ApiPropertyOptional({
    enum: ['month'],
    description:
      'Adds `months`: the figures of each calendar month of the period, for a chart. As CSV, one row per month.',
  })
  @IsOptional()
  @IsIn(['month'], { message: 'must be month' })
  groupBy?: 'month';
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
  @ApiProperty({ description: 'Units its donation programmes delivered.' }) unitsDonated: number;
}

class MoneyAmountDto {
  @ApiProperty() amount: number;
  @ApiProperty() currency: string;
}

class DonationYearDto {
  @ApiProperty() year: number;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty() delivered: number;
  @ApiProperty() projectsReached: number;
  @ApiProperty({ type: Number, nullable: true }) share: number | null;
  @ApiProperty({ type: Number, nullable: true }) expectedByNow: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) onTrack: boolean | null;
}

class DonationImpactDto {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() title: string;
  @ApiProperty() unit: string;
  @ApiProperty({ description: 'Units delivered in the period.' }) unitsDelivered: number;
  @ApiProperty({ description: 'Distinct projects they went to.' }) projectsReached: number;
  @ApiProperty({ type: MoneyAmountDto, nullable: true }) value: MoneyAmountDto | null;
  @ApiProperty({ type: [DonationYearDto], description: 'The years the period touches.' })
  years: DonationYearDto[];
}

class CriterionProgressReportDto {
  @ApiProperty() metric: string;
  @ApiProperty() target: number;
  @ApiProperty() period: string;
  @ApiProperty() periodName: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty() actual: number;
  @ApiProperty() share: number;
  @ApiProperty() expectedByNow: number;
  @ApiProperty() onTrack: boolean;
  @ApiProperty() met: boolean;
}

class AgreementSubjectRefDto {
  @ApiProperty({ enum: ['adoption', 'programme', 'donation-programme'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

class AgreementSummaryDto {
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty({ type: AgreementSubjectRefDto }) subject: AgreementSubjectRefDto;
  @ApiProperty({ enum: ['draft', 'agreed', 'changed'] }) status: string;
  @ApiProperty({ type: Number, nullable: true }) agreedVersion: number | null;
  @ApiProperty({ type: [CriterionProgressReportDto], description: 'Progress today.' })
  criteria: CriterionProgressReportDto[];
}

class CompanyMonthDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty() visitsHeld: number;
  @ApiProperty() pupilsReached: number;
  @ApiProperty() contactHours: number;
  @ApiProperty() volunteerHours: number;
  @ApiProperty() unitsDonated: number;
}

class ProgrammeMonthDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ description: 'Shifts held (not cancelled).' }) shifts: number;
  @ApiProperty() shiftsShort: number;
  @ApiProperty() attendances: number;
  @ApiProperty() hours: number;
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
  @ApiProperty({ type: [DonationImpactDto] }) donations: DonationImpactDto[];
  @ApiProperty({
    type: [AgreementSummaryDto],
    description: "The agreements of the company's adoptions, programmes and donation programmes.",
  })
  agreements: AgreementSummaryDto[];
  @ApiPropertyOptional({ type: [CompanyMonthDto], description: 'With `groupBy=month`.' })
  months?: CompanyMonthDto[];
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
  @ApiPropertyOptional({ type: [ProgrammeMonthDto], description: 'With `groupBy=month`.' })
  months?: ProgrammeMonthDto[];
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

/**
 * One row per adoption, programme and donation programme the company gave to, and one per
 * criterion of its agreements; with `groupBy=month`, one row per month instead.
 */
export function companyReportCsv(report: CompanyReport): string {
  if (report.months) {
    return csv(
      ['month', ...COMPANY_MONTH_FIGURES.map(snakeCase)],
      report.months.map((month) => [
        month.month,
        ...COMPANY_MONTH_FIGURES.map((figure) => month[figure]),
      ]),
    );
  }
  const blank = (count: number) => Array.from({ length: count }, () => '');
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
      'units_delivered',
      'projects_reached',
      'target',
      'actual',
      'on_track',
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
        ...blank(3),
        adoption.hoursLogged,
        adoption.hoursBudget,
        ...blank(5),
      ]),
      ...report.programmes.map((programme) => [
        'volunteering',
        programme.title,
        programme.partnerName,
        ...blank(5),
        programme.volunteers,
        programme.shiftsAttended,
        programme.noShows,
        programme.hours,
        ...blank(6),
      ]),
      ...report.donations.map((donation) => [
        'donation',
        donation.title,
        report.company.name,
        ...blank(10),
        donation.unitsDelivered,
        donation.projectsReached,
        ...blank(3),
      ]),
      ...report.agreements.flatMap((agreement) =>
        agreement.criteria.map((criterion) => [
          'criterion',
          `${criterion.metric} per ${criterion.period} (${criterion.periodName})`,
          agreement.subject.name,
          '',
          agreement.status,
          ...blank(10),
          criterion.target,
          criterion.actual,
          criterion.onTrack ? 'yes' : 'no',
        ]),
      ),
    ],
  );
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** One row per shift, with its local date and times; with `groupBy=month`, one per month. */
export function programmeReportCsv(report: ProgrammeReport): string {
  if (report.months) {
    return csv(
      ['month', ...PROGRAMME_MONTH_FIGURES.map(snakeCase)],
      report.months.map((month) => [
        month.month,
        ...PROGRAMME_MONTH_FIGURES.map((figure) => month[figure]),
      ]),
    );
  }
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
