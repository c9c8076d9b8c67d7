import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerStorage, ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { AuthenticatedRequest } from '../auth/access.decorators';

/** How many requests one person may make in a window, counted under the name of what they are. */
export interface PersonLimit {
  name: string;
  limit: number;
  ttlMs: number;
}

/** Every signed-in request counts here: far above what a person clicking around needs. */
export const SIGNED_IN_LIMIT: PersonLimit = { name: 'requests', limit: 600, ttlMs: 60_000 };

/** Reports read many rows, JSON and CSV alike; a person needs a few a minute. */
export const REPORT_LIMIT: PersonLimit = { name: 'reports', limit: 30, ttlMs: 60_000 };

const TIGHTER_LIMIT_KEY = 'tighter-person-limit';

/** A limit per person for costly routes, counted besides the one every signed-in route has. */
export const TighterPersonLimit = (limit: PersonLimit) => SetMetadata(TIGHTER_LIMIT_KEY, limit);

/**
 * Limits each signed-in person, whatever address they call from, in the shared throttler
 * storage. A global guard after the AccessGuard, so every route that needs sign-in is counted
 * without asking for it; public routes keep their limits per client address.
 */
@Injectable()
export class PersonLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const actor = http.getRequest<Request & AuthenticatedRequest>().actor;
    if (!actor) return true;
    const tighter = this.reflector.getAllAndOverride<PersonLimit | undefined>(TIGHTER_LIMIT_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    for (const limit of tighter ? [SIGNED_IN_LIMIT, tighter] : [SIGNED_IN_LIMIT]) {
      await this.count(actor.userId, limit, http.getResponse<Response>());
    }
    return true;
  }

  private async count(userId: string, limit: PersonLimit, response: Response): Promise<void> {
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(
      `person:${userId}`,
      limit.ttlMs,
      limit.limit,
      limit.ttlMs,
      limit.name,
    );
    if (!isBlocked) return;
    response.setHeader('Retry-After', String(timeToBlockExpire));
    throw new ThrottlerException(
      `Too many ${limit.name}: at most ${limit.limit} in ${limit.ttlMs / 1000} seconds per ` +
        `person. Try again in ${timeToBlockExpire} seconds.`,
    );
  }
}
