import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { localDateOf } from '@app/calendar';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { Actor } from '../accounts/actor';
import { UserEntity } from '../accounts/user.entity';
import { loadAdoptionContext, sidesOf } from '../adoptions/adoption-context';
import { Clock } from '../clock/clock';
import { DonationProgrammeEntity } from '../donations/donation-programme.entity';
import { appLinks } from '../links/app-links';
import { REPORT_ZONE } from '../reports/report-period';
import { loadProgramme } from '../volunteering/programme-loader';
import { AgreementEntity } from './agreement.entity';
import { loadSubject, SUBJECT_SQL_COLUMN } from './agreement-subjects';
import { agreementStatus, SubjectKind } from './agreement-terms';
import { AgreementVersionEntity } from './agreement-version.entity';
import { AgreementsService, subjectOf } from './agreements.service';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The sweeps read every partnership as an admin does. */
const SWEEP_READER: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: '',
  name: '',
  locale: 'da',
  isAdmin: true,
  memberships: [],
};

/**
 * When each partnership last showed a sign of life: an update, an agreement written, and what its
 * kind does (a visit or hours; a place taken or given up; a step of an allocation). Partnerships
 * that are over (an adoption ended, a programme past its last day) are left out.
 */
const LAST_ACTIVITY: Record<SubjectKind, string> = {
  adoption: `
    SELECT s.id, greatest(s.created_at,
      (SELECT max(created_at) FROM partnership_updates WHERE adoption_id = s.id),
      (SELECT max(v.written_at) FROM agreement_versions v
         JOIN agreements g ON g.id = v.agreement_id WHERE g.adoption_id = s.id),
      (SELECT max(updated_at) FROM visits WHERE adoption_id = s.id),
      (SELECT max(created_at) FROM hours_entries WHERE adoption_id = s.id)) AS last
    FROM adoptions s WHERE s.status = 'active'`,
  programme: `
    SELECT s.id, greatest(s.created_at, s.updated_at,
      (SELECT max(created_at) FROM partnership_updates WHERE programme_id = s.id),
      (SELECT max(v.written_at) FROM agreement_versions v
         JOIN agreements g ON g.id = v.agreement_id WHERE g.programme_id = s.id),
      (SELECT max(greatest(signups.created_at, signups.cancelled_at)) FROM signups
         JOIN shifts ON shifts.id = signups.shift_id WHERE shifts.programme_id = s.id)) AS last
    FROM programmes s WHERE s.ends_on IS NULL OR s.ends_on >= $1::date`,
  'donation-programme': `
    SELECT s.id, greatest(s.created_at, s.updated_at,
      (SELECT max(created_at) FROM partnership_updates WHERE donation_programme_id = s.id),
      (SELECT max(v.written_at) FROM agreement_versions v
         JOIN agreements g ON g.id = v.agreement_id WHERE g.donation_programme_id = s.id),
      (SELECT max(steps.at) FROM donation_allocation_steps steps
         JOIN donation_allocations a ON a.id = steps.allocation_id
         WHERE a.programme_id = s.id)) AS last
    FROM donation_programmes s`,
};

/**
 * Keeping each other informed: a nudge to both sides of a partnership in which nothing has been
 * written or done for `QUIET_PARTNERSHIP_WEEKS`, and a mail to both sides and the admins when a
 * criterion of an agreed agreement is met. Each once: keyed by the silence's start, and by the
 * criterion and its period.
 */
@Injectable()
export class PartnershipNewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly agreements: AgreementsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendAll(): Promise<number> {
    return (await this.nudgeQuiet()) + (await this.tellMetCriteria());
  }

  async nudgeQuiet(): Promise<number> {
    const now = this.clock.now();
    const weeks = this.config.quietPartnershipWeeks;
    const quietSince = now.getTime() - weeks * WEEK_MS;
    let nudged = 0;
    for (const kind of Object.keys(LAST_ACTIVITY) as SubjectKind[]) {
      // Only the programmes' query asks for today (its last day may have passed).
      const rows = await this.dataSource.query<{ id: string; last: Date }[]>(
        LAST_ACTIVITY[kind],
        LAST_ACTIVITY[kind].includes('$1') ? [localDateOf(now, REPORT_ZONE)] : [],
      );
      for (const row of rows.filter((candidate) => candidate.last.getTime() <= quietSince)) {
        await this.dataSource.transaction(async (manager) => {
          const subject = await loadSubject(manager, SWEEP_READER, kind, row.id);
          const [lastUpdate] = await manager.query<{ text: string }[]>(
            `SELECT text FROM partnership_updates
             WHERE ${SUBJECT_SQL_COLUMN[kind]} = $1
             ORDER BY created_at DESC LIMIT 1`,
            [row.id],
          );
          const written = await this.outbox.addForEach(
            manager,
            'partnership.quiet',
            await this.sidesOf(manager, kind, row.id),
            {
              partnershipName: subject.name,
              weeks,
              lastActivityOn: localDateOf(row.last, subject.calendar.timezone),
              lastUpdate: lastUpdate?.text ?? null,
              link: this.linkOf(kind, row.id),
            },
            `${kind}:${row.id}:${row.last.toISOString()}`,
          );
          if (written > 0) nudged += 1;
        });
      }
    }
    return nudged;
  }

  async tellMetCriteria(): Promise<number> {
    const agreements = await this.dataSource.getRepository(AgreementEntity).find();
    let told = 0;
    for (const agreement of agreements) {
      await this.dataSource.transaction(async (manager) => {
        const [kind, subjectId] = subjectOf(agreement);
        const versions = await manager.find(AgreementVersionEntity, {
          where: { agreementId: agreement.id },
          order: { version: 'ASC' },
        });
        const { agreedVersion } = agreementStatus(kind, versions);
        const agreed = versions.find((version) => version.version === agreedVersion);
        if (!agreed) return;
        const subject = await loadSubject(manager, SWEEP_READER, kind, subjectId).catch(() => null);
        if (!subject) return;
        const progress = await this.agreements.progressOf(manager, subject, agreed);
        const people = [
          ...(await this.sidesOf(manager, kind, subjectId)),
          ...(kind === 'donation-programme' ? [] : await this.admins(manager)),
        ];
        for (const [index, criterion] of progress.entries()) {
          if (!criterion.met) continue;
          const written = await this.outbox.addForEach(
            manager,
            'agreement.criterion-met',
            unique(people),
            {
              agreementId: agreement.id,
              partnershipName: subject.name,
              metric: criterion.metric,
              target: criterion.target,
              actual: criterion.actual,
              period: criterion.periodName,
              goals: agreed.goals,
              link: this.linkOf(kind, subjectId),
            },
            `${agreement.id}:${agreed.version}:${index}:${criterion.periodName}`,
          );
          if (written > 0) told += 1;
        }
      });
    }
    return told;
  }

  /** The people of both sides: for a donation programme, its company's and the admins. */
  private async sidesOf(
    manager: EntityManager,
    kind: SubjectKind,
    id: string,
  ): Promise<UserEntity[]> {
    switch (kind) {
      case 'adoption':
        return sidesOf(await loadAdoptionContext(manager, id));
      case 'programme': {
        const programme = await loadProgramme(manager, id);
        return unique([
          ...programme.coordinators,
          ...(await this.contactsOf(
            manager,
            programme.companies.map((company) => company.id),
          )),
        ]);
      }
      case 'donation-programme': {
        const programme = await manager.findOneByOrFail(DonationProgrammeEntity, { id });
        return unique([
          ...(await this.contactsOf(manager, [programme.companyId])),
          ...(await this.admins(manager)),
        ]);
      }
    }
  }

  private async contactsOf(manager: EntityManager, companyIds: string[]): Promise<UserEntity[]> {
    if (companyIds.length === 0) return [];
    return manager.query<UserEntity[]>(
      `SELECT DISTINCT users.id, users.email, users.name, users.locale FROM users
       JOIN memberships ON memberships.user_id = users.id
       WHERE memberships.role = 'contact' AND memberships.company_id = ANY($1::uuid[])
         AND users.deactivated_at IS NULL`,
      [companyIds],
    );
  }

  /** The municipality's secretariat: every admin, by role or by `ADMIN_EMAILS`. */
  private async admins(manager: EntityManager): Promise<UserEntity[]> {
    return manager.query<UserEntity[]>(
      `SELECT DISTINCT users.id, users.email, users.name, users.locale FROM users
       LEFT JOIN memberships ON memberships.user_id = users.id AND memberships.role = 'admin'
       WHERE (memberships.id IS NOT NULL OR lower(users.email) = ANY($1::text[]))
         AND users.deactivated_at IS NULL`,
      [this.config.auth.adminEmails.map((email) => email.toLowerCase())],
    );
  }

  private linkOf(kind: SubjectKind, id: string): string {
    const links = appLinks(this.config.publicUrl);
    return kind === 'adoption'
      ? links.adoption(id)
      : kind === 'programme'
        ? links.programme(id)
        : links.donationProgramme(id);
  }
}

function unique(users: UserEntity[]): UserEntity[] {
  const seen = new Set<string>();
  return users.filter((user) => !seen.has(user.id) && seen.add(user.id));
}
