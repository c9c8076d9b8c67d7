import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { AuthService, ForbiddenError, hasRole, UnauthorisedError } from '@app/core';
import { Access, ACCESS_KEY, AuthenticatedRequest } from './access.decorators';

/** Authenticates the bearer token and checks the route's roles. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Routes outside our controllers (none today) and undeclared ones are closed.
    if (!access) throw new ForbiddenError('access.undeclared', 'This route is closed.');
    if (access.public) return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorisedError(
        'auth.missing-access-token',
        'Sign in and send the access token as "Authorization: Bearer <token>".',
      );
    }
    const actor = await this.auth.authenticate(token);
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
