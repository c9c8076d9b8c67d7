import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '../clock/clock';
import { withConstraintsAsConflicts } from '../errors/database-conflicts';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import { Actor } from './actor';
import { normaliseEmail } from './email-address';
import { LoginLinksService } from './login-links.service';
import {
  insertMembership,
  membershipExists,
  organisationOfRole,
  RoleIn,
} from './membership-organisation';
import { Locale } from './role';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

export interface ChangeUser {
  name?: string;
  email?: string;
  locale?: Locale;
}

const EMAIL_TAKEN = new ConflictError(
  'user.email-taken',
  'Another person already has this address: one address is one person.',
);

/** The mails that carry a sign-in link, which is bound to the address it was sent to. */
const SIGN_IN_TEMPLATES = ['auth.login-link', 'auth.invitation'];

/** An admin correcting a person: their name, address and language, and their roles. */
@Injectable()
export class UserChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly loginLinks: LoginLinksService,
    private readonly users: UsersService,
  ) {}

  /**
   * Corrects a person's name, address or language. A new address is normalised as an invitation
   * normalises it and must be nobody else's; sign-in links sent to the old one stop working, and
   * mails not yet written out go to the new one.
   */
  async update(actor: Actor, id: string, patch: ChangeUser): Promise<UserEntity> {
    await withConstraintsAsConflicts({ users_email_key: EMAIL_TAKEN }, () =>
      this.dataSource.transaction(async (manager) => {
        const user = await this.lockUser(manager, id);
        const changed = {
          email: patch.email === undefined ? user.email : normaliseEmail(patch.email),
          name: patch.name?.trim() ?? user.name,
          locale: patch.locale ?? user.locale,
        };
        if (changed.email !== user.email) {
          await this.checkNewAddress(manager, user.email, changed.email);
          await manager.query(
            `UPDATE login_tokens SET expires_at = $2
             WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2`,
            [id, this.clock.now()],
          );
        }
        await manager.update(UserEntity, id, changed);
        await this.readdressUnwrittenMail(manager, id, changed, changed.email !== user.email);
      }),
    );
    return this.users.get(actor, id);
  }

  /**
   * Gives a person a further role, in an organisation of the kind the role belongs to, as an
   * invitation does, and mails them the invitation that tells them of it.
   */
  async addMembership(actor: Actor, id: string, role: RoleIn): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      if (user.deactivatedAt) {
        throw new ConflictError(
          'user.deactivated',
          'A deactivated person holds no roles: invite them again to bring them back.',
        );
      }
      const organisationName = await organisationOfRole(manager, role);
      if (!(await insertMembership(manager, id, role, this.clock.now()))) {
        throw membershipExists(user.email, role.role);
      }
      await this.loginLinks.sendInvitation(manager, user, {
        invitedBy: actor.name,
        role: role.role,
        organisationName,
      });
      return (await this.users.withMemberships(manager, id))!;
    });
  }

  /**
   * An address in ADMIN_EMAILS makes its holder an admin by configuration, so a person moves
   * neither onto nor off one here; and an address is one person's.
   */
  private async checkNewAddress(manager: EntityManager, from: string, to: string): Promise<void> {
    const configured = this.config.auth.adminEmails;
    if (configured.includes(from) || configured.includes(to)) {
      throw new ConflictError(
        'user.email-in-admin-emails',
        'An address in ADMIN_EMAILS makes an admin by configuration: change ADMIN_EMAILS, not the person.',
      );
    }
    if (await manager.existsBy(UserEntity, { email: to })) throw EMAIL_TAKEN;
  }

  /**
   * Mails to the person that are not yet written out (a reminder that falls due later) go to
   * their new address, under their new name and in their language; a sign-in link not yet sent
   * to the old address is dropped, as its token has stopped working.
   */
  private async readdressUnwrittenMail(
    manager: EntityManager,
    id: string,
    { email, name, locale }: Required<ChangeUser>,
    addressChanged: boolean,
  ): Promise<void> {
    const unwritten = `recipient_user_id = $1
      AND NOT EXISTS (SELECT 1 FROM deliveries WHERE deliveries.message_id = messages.id)`;
    if (addressChanged) {
      await manager.query(`DELETE FROM messages WHERE ${unwritten} AND template = ANY($2)`, [
        id,
        SIGN_IN_TEMPLATES,
      ]);
    }
    await manager.query(
      `UPDATE messages SET recipient_email = $2, recipient_name = $3, locale = $4
       WHERE ${unwritten}`,
      [id, email, name, locale],
    );
  }

  /** The person's row, locked against another change at once; an erased person is history. */
  private async lockUser(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id },
      // Not FOR UPDATE: rows that refer to the person (a sign-up, a host) may still be written.
      lock: { mode: 'for_no_key_update' },
    });
    if (!user) throw new NotFoundError('user');
    if (user.erasedAt) {
      throw new ConflictError('user.erased', 'An erased person cannot be changed or given roles.');
    }
    return user;
  }
}
