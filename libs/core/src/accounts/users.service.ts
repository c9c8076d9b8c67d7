import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { NotFoundError } from '../errors/domain-error';
import { Page, paginate, PageRequest } from '../pagination';
import { Actor } from './actor';
import { LoginLinksService } from './login-links.service';
import { normaliseEmail } from './email-address';
import { insertMembership, membershipExists, organisationOfRole } from './membership-organisation';
import { Locale, Role } from './role';
import { UserEntity } from './user.entity';

export interface InviteUser {
  email: string;
  name: string;
  locale: Locale;
  role: Role;
  organisationId?: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly loginLinks: LoginLinksService,
  ) {}

  /**
   * Adds a person in a role (or, for someone already known, a further role; for someone
   * deactivated, their way back) and mails them an invitation with a sign-in link, in one
   * transaction.
   */
  async invite(actor: Actor, command: InviteUser): Promise<UserEntity> {
    const email = normaliseEmail(command.email);
    return this.dataSource.transaction(async (manager) => {
      const organisationName = await organisationOfRole(manager, command);
      const now = this.clock.now();
      await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email, name: command.name.trim(), locale: command.locale, createdAt: now })
        .orIgnore()
        .execute();
      const user = await manager.findOneByOrFail(UserEntity, { email });
      if (user.deactivatedAt) {
        // Invited again by an admin: back, with no role but the new one and no old session.
        await manager.update(UserEntity, { id: user.id }, { deactivatedAt: null });
        user.deactivatedAt = null;
      }

      if (!(await insertMembership(manager, user.id, command, now))) {
        throw membershipExists(email, command.role);
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
   * organisations, e.g. the colleagues to name as a visit's hosts or a class's teachers, with
   * only the roles they hold in the organisations they share with the caller.
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
      .leftJoinAndSelect('user.memberships', 'membership')
      // Each role names its organisation, so a screen can say "teacher at Bakkeskolen".
      .leftJoinAndSelect('membership.school', 'school')
      .leftJoinAndSelect('membership.company', 'company')
      .leftJoinAndSelect('membership.partner', 'partner');
    const organisation = 'coalesce(m.school_id, m.company_id, m.partner_id)';
    const mine = sharedOrganisationIds(actor);
    if (!actor.isAdmin) {
      query.where(
        `(user.id = :me OR user.id IN (SELECT m.user_id FROM memberships m
                                       WHERE ${organisation} = ANY(CAST(:mine AS uuid[]))))`,
        { me: actor.userId, mine },
      );
    }
    if (filter.organisationId || filter.role) {
      // Matched only on the roles the caller may see: a colleague's role elsewhere stays hidden.
      query.andWhere(
        `user.id IN (SELECT m.user_id FROM memberships m
                     WHERE (CAST(:organisationId AS uuid) IS NULL OR ${organisation} = :organisationId)
                       AND (CAST(:role AS text) IS NULL OR m.role = :role)
                       AND (:admin OR m.user_id = :me OR ${organisation} = ANY(CAST(:mine AS uuid[]))))`,
        {
          organisationId: filter.organisationId ?? null,
          role: filter.role ?? null,
          admin: actor.isAdmin,
          me: actor.userId,
          mine,
        },
      );
    }
    const page = await paginate(query, 'name', (user) => user.name, request);
    return { ...page, items: page.items.map((user) => this.asSeenBy(actor, user)) };
  }

  /** Admins see everyone; others see themselves and the people of their own organisations. */
  async get(actor: Actor, id: string): Promise<UserEntity> {
    const user = await this.withMemberships(this.dataSource.manager, id);
    if (!user) throw new NotFoundError('user');
    const seen = this.asSeenBy(actor, user);
    if (seen.memberships.length === 0 && !actor.isAdmin && actor.userId !== user.id) {
      throw new NotFoundError('user');
    }
    return seen;
  }

  /** The signed-in person changes their own name, language or zone; a field left out stays. */
  async updateProfile(
    actor: Actor,
    change: { name?: string; locale?: Locale; timezone?: string | null },
  ): Promise<UserEntity> {
    const fields = {
      ...(change.name === undefined ? {} : { name: change.name.trim() }),
      ...(change.locale === undefined ? {} : { locale: change.locale }),
      ...(change.timezone === undefined ? {} : { timezone: change.timezone }),
    };
    if (Object.keys(fields).length > 0) {
      await this.dataSource.getRepository(UserEntity).update({ id: actor.userId }, fields);
    }
    return this.get(actor, actor.userId);
  }

  /**
   * A person as the actor may see them: admins and the person themselves see every role; anyone
   * else only the roles held in an organisation they share.
   */
  private asSeenBy(actor: Actor, user: UserEntity): UserEntity {
    if (actor.isAdmin || actor.userId === user.id) return user;
    const mine = new Set(sharedOrganisationIds(actor));
    const memberships = user.memberships.filter((m) =>
      mine.has((m.schoolId ?? m.companyId ?? m.partnerId) as string),
    );
    return Object.assign(new UserEntity(), user, { memberships });
  }

  withMemberships(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, {
      where: { id },
      relations: { memberships: { school: true, company: true, partner: true } },
      order: { memberships: { createdAt: 'ASC' } },
    });
  }
}

/** The organisations the actor belongs to in any role; an admin membership names none. */
function sharedOrganisationIds(actor: Actor): string[] {
  return actor.memberships.map((m) => m.organisationId).filter((id): id is string => id !== null);
}
