import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { AuthService, DomainError } from '@app/core';
import { JobQueue, QueueName } from '@app/messaging';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** Set by the sign-in page so that an admin's browser can open the dashboard. */
export const SESSION_COOKIE = 'scheduler_session';

function tokenOf(request: Request): string | null {
  const [scheme, bearer] = (request.headers.authorization ?? '').split(' ');
  if (scheme?.toLowerCase() === 'bearer' && bearer) return bearer;
  const cookie = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === SESSION_COOKIE);
  if (!cookie?.[1]) return null;
  try {
    return decodeURIComponent(cookie[1]);
  } catch {
    // Invalid percent-encoding: no token we could have set, so not signed in.
    return null;
  }
}

/** The queues' dashboard (Bull Board), for admins only: by bearer token or the sign-in cookie. */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const auth = app.get(AuthService);
  const jobs = app.get(JobQueue, { strict: false });
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(jobs.queue(name))),
    serverAdapter,
  });
  const adminsOnly = (request: Request, response: Response, next: NextFunction) => {
    const token = tokenOf(request);
    if (!token) {
      response.status(401).type('text').send('Sign in at /sign-in as an admin first.');
      return;
    }
    auth.authenticate(token).then(
      (actor) => {
        if (actor.isAdmin) next();
        else response.status(403).type('text').send('Only admins may see the queues.');
      },
      (error: unknown) => {
        if (!(error instanceof DomainError)) next(error);
        else response.status(401).type('text').send(error.message);
      },
    );
  };
  app.use(QUEUE_DASHBOARD_PATH, adminsOnly, serverAdapter.getRouter());
}
