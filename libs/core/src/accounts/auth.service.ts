import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '../clock/clock';
import { UnauthorisedError } from '../errors/domain-error';
import { Actor } from './actor';
import { ActorLoader } from './actor.loader';
import { normaliseEmail } from './email-address';
import { hashToken, LoginLinksService } from './login-links.service';
import { Locale } from './role';
import { UserEntity } from './user.entity';

export interface Session {
  accessToken: string;
  tokenType: 'Bearer';
  expiresAt: string;
}

/** What an access token says: who, under which session version, and for how long. */
export interface AccessTokenClaims {
  sub: string;
  /** The person's session version when it was issued; a raised version ends the session. */
  sv: number;
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
   * first request. Unknown and deactivated addresses get nothing, and the caller cannot tell the
   * difference.
   */
  async requestLoginLink(email: string): Promise<void> {
    const address = normaliseEmail(email);
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
      if (user && !user.deactivatedAt && (await this.mayMailLoginLink(manager, user))) {
        await this.loginLinks.sendLoginLink(manager, user);
      }
    });
  }

  /**
   * Spends a sign-in token, once, for a bearer token under the person's current session
   * version. A deactivated person's links are refused like spent ones.
   */
  async createSession(token: string): Promise<Session> {
    const now = this.clock.now();
    const [rows] = await this.dataSource.query<
      [{ user_id: string; session_version: number }[], number]
    >(
      `UPDATE login_tokens SET used_at = $2
       FROM users
       WHERE login_tokens.token_hash = $1 AND login_tokens.used_at IS NULL
         AND login_tokens.expires_at > $2
         AND users.id = login_tokens.user_id AND users.deactivated_at IS NULL
       RETURNING login_tokens.user_id, users.session_version`,
      [hashToken(token), now],
    );
    const row = rows[0];
    if (!row) throw new UnauthorisedError('auth.invalid-login-token', INVALID_TOKEN);

    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.config.auth.accessTokenTtlSeconds;
    const claims: AccessTokenClaims = {
      sub: row.user_id,
      sv: row.session_version,
      iat: issuedAt,
      exp: expiresAt,
    };
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
    const actor = await this.actors.loadSession(claims.sub, claims.sv);
    if (actor === 'session-ended') {
      throw new UnauthorisedError(
        'auth.session-ended',
        'This session has ended (signed out, or access removed). Sign in again.',
      );
    }
    if (!actor) {
      throw new UnauthorisedError(
        'auth.invalid-access-token',
        'The access token is invalid or expired.',
      );
    }
    return actor;
  }

  /**
   * Whether another link may go to the person now: fewer than LOGIN_LINKS_PER_HOUR were issued
   * in the last hour (on the person's locked row, so requests at once take turns). The refusal
   * is silent: the caller, who may not be the person, learns nothing, and the person is not
   * flooded.
   */
  private async mayMailLoginLink(manager: EntityManager, user: UserEntity): Promise<boolean> {
    const since = new Date(this.clock.nowMs() - LOGIN_LINK_WINDOW_MS);
    const [{ issued }] = await manager.query<{ issued: number }[]>(
      `SELECT count(*)::int AS issued FROM login_tokens WHERE user_id = $1 AND created_at > $2`,
      [user.id, since],
    );
    return issued < LOGIN_LINKS_PER_HOUR;
  }

  /** Ends every session of the person, on every device: their tokens are refused from now on. */
  async signOut(actor: Actor): Promise<void> {
    await this.dataSource
      .getRepository(UserEntity)
      .increment({ id: actor.userId }, 'sessionVersion', 1);
  }

  /**
   * The user behind an ADMIN_EMAILS address, at its first sign-in. No admin membership is
   * written: such a person is an admin because the configuration names them, checked at every
   * request, so taking the address out of ADMIN_EMAILS takes the role away.
   */
  private async createBootstrapAdmin(manager: EntityManager, email: string): Promise<UserEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({
        email,
        name: email.split('@')[0],
        locale: Locale.Danish,
        createdAt: this.clock.now(),
      })
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(UserEntity, { email });
  }
}
