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

  async load(userId: string): Promise<Actor | null> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, relations: { memberships: true } });
    return user ? this.toActor(user) : null;
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
      // ADMIN_EMAILS bootstraps admins; an admin membership makes one too.
      isAdmin:
        this.config.auth.adminEmails.includes(user.email) ||
        memberships.some((m) => m.role === Role.Admin),
      memberships,
    };
  }
}
