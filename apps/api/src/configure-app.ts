import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@app/config';
import { mountQueueDashboard, QUEUE_DASHBOARD_PATH } from './admin/queue-dashboard';
import { ErrorFilter } from './http/error.filter';
import { sameOriginOnly } from './http/same-origin';
import { createValidationPipe } from './http/validation';
import { webApp } from './http/web-app';

export const API_PREFIX = 'api/v1';

/** Routes that live outside /api/v1: health, the sign-in page, calendar feeds. */
export const UNPREFIXED_ROUTES = [
  { path: 'health', method: RequestMethod.ALL },
  { path: 'health/(.*)', method: RequestMethod.ALL },
  { path: 'sign-in', method: RequestMethod.ALL },
  { path: 'visit-answers', method: RequestMethod.ALL },
  { path: 'feeds/(.*)', method: RequestMethod.ALL },
];

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Partnership scheduler')
    .setDescription(
      'Schedules school-class adoption visits and weekly company volunteer shifts. Sign in with ' +
        '`POST /api/v1/auth/login-links`, exchange the mailed token with ' +
        '`POST /api/v1/auth/sessions`, and send the access token as ' +
        '`Authorization: Bearer <token>`. A browser that pressed the button of the mailed link ' +
        'holds the session cookie instead; with it, a request that changes something must come ' +
        'from the web app (its `Origin`) with a JSON body, or it is refused with 403.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
}

/**
 * Everything about the HTTP edge, shared by main.ts and the end-to-end tests so that both run
 * the same application.
 */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  // Only the configured proxies may name the client's address, which the rate limits count by.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');

  // Served over plain http (a developer's machine), pages must not have the browser fetch our
  // own files over https: Safari does so even for localhost, and the web app would not load.
  const upgrade = {
    'upgrade-insecure-requests': new URL(config.publicUrl).protocol === 'https:' ? [] : null,
  };
  // Swagger UI and the queue dashboard need inline script and style; everything else, the web
  // app included, gets helmet's strict defaults.
  const strict = helmet({ contentSecurityPolicy: { directives: upgrade } });
  const docs = helmet({
    contentSecurityPolicy: {
      directives: {
        ...upgrade,
        'script-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
      },
    },
  });
  const relaxed = ['/docs', '/docs-json', '/docs-yaml', QUEUE_DASHBOARD_PATH];
  app.use((request: Request, response: Response, next: NextFunction) =>
    relaxed.some((path) => request.path === path || request.path.startsWith(`${path}/`))
      ? docs(request, response, next)
      : strict(request, response, next),
  );

  // The sign-in form: another site may link to it, never sign a visitor in through it. The
  // routes that take the session cookie apply the stricter rule for cookies themselves
  // (AccessGuard, the queue dashboard).
  app.use('/sign-in', sameOriginOnly(config.publicUrl));

  // Before Nest's routes, which register as the application starts; it steps aside for them.
  app.use(webApp(config.webRoot));

  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  mountQueueDashboard(app);
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: 'Partnership scheduler API',
  });
}
