import { IncomingHttpHeaders } from 'node:http';
import { CookieOptions, Response } from 'express';

/** Where a request's access token came from. */
export interface Credentials {
  token: string;
  /** A cookie is sent by the browser on its own, so what it may do is limited (same-origin.ts). */
  source: 'bearer' | 'cookie';
}

/**
 * The one session cookie of a browser: the access token, set by the sign-in page, read by the
 * API, the queue dashboard and cleared by sign-out. On an https PUBLIC_URL it is `__Host-session`,
 * which a browser accepts only when Secure, on Path=/ and without Domain, so no other host or
 * plain-http page can set it; on http (a developer's machine) it is `session`.
 */
export class SessionCookie {
  readonly name: string;
  private readonly secure: boolean;

  constructor(publicUrl: string) {
    this.secure = new URL(publicUrl).protocol === 'https:';
    this.name = this.secure ? '__Host-session' : 'session';
  }

  /** Script cannot read it, another site's requests do not carry it, it lives as the session. */
  private attributes(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/' };
  }

  /**
   * For the session's lifetime, as Max-Age: the browser counts it on its own clock, so it holds
   * even where the application clock stands elsewhere (CLOCK_START in a demo or a test).
   */
  set(response: Response, accessToken: string, lifetimeMs: number): void {
    response.cookie(this.name, accessToken, {
      ...this.attributes(),
      maxAge: Math.max(0, lifetimeMs),
    });
  }

  /** With the attributes it was set with, or a browser keeps it. */
  clear(response: Response): void {
    response.clearCookie(this.name, this.attributes());
  }

  /** The cookie's value, or null when there is none or it is not one we could have set. */
  read(headers: IncomingHttpHeaders): string | null {
    for (const part of (headers.cookie ?? '').split(';')) {
      const separator = part.indexOf('=');
      if (separator < 0 || part.slice(0, separator).trim() !== this.name) continue;
      const value = part.slice(separator + 1).trim();
      if (!value) return null;
      try {
        return decodeURIComponent(value);
      } catch {
        // Invalid percent-encoding: no token we could have set, so not signed in.
        return null;
      }
    }
    return null;
  }

  /** The caller's access token: a bearer header wins over the cookie. */
  credentialsOf(headers: IncomingHttpHeaders): Credentials | null {
    const [scheme, bearer] = (headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() === 'bearer' && bearer) return { token: bearer, source: 'bearer' };
    const cookie = this.read(headers);
    return cookie ? { token: cookie, source: 'cookie' } : null;
  }
}
