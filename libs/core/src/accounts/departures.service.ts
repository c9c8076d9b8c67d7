import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { transactionLock } from '@app/db/advisory-lock';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { ClassesService } from '../adoptions/classes.service';
import { ContactPersonsService } from '../adoptions/contact-persons.service';
import { VisitHostsService } from '../adoptions/visit-hosts.service';
import { Clock } from '../clock/clock';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import { CommitmentsService } from '../volunteering/commitments.service';
import { ProgrammesService } from '../volunteering/programmes.service';
import { Actor } from './actor';
import { MembershipEntity } from './membership.entity';
import { Role } from './role';
import { UserEntity } from './user.entity';
import { appLinks } from '../links/app-links';

/**
 * People leaving: an admin removes one of a person's roles, or deactivates the person. Whatever
 * the role gave them ends in the same transaction, with the mails it causes.
 */
@Injectable()
export class DeparturesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly commitments: CommitmentsService,
    private readonly programmes: ProgrammesService,
    private readonly classes: ClassesService,
    private readonly hosts: VisitHostsService,
    private readonly contactPersons: ContactPersonsService,
  ) {}

  /**
   * Removes one of a person's roles. The next request they make no longer has it; what it gave
   * them (places, lists, visits) ends with it.
   */
  async removeMembership(actor: Actor, userId: string, membershipId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      const membership = await manager.findOneBy(MembershipEntity, { id: membershipId, userId });
      if (!membership) throw new NotFoundError('membership');
      // Someone ADMIN_EMAILS names stays an admin without the membership (one an earlier
      // version wrote at their first sign-in).
      const staysAdmin = this.config.auth.adminEmails.includes(user.email);
      if (membership.role === Role.Admin && !staysAdmin) {
        await this.requireAnotherAdmin(manager, user);
      }
      await this.deleteMemberships(manager, [membership]);
      await this.afterLeaving(manager, actor, user, [membership], false);
    });
  }

  /**
   * Deactivates a person: every role and what it gave them ends, every session and the calendar
   * feed stop at once, and no sign-in link is mailed or accepted any more. Their hours and
   * history stay. Inviting them again brings them back.
   */
  deactivate(actor: Actor, userId: string): Promise<UserEntity> {
    return this.dataSource.transaction((manager) => this.deactivateIn(manager, actor, userId));
  }

  /** The same, in the caller's transaction: erasing a person begins with it. */
  async deactivateIn(manager: EntityManager, actor: Actor, userId: string): Promise<UserEntity> {
    if (actor.userId === userId) {
      throw new ConflictError(
        'user.deactivate-self',
        'An admin cannot deactivate themselves; another admin can.',
      );
    }
    const user = await this.lockUser(manager, userId);
    if (!user.deactivatedAt) {
      const memberships = await manager.findBy(MembershipEntity, { userId });
      if (this.isAdmin(user, memberships)) await this.requireAnotherAdmin(manager, user);
      await this.deleteMemberships(manager, memberships);
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({
          deactivatedAt: this.clock.now(),
          sessionVersion: () => 'session_version + 1',
          feedGeneration: () => 'feed_generation + 1',
        })
        .where('id = :id', { id: userId })
        .execute();
      await this.afterLeaving(manager, actor, user, memberships, true);
    }
    return manager.findOneOrFail(UserEntity, {
      where: { id: userId },
      relations: { memberships: true },
    });
  }

  /**
   * What follows from losing roles, once the memberships are gone: a volunteer leaves the
   * programmes no company of theirs takes part in, a teacher the teacher lists of the school's
   * classes, a coordinator the partner's coordinator lists; a host leaves the visits of
   * organisations they no longer belong to; and the admins are asked to name a new contact
   * person for the adoptions a departed contact person still holds.
   */
  private async afterLeaving(
    manager: EntityManager,
    actor: Actor,
    user: UserEntity,
    lost: MembershipEntity[],
    deactivated: boolean,
  ): Promise<void> {
    const remaining = await manager.findBy(MembershipEntity, { userId: user.id });
    const held = (role: Role) => remaining.filter((m) => m.role === role);
    const left = (role: Role) => lost.filter((m) => m.role === role);

    if (left(Role.Volunteer).length > 0) {
      const companyIds = held(Role.Volunteer).map((m) => m.companyId as string);
      await this.commitments.withdrawVolunteer(manager, user.id, companyIds);
    }
    for (const membership of left(Role.Teacher)) {
      await this.classes.removeTeacher(manager, user.id, membership.schoolId as string);
    }
    for (const membership of left(Role.Coordinator)) {
      await this.programmes.removeCoordinator(manager, user.id, membership.partnerId as string);
    }
    await this.hosts.takeOffVisitsOutsideTheirOrganisations(manager, user.id, {
      id: actor.userId,
      name: actor.name,
    });
    const stillContactAt = new Set(held(Role.Contact).map((m) => m.companyId));
    const formerCompanies = left(Role.Contact)
      .map((m) => m.companyId as string)
      .filter((companyId) => !stillContactAt.has(companyId));
    const orphaned = await this.contactPersons.namingContactPerson(
      manager,
      user.id,
      formerCompanies,
    );
    if (orphaned.length > 0) {
      for (const admin of await this.admins(manager)) {
        await this.outbox.add(manager, {
          template: 'adoption.contact-person-left',
          recipient: admin,
          params: {
            personName: user.name,
            personEmail: user.email,
            link: appLinks(this.config.publicUrl).person(user.id),
            deactivated,
            adoptions: orphaned,
          },
        });
      }
    }
  }

  /**
   * Deletes the memberships, first writing on each shift place the volunteer gave for a company
   * they now leave that it was given for that company: the company's reports keep counting it.
   */
  private async deleteMemberships(
    manager: EntityManager,
    memberships: MembershipEntity[],
  ): Promise<void> {
    for (const membership of memberships.filter((m) => m.role === Role.Volunteer)) {
      await manager.query(
        `UPDATE signups SET company_id = $2
         FROM shifts, programme_companies
         WHERE signups.user_id = $1 AND signups.company_id IS NULL
           AND shifts.id = signups.shift_id
           AND programme_companies.programme_id = shifts.programme_id
           AND programme_companies.company_id = $2`,
        [membership.userId, membership.companyId],
      );
    }
    if (memberships.length === 0) return;
    await manager.delete(
      MembershipEntity,
      memberships.map((membership) => membership.id),
    );
  }

  /** The person's row, locked against a second removal at the same time. */
  private async lockUser(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id: userId },
      // Not FOR UPDATE: rows that refer to the person (a sign-up, a host) may still be written.
      lock: { mode: 'for_no_key_update' },
    });
    if (!user) throw new NotFoundError('user');
    return user;
  }

  private isAdmin(user: UserEntity, memberships: MembershipEntity[]): boolean {
    return (
      this.config.auth.adminEmails.includes(user.email) ||
      memberships.some((m) => m.role === Role.Admin)
    );
  }

  /**
   * Someone must be left to administer: another active person with an admin membership, or an
   * address in ADMIN_EMAILS that is not this person's and not a deactivated person's. Removals
   * of admins take turns, so two admins cannot remove each other at once.
   */
  private async requireAnotherAdmin(manager: EntityManager, user: UserEntity): Promise<void> {
    await transactionLock(manager, 'admins');
    const [row] = await manager.query<{ other: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                      WHERE m.role = 'admin' AND u.id <> $1 AND u.deactivated_at IS NULL)
           OR EXISTS (SELECT 1 FROM unnest($2::text[]) AS configured (email)
                      WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.email = configured.email
                                          AND (u.id = $1 OR u.deactivated_at IS NOT NULL)))
           AS other`,
      [user.id, this.config.auth.adminEmails],
    );
    if (!row.other) {
      throw new ConflictError(
        'user.last-admin',
        'The last admin cannot lose the admin role: make someone else an admin first.',
      );
    }
  }

  /** Every active admin, and the ADMIN_EMAILS addresses nobody has signed in with yet. */
  private async admins(
    manager: EntityManager,
  ): Promise<{ userId: string | null; email: string; name: string; locale: string }[]> {
    const configured = this.config.auth.adminEmails;
    const users = await manager.query<
      { id: string; email: string; name: string; locale: string; active: boolean }[]
    >(
      `SELECT id, email, name, locale, deactivated_at IS NULL AS active FROM users
       WHERE email = ANY($1::text[]) OR id IN (SELECT user_id FROM memberships WHERE role = 'admin')
       ORDER BY email`,
      [configured],
    );
    const known = new Set(users.map((user) => user.email));
    return [
      ...users
        .filter((user) => user.active)
        .map(({ id, email, name, locale }) => ({ userId: id, email, name, locale })),
      ...configured
        .filter((email) => !known.has(email))
        .map((email) => ({ userId: null, email, name: '', locale: 'da' })),
    ];
  }
}
