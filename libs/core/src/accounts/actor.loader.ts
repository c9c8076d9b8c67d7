import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Actor } from './actor';
import { ORGANISATION_OF_ROLE, Role } from './role';
import { UserEntity } from './user.entity';

/** Builds the actor for a user id: the person, their memberships and whether they are an admin. */
@Injectable()
export class ActorLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The actor, or null for someone unknown or deactivated. */
  async load(userId: string): Promise<Actor | null> {
    const user = await this.find(userId);
    return user && !user.deactivatedAt ? this.toActor(user) : null;
  }

  /**
   * The actor of a session issued under `sessionVersion`, or `session-ended` once the person's
   * version has moved on (signed out, deactivated) or the token carries none.
   */
  async loadSession(
    userId: string,
    sessionVersion: number | undefined,
  ): Promise<Actor | 'session-ended' | null> {
    const user = await this.find(userId);
    if (!user) return null;
    if (user.deactivatedAt || user.sessionVersion !== sessionVersion) return 'session-ended';
    return this.toActor(user);
  }

  private find(userId: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, relations: { memberships: true } });
  }

  toActor(user: UserEntity): Actor {
    const memberships = (user.memberships ?? []).map((m) => ({
      role: m.role,
      organisationKind: ORGANISATION_OF_ROLE[m.role],
      organisationId: m.schoolId ?? m.companyId ?? m.partnerId,
    }));
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      // ADMIN_EMAILS, as configured now, makes admins; so does an admin membership.
      isAdmin:
        this.config.auth.adminEmails.includes(user.email) ||
        memberships.some((m) => m.role === Role.Admin),
      memberships,
    };
  }
}
