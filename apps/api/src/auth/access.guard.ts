import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuthService, ForbiddenError, hasRole, UnauthorisedError } from '@app/core';
import { cookieRequestRefusal } from '../http/same-origin';
import { Access, ACCESS_KEY, AuthenticatedRequest } from './access.decorators';
import { SessionCookie } from './session-cookie';

/**
 * Authenticates the bearer token, or else the browser's session cookie, and checks the route's
 * roles. A change by cookie must also pass the same-origin rule for cookies.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly cookie: SessionCookie;
  private readonly publicOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cookie = new SessionCookie(config.publicUrl);
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Routes outside our controllers (none today) and undeclared ones are closed.
    if (!access) throw new ForbiddenError('access.undeclared', 'This route is closed.');
    if (access.public) return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const credentials = this.cookie.credentialsOf(request.headers);
    if (!credentials) {
      throw new UnauthorisedError(
        'auth.missing-access-token',
        'Sign in and send the access token as "Authorization: Bearer <token>", or sign in ' +
          'through the mailed link in a browser.',
      );
    }
    if (credentials.source === 'cookie') {
      // Refused before the token is even read: another site's request changes nothing.
      const refusal = cookieRequestRefusal(request, this.publicOrigin);
      if (refusal) throw new ForbiddenError(refusal.code, refusal.message);
    }
    const actor = await this.auth.authenticate(credentials.token);
    request.actor = actor;
    if (access.roles === 'any' || actor.isAdmin) return true;
    if (!access.roles.some((role) => hasRole(actor, role))) {
      throw new ForbiddenError(
        'access.role',
        `Only ${['admin', ...access.roles].join(', ')} may do this.`,
      );
    }
    return true;
  }
}
