import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuthService, DomainError, ForbiddenError } from '@app/core';
import { JobQueue, QueueName } from '@app/messaging';
import { SessionCookie } from '../auth/session-cookie';
import { cookieRequestRefusal } from '../http/same-origin';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The queues' dashboard (Bull Board), for admins only: by bearer token or the session cookie,
 * which may change a queue only under the same-origin rule for cookies.
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const auth = app.get(AuthService);
  const jobs = app.get(JobQueue, { strict: false });
  const { publicUrl } = app.get<AppConfig>(APP_CONFIG);
  const cookie = new SessionCookie(publicUrl);
  const publicOrigin = new URL(publicUrl).origin;
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(jobs.queue(name))),
    serverAdapter,
  });
  const adminsOnly = (request: Request, response: Response, next: NextFunction) => {
    const credentials = cookie.credentialsOf(request.headers);
    if (!credentials) {
      response.status(401).type('text').send('Sign in at /sign-in as an admin first.');
      return;
    }
    const refusal =
      credentials.source === 'cookie' ? cookieRequestRefusal(request, publicOrigin) : null;
    if (refusal) {
      next(new ForbiddenError(refusal.code, refusal.message));
      return;
    }
    auth.authenticate(credentials.token).then(
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
