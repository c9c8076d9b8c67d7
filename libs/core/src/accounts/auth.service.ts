import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '../clock/clock';
import { UnauthorisedError } from '../errors/domain-error';
import { Actor } from './actor';
import { ActorLoader } from './actor.loader';
import { LoginLinkMailEntity } from './login-link-mail.entity';
import { hashToken, LoginLinksService } from './login-links.service';
import { MembershipEntity } from './membership.entity';
import { Locale, Role } from './role';
import { UserEntity } from './user.entity';

export interface Session {
  accessToken: string;
  tokenType: 'Bearer';
  expiresAt: string;
}

interface AccessTokenClaims {
  sub: string;
  iat: number;
  exp: number;
}

/** Sign-in links mailed to one person in an hour, whoever asks and from wherever. */
export const LOGIN_LINKS_PER_HOUR = 5;
const LOGIN_LINK_WINDOW_MS = 60 * 60 * 1000;

const INVALID_TOKEN = 'This sign-in link is invalid, already used or expired. Ask for a new one.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    private readonly loginLinks: LoginLinksService,
    private readonly actors: ActorLoader,
  ) {}

  /**
   * Mails a sign-in link to a known address. An address in ADMIN_EMAILS becomes a user at its
   * first request. Unknown addresses get nothing, and the caller cannot tell the difference.
   */
  async requestLoginLink(email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    await this.dataSource.transaction(async (manager) => {
      // The person's row is locked, so that two requests at once cannot both take the last link.
      const lockedUser = () =>
        manager.findOne(UserEntity, {
          where: { email: address },
          lock: { mode: 'for_no_key_update' },
        });
      let user = await lockedUser();
      if (!user && this.config.auth.adminEmails.includes(address)) {
        await this.createBootstrapAdmin(manager, address);
        user = await lockedUser();
      }
      if (user && (await this.mayMailLoginLink(manager, user))) {
        await this.loginLinks.sendLoginLink(manager, user);
      }
    });
  }

  /** Spends a sign-in token, once, for a bearer token. */
  async createSession(token: string): Promise<Session> {
    const now = this.clock.now();
    const [rows] = await this.dataSource.query<[{ user_id: string }[], number]>(
      `UPDATE login_tokens SET used_at = $2
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING user_id`,
      [hashToken(token), now],
    );
    const userId = rows[0]?.user_id;
    if (!userId) throw new UnauthorisedError('auth.invalid-login-token', INVALID_TOKEN);

    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.config.auth.accessTokenTtlSeconds;
    const claims: AccessTokenClaims = { sub: userId, iat: issuedAt, exp: expiresAt };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresAt: new Date(expiresAt * 1000).toISOString(),
    };
  }

  /** The actor a bearer token stands for, or an error saying why it stands for no one. */
  async authenticate(accessToken: string): Promise<Actor> {
    let claims: AccessTokenClaims;
    try {
      // Expiry is checked against the application clock, not the machine's.
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(accessToken, {
        clockTimestamp: Math.floor(this.clock.nowMs() / 1000),
      });
    } catch {
      throw new UnauthorisedError(
        'auth.invalid-access-token',
        'The access token is invalid or expired.',
      );
    }
    const actor = await this.actors.load(claims.sub);
    if (!actor) {
      throw new UnauthorisedError(
        'auth.invalid-access-token',
        'The access token is invalid or expired.',
      );
    }
    return actor;
  }

  /**
   * Whether a link may go to the person now, and if so counts it. The refusal is silent: the
   * caller, who may not be the person, learns nothing, and the person is not flooded.
   */
  private async mayMailLoginLink(manager: EntityManager, user: UserEntity): Promise<boolean> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - LOGIN_LINK_WINDOW_MS);
    await manager.delete(LoginLinkMailEntity, {
      userId: user.id,
      mailedAt: LessThanOrEqual(windowStart),
    });
    const mailed = await manager.countBy(LoginLinkMailEntity, { userId: user.id });
    if (mailed >= LOGIN_LINKS_PER_HOUR) return false;
    await manager.insert(LoginLinkMailEntity, { userId: user.id, mailedAt: now });
    return true;
  }

  private async createBootstrapAdmin(manager: EntityManager, email: string): Promise<UserEntity> {
    const now = this.clock.now();
    const user = manager.create(UserEntity, {
      email,
      name: email.split('@')[0],
      locale: Locale.Danish,
      createdAt: now,
    });
    await manager.createQueryBuilder().insert().into(UserEntity).values(user).orIgnore().execute();
    const saved = await manager.findOneByOrFail(UserEntity, { email });
    await manager
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ userId: saved.id, role: Role.Admin, createdAt: now })
      .orIgnore()
      .execute();
    return saved;
  }
}
