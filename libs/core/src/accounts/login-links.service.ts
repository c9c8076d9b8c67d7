import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { InvitationParams } from '@app/messaging/templates/invitation.template';
import { Clock } from '../clock/clock';
import { LoginTokenEntity } from './login-token.entity';
import { SignInLinks } from './sign-in-links';
import { UserEntity } from './user.entity';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Issues one-time sign-in links and writes the mail that carries them. The mail names the token's
 * row, not the token: the link is made only as the mail is sent.
 */
@Injectable()
export class LoginLinksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly links: SignInLinks,
  ) {}

  /** A sign-in link for the user, mailed with the caller's transaction. */
  async sendLoginLink(manager: EntityManager, user: UserEntity): Promise<void> {
    const loginTokenId = await this.issue(manager, user);
    await this.outbox.add(manager, {
      template: 'auth.login-link',
      recipient: { userId: user.id, email: user.email, name: user.name, locale: user.locale },
      params: { loginTokenId, validMinutes: this.validMinutes() },
    });
  }

  /** An invitation with a sign-in link, mailed with the caller's transaction. */
  async sendInvitation(
    manager: EntityManager,
    user: UserEntity,
    invitation: Omit<InvitationParams, 'loginTokenId' | 'validMinutes'>,
  ): Promise<void> {
    const loginTokenId = await this.issue(manager, user);
    await this.outbox.add(manager, {
      template: 'auth.invitation',
      recipient: { userId: user.id, email: user.email, name: user.name, locale: user.locale },
      params: { ...invitation, loginTokenId, validMinutes: this.validMinutes() },
    });
  }

  /** A new sign-in token, by its row's id; only the token's hash is stored. */
  private async issue(manager: EntityManager, user: UserEntity): Promise<string> {
    const id = randomUUID();
    const now = this.clock.now();
    await manager.insert(LoginTokenEntity, {
      id,
      userId: user.id,
      tokenHash: hashToken(this.links.token(id)),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.auth.loginLinkTtlSeconds * 1000),
      usedAt: null,
    });
    return id;
  }

  private validMinutes(): number {
    return Math.round(this.config.auth.loginLinkTtlSeconds / 60);
  }
}
