import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { InvitationParams } from '@app/messaging/templates/invitation.template';
import { Clock } from '../clock/clock';
import { LoginTokenEntity } from './login-token.entity';
import { UserEntity } from './user.entity';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues one-time sign-in links and writes the mail that carries them. */
@Injectable()
export class LoginLinksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** A sign-in link for the user, mailed with the caller's transaction. */
  async sendLoginLink(manager: EntityManager, user: UserEntity): Promise<void> {
    const link = await this.issue(manager, user);
    await this.outbox.add(manager, {
      template: 'auth.login-link',
      recipient: { userId: user.id, email: user.email, name: user.name, locale: user.locale },
      params: { link, validMinutes: this.validMinutes() },
    });
  }

  /** An invitation with a sign-in link, mailed with the caller's transaction. */
  async sendInvitation(
    manager: EntityManager,
    user: UserEntity,
    invitation: Omit<InvitationParams, 'link' | 'validMinutes'>,
  ): Promise<void> {
    const link = await this.issue(manager, user);
    await this.outbox.add(manager, {
      template: 'auth.invitation',
      recipient: { userId: user.id, email: user.email, name: user.name, locale: user.locale },
      params: { ...invitation, link, validMinutes: this.validMinutes() },
    });
  }

  private async issue(manager: EntityManager, user: UserEntity): Promise<string> {
    // 256 random bits; only the hash is stored, so a database leak opens no accounts.
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await manager.insert(LoginTokenEntity, {
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.auth.loginLinkTtlSeconds * 1000),
      usedAt: null,
    });
    // The link opens a page whose button spends the token: a mail scanner's GET changes nothing.
    return `${this.config.publicUrl}/sign-in?token=${token}`;
  }

  private validMinutes(): number {
    return Math.round(this.config.auth.loginLinkTtlSeconds / 60);
  }
}
