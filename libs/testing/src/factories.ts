import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MembershipEntity } from '@app/core/accounts/membership.entity';
import { Locale, Role } from '@app/core/accounts/role';
import { UserEntity } from '@app/core/accounts/user.entity';
import { CompanyEntity, CsrModel } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';

const unique = () => randomBytes(4).toString('hex');
const now = new Date('2026-09-01T08:00:00Z');

/** Builds rows straight in the database, for tests that need them as a starting point. */
export class Factories {
  constructor(private readonly dataSource: DataSource) {}

  school(overrides: Partial<SchoolEntity> = {}): Promise<SchoolEntity> {
    return this.dataSource.getRepository(SchoolEntity).save({
      name: `Skole ${unique()}`,
      city: 'Esbjerg',
      timezone: 'Europe/Copenhagen',
      schoolYearStart: '08-01',
      lastSchoolDay: '06-30',
      closedDates: [],
      createdAt: now,
      ...overrides,
    });
  }

  company(overrides: Partial<CompanyEntity> = {}): Promise<CompanyEntity> {
    return this.dataSource.getRepository(CompanyEntity).save({
      name: `Virksomhed ${unique()}`,
      city: 'Vejle',
      csrModel: CsrModel.Integrated,
      createdAt: now,
      ...overrides,
    });
  }

  partner(overrides: Partial<PartnerEntity> = {}): Promise<PartnerEntity> {
    return this.dataSource.getRepository(PartnerEntity).save({
      name: `Forening ${unique()}`,
      city: 'Vejle',
      description: '',
      createdAt: now,
      ...overrides,
    });
  }

  /** A person holding the given roles; each role names its organisation id (none for admin). */
  async user(
    roles: { role: Role; organisationId?: string }[] = [],
    overrides: Partial<UserEntity> = {},
  ): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).save({
      email: `person-${unique()}@scheduler.test`,
      name: `Person ${unique()}`,
      locale: Locale.Danish,
      createdAt: now,
      ...overrides,
    });
    for (const { role, organisationId } of roles) {
      await this.dataSource.getRepository(MembershipEntity).save({
        userId: user.id,
        role,
        schoolId: role === Role.Teacher ? organisationId : null,
        companyId: role === Role.Contact || role === Role.Volunteer ? organisationId : null,
        partnerId: role === Role.Coordinator ? organisationId : null,
        createdAt: now,
      });
    }
    return user;
  }
}
