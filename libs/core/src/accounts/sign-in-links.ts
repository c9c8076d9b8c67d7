import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@app/config';

/**
 * The secret of a sign-in link, made from the server's secret and the id of its `login_tokens`
 * row whenever the mail is sent, and never stored: the row keeps only its SHA-256, so a copy of
 * the database opens no account, and a resent mail carries the same link.
 */
@Injectable()
export class SignInLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** 256 bits, base64url. */
  token(loginTokenId: string): string {
    return createHmac('sha256', `sign-in:${this.config.auth.jwtSecret}`)
      .update(loginTokenId)
      .digest('base64url');
  }

  /** The link opens a page whose button spends the token: a mail scanner's GET changes nothing. */
  link(loginTokenId: string): string {
    return `${this.config.publicUrl}/sign-in?token=${this.token(loginTokenId)}`;
  }
}
