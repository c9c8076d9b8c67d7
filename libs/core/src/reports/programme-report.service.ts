import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../accounts/actor';
import { Clock } from '../clock/clock';
import { NotFoundError } from '../errors/domain-error';
import { canRunProgramme } from '../volunteering/programme-access';
import { ProgrammeEntity } from '../volunteering/programme.entity';
import { byMonth, ReportGrouping } from './report-months';
import { REPORT_ZONE, ReportPeriod, reportPeriod, round2 } from './report-period';
import { gaveForCompany } from './gave-for-company';

export interface ShiftOutcome {
  shiftId: string;
  date: string;
  start: Date;
  end: Date;
  status: string;
  signedUp: number;
  attended: number;
  noShows: number;
  hours: number;
  /** Fewer places taken than the programme's minimum. */
  short: boolean;
}

export interface CompanyContribution {
  companyId: string;
  name: string;
  volunteers: number;
  shiftsAttended: number;
  hours: number;
}

export interface ProgrammeReport {
  programme: { id: string; title: string; partnerName: string; timezone: string };
  period: ReportPeriod;
  capacity: { min: number; max: number };
  totals: {
    shifts: number;
    shiftsCancelled: number;
    shiftsShort: number;
    volunteers: number;
    attendances: number;
    noShows: number;
    hours: number;
  };
  companies: CompanyContribution[];
  shifts: ShiftOutcome[];
  /** With `groupBy=month`: each month's shifts held, short, attendances and hours. */
  months?: ProgrammeMonth[];
}

export const PROGRAMME_MONTH_FIGURES = ['shifts', 'shiftsShort', 'attendances', 'hours'] as const;

export type ProgrammeMonth = { month: string } & Record<
  (typeof PROGRAMME_MONTH_FIGURES)[number],
  number
>;

/**
 * How a programme ran over a period: each shift's places, attendance and hours, and what each of
 * its companies gave, read with a few aggregate queries.
 */
@Injectable()
export class ProgrammeReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async report(
    actor: Actor,
    programmeId: string,
    requested: Partial<ReportPeriod>,
    groupBy?: ReportGrouping,
  ): Promise<ProgrammeReport> {
    const programme = await this.dataSource.getRepository(ProgrammeEntity).findOne({
      where: { id: programmeId },
      relations: { partner: true },
    });
    if (!programme || !canRunProgramme(actor, programme.partnerId)) {
      throw new NotFoundError('programme');
    }
    const period = reportPeriod(requested, this.clock.nowIn(REPORT_ZONE).toISODate()!);
    const params = [programmeId, period.from, period.to];
    const [shiftRows, companyRows, [people]] = await Promise.all([
      this.dataSource.query<
        {
          id: string;
          date: string;
          start_at: Date;
          end_at: Date;
          status: string;
          signed_up: number;
          attended: number;
          no_shows: number;
          hours: string | null;
        }[]
      >(
        `SELECT shifts.id, to_char(shifts.date, 'YYYY-MM-DD') AS date, shifts.start_at,
                shifts.end_at, shifts.status,
                count(signups.id) FILTER (WHERE signups.status = 'confirmed')::int AS signed_up,
                count(signups.id) FILTER (WHERE signups.attended)::int AS attended,
                count(signups.id) FILTER (WHERE signups.attended = false)::int AS no_shows,
                sum(signups.hours) FILTER (WHERE signups.attended) AS hours
         FROM shifts
         LEFT JOIN signups ON signups.shift_id = shifts.id
         WHERE shifts.programme_id = $1 AND shifts.date BETWEEN $2 AND $3
         GROUP BY shifts.id
         ORDER BY shifts.start_at`,
        params,
      ),
      this.dataSource.query<
        { id: string; name: string; volunteers: number; attended: number; hours: string | null }[]
      >(
        `SELECT companies.id, companies.name, coalesce(given.volunteers, 0) AS volunteers,
                coalesce(given.attended, 0) AS attended, given.hours
         FROM programme_companies
         JOIN companies ON companies.id = programme_companies.company_id
         LEFT JOIN LATERAL (
           SELECT count(DISTINCT signups.user_id)::int AS volunteers,
                  count(*)::int AS attended, sum(signups.hours) AS hours
           FROM shifts JOIN signups ON signups.shift_id = shifts.id
           WHERE shifts.programme_id = $1 AND shifts.date BETWEEN $2 AND $3 AND signups.attended
             AND ${gaveForCompany('companies.id')}
         ) AS given ON true
         WHERE programme_companies.programme_id = $1
         ORDER BY companies.name, companies.id`,
        params,
      ),
      this.dataSource.query<{ n: number }[]>(
        `SELECT count(DISTINCT signups.user_id)::int AS n
         FROM shifts JOIN signups ON signups.shift_id = shifts.id
         WHERE shifts.programme_id = $1 AND shifts.date BETWEEN $2 AND $3 AND signups.attended`,
        params,
      ),
    ]);
    const shifts = shiftRows.map((row) => ({
      shiftId: row.id,
      date: row.date,
      start: new Date(row.start_at),
      end: new Date(row.end_at),
      status: row.status,
      signedUp: row.signed_up,
      attended: row.attended,
      noShows: row.no_shows,
      hours: round2(Number(row.hours ?? 0)),
      short: row.status !== 'cancelled' && row.signed_up < programme.capacityMin,
    }));
    const held = shifts.filter((shift) => shift.status !== 'cancelled');
    return {
      programme: {
        id: programme.id,
        title: programme.title,
        partnerName: programme.partner.name,
        timezone: programme.timezone,
      },
      period,
      capacity: { min: programme.capacityMin, max: programme.capacityMax },
      totals: {
        shifts: held.length,
        shiftsCancelled: shifts.length - held.length,
        shiftsShort: held.filter((shift) => shift.short).length,
        volunteers: people.n,
        attendances: held.reduce((total, shift) => total + shift.attended, 0),
        noShows: held.reduce((total, shift) => total + shift.noShows, 0),
        hours: round2(held.reduce((total, shift) => total + shift.hours, 0)),
      },
      companies: companyRows.map((row) => ({
        companyId: row.id,
        name: row.name,
        volunteers: row.volunteers,
        shiftsAttended: row.attended,
        hours: round2(Number(row.hours ?? 0)),
      })),
      shifts,
      ...(groupBy === 'month'
        ? {
            months: byMonth(
              period,
              PROGRAMME_MONTH_FIGURES,
              held.map((shift) => ({
                month: shift.date.slice(0, 7),
                shifts: 1,
                shiftsShort: shift.short ? 1 : 0,
                attendances: shift.attended,
                hours: shift.hours,
              })),
            ),
          }
        : {}),
    };
  }
}
