import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { schoolCalendar, termsBetween } from '@app/calendar';
import { Actor, organisationIds } from '../accounts/actor';
import { Role } from '../accounts/role';
import { Clock } from '../clock/clock';
import { NotFoundError } from '../errors/domain-error';
import { CompanyEntity } from '../organisations/company.entity';
import { AgreementsService } from '../agreements/agreements.service';
import { AgreementStatus, CriterionProgress, SubjectKind } from '../agreements/agreement-terms';
import { DonationProgrammesService } from '../donations/donation-programmes.service';
import { DonationYearProgress } from '../donations/donation-progress';
import { REPORT_ZONE, ReportPeriod, reportPeriod, round2 } from './report-period';
import { byMonth, ReportGrouping } from './report-months';
import { gaveForCompany } from './gave-for-company';

export interface DonationImpact {
  programmeId: string;
  title: string;
  unit: string;
  /** Units delivered in the period, and the distinct projects they went to. */
  unitsDelivered: number;
  projectsReached: number;
  /** unitsDelivered × the value per unit, when the programme has one. */
  value: { amount: number; currency: string } | null;
  /** The calendar years the period touches, each against its target. */
  years: DonationYearProgress[];
}

/** An agreement of one of the company's partnerships, with its criteria's progress today. */
export interface AgreementSummary {
  agreementId: string;
  subject: { kind: SubjectKind; id: string; name: string };
  status: AgreementStatus;
  agreedVersion: number | null;
  criteria: CriterionProgress[];
}

export const COMPANY_MONTH_FIGURES = [
  'visitsHeld',
  'pupilsReached',
  'contactHours',
  'volunteerHours',
  'unitsDonated',
] as const;

export type CompanyMonth = { month: string } & Record<
  (typeof COMPANY_MONTH_FIGURES)[number],
  number
>;

export interface AdoptionImpact {
  adoptionId: string;
  className: string;
  schoolName: string;
  contactPersonName: string;
  status: string;
  startsOn: string;
  endsOn: string;
  /** Class visits held in the period, and the pupils who came to them. */
  visitsHeld: number;
  pupilsReached: number;
  preparationMeetingsHeld: number;
  /** The contact person's hours logged in the period, against the budget of its terms. */
  hoursLogged: number;
  hoursBudget: number;
}

export interface ProgrammeImpact {
  programmeId: string;
  title: string;
  partnerName: string;
  /** The company's people who came at least once. */
  volunteers: number;
  shiftsAttended: number;
  noShows: number;
  hours: number;
}

export interface CompanyReport {
  company: { id: string; name: string };
  period: ReportPeriod;
  totals: {
    visitsHeld: number;
    pupilsReached: number;
    contactHours: number;
    volunteers: number;
    volunteerHours: number;
    /** Every hour the company gave: the contact persons' and the volunteers'. */
    hours: number;
    /** Units its donation programmes delivered in the period. */
    unitsDonated: number;
  };
  adoptions: AdoptionImpact[];
  programmes: ProgrammeImpact[];
  donations: DonationImpact[];
  agreements: AgreementSummary[];
  /** With `groupBy=month`: the totals of each month of the period, for a chart. */
  months?: CompanyMonth[];
}

/**
 * What a company gave over a period: its adoptions' visits held, pupils reached and contact
 * hours, and its people's volunteer hours, read with a few aggregate queries whatever the size
 * of the history.
 */
@Injectable()
export class CompanyReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly agreements: AgreementsService,
    private readonly donationProgrammes: DonationProgrammesService,
  ) {}

  async report(
    actor: Actor,
    companyId: string,
    requested: Partial<ReportPeriod>,
    groupBy?: ReportGrouping,
  ): Promise<CompanyReport> {
    const mine = organisationIds(actor, 'company', [Role.Contact]);
    const company = await this.dataSource.getRepository(CompanyEntity).findOneBy({ id: companyId });
    if (!company || !(actor.isAdmin || mine.includes(companyId))) {
      throw new NotFoundError('company');
    }
    const period = reportPeriod(requested, this.clock.nowIn(REPORT_ZONE).toISODate()!);
    const [adoptions, { programmes, volunteers }, donations] = await Promise.all([
      this.adoptionImpacts(companyId, period),
      this.programmeImpacts(companyId, period),
      this.donationImpacts(actor, companyId, period),
    ]);
    const agreements = await this.agreementSummaries(actor, companyId, adoptions);
    const sum = <T>(items: T[], pick: (item: T) => number) =>
      round2(items.reduce((total, item) => total + pick(item), 0));
    const contactHours = sum(adoptions, (adoption) => adoption.hoursLogged);
    const volunteerHours = sum(programmes, (programme) => programme.hours);
    return {
      company: { id: company.id, name: company.name },
      period,
      totals: {
        visitsHeld: sum(adoptions, (adoption) => adoption.visitsHeld),
        pupilsReached: sum(adoptions, (adoption) => adoption.pupilsReached),
        contactHours,
        volunteers,
        volunteerHours,
        hours: round2(contactHours + volunteerHours),
        unitsDonated: sum(donations, (donation) => donation.unitsDelivered),
      },
      adoptions,
      programmes,
      donations,
      agreements,
      ...(groupBy === 'month' ? { months: await this.months(companyId, period) } : {}),
    };
  }

  /** The company's donation programmes, with what each delivered in the period. */
  private async donationImpacts(
    actor: Actor,
    companyId: string,
    period: ReportPeriod,
  ): Promise<DonationImpact[]> {
    const rows = await this.dataSource.query<{ id: string; units: number; projects: number }[]>(
      `SELECT donation_programmes.id,
              coalesce(sum(a.delivered_units), 0)::int AS units,
              count(DISTINCT coalesce(a.partner_id, a.school_id))::int AS projects
       FROM donation_programmes
       LEFT JOIN donation_allocations a ON a.programme_id = donation_programmes.id
         AND a.status = 'delivered' AND a.delivered_on BETWEEN $2 AND $3
       WHERE donation_programmes.company_id = $1
       GROUP BY donation_programmes.id
       ORDER BY min(donation_programmes.title), donation_programmes.id`,
      [companyId, period.from, period.to],
    );
    const [firstYear, lastYear] = [Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4))];
    return Promise.all(
      rows.map(async (row) => {
        const view = await this.donationProgrammes.get(actor, row.id);
        const { programme } = view;
        return {
          programmeId: programme.id,
          title: programme.title,
          unit: programme.unit,
          unitsDelivered: row.units,
          projectsReached: row.projects,
          value:
            programme.unitValue === null
              ? null
              : { amount: round2(row.units * programme.unitValue), currency: programme.currency! },
          years: view.years.filter((year) => year.year >= firstYear && year.year <= lastYear),
        };
      }),
    );
  }

  /**
   * The agreements of the company's partnerships — its adoptions in the period, the programmes
   * naming it, its donation programmes — each with its criteria's progress today.
   */
  private async agreementSummaries(
    actor: Actor,
    companyId: string,
    adoptions: AdoptionImpact[],
  ): Promise<AgreementSummary[]> {
    const ids = await this.dataSource.query<{ id: string }[]>(
      `SELECT agreements.id FROM agreements
       WHERE agreements.adoption_id = ANY($2::uuid[])
          OR agreements.programme_id IN (
               SELECT programme_id FROM programme_companies WHERE company_id = $1)
          OR agreements.donation_programme_id IN (
               SELECT id FROM donation_programmes WHERE company_id = $1)
       ORDER BY agreements.created_at, agreements.id`,
      [companyId, adoptions.map((adoption) => adoption.adoptionId)],
    );
    const summaries: AgreementSummary[] = [];
    for (const { id } of ids) {
      const view = await this.agreements.get(actor, id);
      summaries.push({
        agreementId: id,
        subject: { kind: view.subject.kind, id: view.subject.id, name: view.subject.name },
        status: view.status,
        agreedVersion: view.agreedVersion,
        criteria: view.progress,
      });
    }
    return summaries;
  }

  /** Each month's class visits, pupils, contact and volunteer hours, and units delivered. */
  private async months(companyId: string, period: ReportPeriod): Promise<CompanyMonth[]> {
    const rows = await this.dataSource.query<
      { month: string; figure: (typeof COMPANY_MONTH_FIGURES)[number]; value: string }[]
    >(
      `SELECT to_char((visits.start_at AT TIME ZONE schools.timezone)::date, 'YYYY-MM') AS month,
              'visitsHeld' AS figure, count(*)::text AS value
       FROM visits JOIN adoptions ON adoptions.id = visits.adoption_id
       JOIN classes ON classes.id = adoptions.class_id JOIN schools ON schools.id = classes.school_id
       WHERE adoptions.company_id = $1 AND visits.status = 'completed' AND visits.kind = 'class-visit'
         AND (visits.start_at AT TIME ZONE schools.timezone)::date BETWEEN $2 AND $3
       GROUP BY 1
       UNION ALL
       SELECT to_char((visits.start_at AT TIME ZONE schools.timezone)::date, 'YYYY-MM'),
              'pupilsReached', coalesce(sum(visits.pupils_attended), 0)::text
       FROM visits JOIN adoptions ON adoptions.id = visits.adoption_id
       JOIN classes ON classes.id = adoptions.class_id JOIN schools ON schools.id = classes.school_id
       WHERE adoptions.company_id = $1 AND visits.status = 'completed' AND visits.kind = 'class-visit'
         AND (visits.start_at AT TIME ZONE schools.timezone)::date BETWEEN $2 AND $3
       GROUP BY 1
       UNION ALL
       SELECT to_char(hours_entries.date, 'YYYY-MM'), 'contactHours', sum(hours_entries.hours)::text
       FROM hours_entries JOIN adoptions ON adoptions.id = hours_entries.adoption_id
       WHERE adoptions.company_id = $1 AND hours_entries.date BETWEEN $2 AND $3
       GROUP BY 1
       UNION ALL
       SELECT to_char(shifts.date, 'YYYY-MM'), 'volunteerHours', sum(signups.hours)::text
       FROM programme_companies
       JOIN shifts ON shifts.programme_id = programme_companies.programme_id
       JOIN signups ON signups.shift_id = shifts.id
       WHERE programme_companies.company_id = $1 AND shifts.date BETWEEN $2 AND $3
         AND signups.attended AND ${gaveForCompany('$1')}
       GROUP BY 1
       UNION ALL
       SELECT to_char(a.delivered_on, 'YYYY-MM'), 'unitsDonated', sum(a.delivered_units)::text
       FROM donation_allocations a JOIN donation_programmes p ON p.id = a.programme_id
       WHERE p.company_id = $1 AND a.status = 'delivered' AND a.delivered_on BETWEEN $2 AND $3
       GROUP BY 1`,
      [companyId, period.from, period.to],
    );
    return byMonth(
      period,
      COMPANY_MONTH_FIGURES,
      rows.map((row) => ({ month: row.month, [row.figure]: row.value })),
    );
  }

  /** The company's adoptions alive in the period, with what each gave in it. */
  private async adoptionImpacts(
    companyId: string,
    period: ReportPeriod,
  ): Promise<AdoptionImpact[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        label: string;
        school: string;
        timezone: string;
        school_year_start: string;
        last_school_day: string;
        contact: string;
        status: string;
        starts_on: string;
        ends_on: string;
        budget: string;
        visits: number;
        pupils: number;
        preparations: number;
        hours: string | null;
      }[]
    >(
      `SELECT adoptions.id, classes.label, schools.name AS school, schools.timezone,
              schools.school_year_start, schools.last_school_day, users.name AS contact,
              adoptions.status, to_char(adoptions.starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(adoptions.ends_on, 'YYYY-MM-DD') AS ends_on,
              adoptions.hours_budget_per_term AS budget,
              coalesce(held.visits, 0) AS visits, coalesce(held.pupils, 0) AS pupils,
              coalesce(held.preparations, 0) AS preparations, logged.hours
       FROM adoptions
       JOIN classes ON classes.id = adoptions.class_id
       JOIN schools ON schools.id = classes.school_id
       JOIN users ON users.id = adoptions.contact_person_id
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (WHERE visits.kind = 'class-visit')::int AS visits,
                coalesce(sum(visits.pupils_attended) FILTER (WHERE visits.kind = 'class-visit'), 0)::int AS pupils,
                count(*) FILTER (WHERE visits.kind = 'preparation')::int AS preparations
         FROM visits
         WHERE visits.adoption_id = adoptions.id AND visits.status = 'completed'
           AND (visits.start_at AT TIME ZONE schools.timezone)::date BETWEEN $2 AND $3
       ) AS held ON true
       LEFT JOIN LATERAL (
         SELECT sum(hours_entries.hours) AS hours FROM hours_entries
         WHERE hours_entries.adoption_id = adoptions.id
           AND hours_entries.date BETWEEN $2 AND $3
       ) AS logged ON true
       WHERE adoptions.company_id = $1 AND adoptions.starts_on <= $3 AND adoptions.ends_on >= $2
       ORDER BY schools.name, classes.label, adoptions.starts_on`,
      [companyId, period.from, period.to],
    );
    return rows.map((row) => {
      // The budget of each term the period and the adoption have in common.
      const terms = termsBetween(
        row.starts_on > period.from ? row.starts_on : period.from,
        row.ends_on < period.to ? row.ends_on : period.to,
        schoolCalendar({
          timezone: row.timezone,
          schoolYearStart: row.school_year_start,
          lastSchoolDay: row.last_school_day,
        }),
      );
      return {
        adoptionId: row.id,
        className: row.label,
        schoolName: row.school,
        contactPersonName: row.contact,
        status: row.status,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        visitsHeld: row.visits,
        pupilsReached: row.pupils,
        preparationMeetingsHeld: row.preparations,
        hoursLogged: round2(Number(row.hours ?? 0)),
        hoursBudget: round2(terms.length * Number(row.budget)),
      };
    });
  }

  /**
   * The programmes naming the company, with what its people gave to each in the period, and how
   * many of its people came at all (one person in two programmes counts once).
   */
  private async programmeImpacts(
    companyId: string,
    period: ReportPeriod,
  ): Promise<{ programmes: ProgrammeImpact[]; volunteers: number }> {
    const rows = await this.dataSource.query<
      {
        id: string | null;
        title: string;
        partner: string;
        volunteers: number;
        attended: number;
        no_shows: number;
        hours: string | null;
      }[]
    >(
      // The empty grouping set adds the row of totals across programmes.
      `SELECT programmes.id, programmes.title, partners.name AS partner,
              count(DISTINCT signups.user_id) FILTER (WHERE signups.attended)::int AS volunteers,
              count(*) FILTER (WHERE signups.attended)::int AS attended,
              count(*) FILTER (WHERE signups.attended = false)::int AS no_shows,
              sum(signups.hours) FILTER (WHERE signups.attended) AS hours
       FROM programme_companies
       JOIN programmes ON programmes.id = programme_companies.programme_id
       JOIN partners ON partners.id = programmes.partner_id
       JOIN shifts ON shifts.programme_id = programmes.id
       JOIN signups ON signups.shift_id = shifts.id
       WHERE programme_companies.company_id = $1 AND shifts.date BETWEEN $2 AND $3
         AND signups.attended IS NOT NULL
         AND ${gaveForCompany('$1')}
       GROUP BY GROUPING SETS ((programmes.id, programmes.title, partners.name), ())
       ORDER BY programmes.title, programmes.id`,
      [companyId, period.from, period.to],
    );
    const total = rows.find((row) => row.id === null);
    const programmes = rows
      .filter((row): row is typeof row & { id: string } => row.id !== null)
      .map((row) => ({
        programmeId: row.id,
        title: row.title,
        partnerName: row.partner,
        volunteers: row.volunteers,
        shiftsAttended: row.attended,
        noShows: row.no_shows,
        hours: round2(Number(row.hours ?? 0)),
      }));
    return { programmes, volunteers: total?.volunteers ?? 0 };
  }
}
