import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Actor, Role } from '@app/core';

export const ACCESS_KEY = 'access';

/** Who may call a route. Every route states it; the API refuses to start if one does not. */
export type Access = { public: true } | { public: false; roles: Role[] | 'any' };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);

/** Anyone signed in; what they then see is limited by the service to their own organisations. */
export const SignedIn = () =>
  SetMetadata(ACCESS_KEY, { public: false, roles: 'any' } satisfies Access);

/** Signed-in people who hold one of these roles (admins may always call it). */
export const Allow = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { public: false, roles } satisfies Access);

export interface AuthenticatedRequest {
  actor?: Actor;
}

/** The signed-in actor of the request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('CurrentActor used on a route without sign-in');
  return request.actor;
});
