import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { ConflictError, InvalidFieldError, NotFoundError } from '../errors/domain-error';
import { CompanyEntity } from '../organisations/company.entity';
import { PartnerEntity } from '../organisations/partner.entity';
import { SchoolEntity } from '../organisations/school.entity';
import { Page, paginate, PageRequest } from '../pagination';
import { Actor } from './actor';
import { LoginLinksService } from './login-links.service';
import { MembershipEntity } from './membership.entity';
import { Locale, ORGANISATION_OF_ROLE, OrganisationKind, Role } from './role';
import { UserEntity } from './user.entity';

export interface InviteUser {
  email: string;
  name: string;
  locale: Locale;
  role: Role;
  organisationId?: string;
}

const ORGANISATION_ENTITY = {
  school: SchoolEntity,
  company: CompanyEntity,
  partner: PartnerEntity,
} as const;

const MEMBERSHIP_COLUMN = {
  school: 'schoolId',
  company: 'companyId',
  partner: 'partnerId',
} as const;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly loginLinks: LoginLinksService,
  ) {}

  /**
   * Adds a person in a role (or, for someone already known, a further role) and mails them an
   * invitation with a sign-in link, in one transaction.
   */
  async invite(actor: Actor, command: InviteUser): Promise<UserEntity> {
    const email = command.email.trim().toLowerCase();
    const kind = ORGANISATION_OF_ROLE[command.role];
    return this.dataSource.transaction(async (manager) => {
      const organisationName = await this.checkOrganisation(manager, command, kind);
      const now = this.clock.now();
      await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email, name: command.name.trim(), locale: command.locale, createdAt: now })
        .orIgnore()
        .execute();
      const user = await manager.findOneByOrFail(UserEntity, { email });

      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({
          userId: user.id,
          role: command.role,
          ...(kind ? { [MEMBERSHIP_COLUMN[kind]]: command.organisationId } : {}),
          createdAt: now,
        })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        throw new ConflictError(
          'user.membership-exists',
          `${email} already has the role ${command.role}${kind ? ' in this organisation' : ''}.`,
        );
      }
      await this.loginLinks.sendInvitation(manager, user, {
        invitedBy: actor.name,
        role: command.role,
        organisationName,
      });
      return (await this.withMemberships(manager, user.id))!;
    });
  }

  /**
   * People by name. Admins see everyone; others themselves and the people of their own
   * organisations, e.g. the colleagues to name as a visit's hosts or a class's teachers.
   * `organisationId` and `role` narrow it to the people holding that role there.
   */
  async list(
    actor: Actor,
    filter: { organisationId?: string; role?: Role },
    request: PageRequest,
  ): Promise<Page<UserEntity>> {
    const query = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.memberships', 'membership');
    const organisation = 'coalesce(m.school_id, m.company_id, m.partner_id)';
    if (!actor.isAdmin) {
      const mine = actor.memberships.map((m) => m.organisationId).filter((id) => id !== null);
      query.where(
        new Brackets((where) => {
          where.where('user.id = :me', { me: actor.userId });
          if (mine.length > 0) {
            where.orWhere(
              `user.id IN (SELECT m.user_id FROM memberships m WHERE ${organisation} IN (:...mine))`,
              { mine },
            );
          }
        }),
      );
    }
    if (filter.organisationId || filter.role) {
      query.andWhere(
        `user.id IN (SELECT m.user_id FROM memberships m
                     WHERE (CAST(:organisationId AS uuid) IS NULL OR ${organisation} = :organisationId)
                       AND (CAST(:role AS text) IS NULL OR m.role = :role))`,
        { organisationId: filter.organisationId ?? null, role: filter.role ?? null },
      );
    }
    return paginate(query, 'name', (user) => user.name, request);
  }

  /** Admins see everyone; others see themselves and the people of their own organisations. */
  async get(actor: Actor, id: string): Promise<UserEntity> {
    const user = await this.withMemberships(this.dataSource.manager, id);
    if (!user || !this.canSee(actor, user)) throw new NotFoundError('user');
    return user;
  }

  private canSee(actor: Actor, user: UserEntity): boolean {
    if (actor.isAdmin || actor.userId === user.id) return true;
    const mine = new Set(actor.memberships.map((m) => m.organisationId).filter(Boolean));
    return user.memberships.some((m) => mine.has(m.schoolId ?? m.companyId ?? m.partnerId));
  }

  private withMemberships(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, {
      where: { id },
      relations: { memberships: true },
      order: { memberships: { createdAt: 'ASC' } },
    });
  }

  /** The organisation a role needs must exist and be of the right kind; an admin names none. */
  private async checkOrganisation(
    manager: EntityManager,
    command: InviteUser,
    kind: OrganisationKind | null,
  ): Promise<string | null> {
    if (!kind) {
      if (command.organisationId) {
        throw new InvalidFieldError(
          'user.admin-has-no-organisation',
          'organisationId',
          'must be left out for the role admin',
        );
      }
      return null;
    }
    if (!command.organisationId) {
      throw new InvalidFieldError(
        'user.organisation-required',
        'organisationId',
        `is required for the role ${command.role}: the id of a ${kind}`,
      );
    }
    const organisation = await manager.findOneBy(ORGANISATION_ENTITY[kind], {
      id: command.organisationId,
    });
    if (!organisation) {
      throw new InvalidFieldError(
        'user.organisation-unknown',
        'organisationId',
        `must be the id of a ${kind} for the role ${command.role}`,
      );
    }
    return organisation.name;
  }
}
