import { join } from 'node:path';
import express, { NextFunction, Request, Response, Router } from 'express';
import { htmlPage } from './html-page';

/**
 * Paths the server answers itself. The web app's files and its history fallback never shadow
 * them, whatever WEB_ROOT holds; an unknown path under /api stays a JSON 404.
 */
const SERVER_PATHS = [
  '/api',
  '/docs',
  '/docs-json',
  '/docs-yaml',
  '/health',
  '/sign-in',
  '/visit-answers',
  '/feeds',
  '/admin/queues',
];

/** Express matches routes without regard to case or a trailing slash: so does this. */
export function isServerPath(path: string): boolean {
  const lower = path.toLowerCase();
  return SERVER_PATHS.some((prefix) => lower === prefix || lower.startsWith(`${prefix}/`));
}

/** Vite names each file under assets/ by its content: a new build gets new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed files (styles.css, favicon.svg…) may change with any deploy: kept briefly. */
const SHORT = 'public, max-age=300, must-revalidate';

/**
 * A page a browser navigates to: it asks for HTML before JSON. A program asking for JSON, a
 * script or image loader (which accept anything), and a request without Accept do not get the
 * app's page for a path that does not exist.
 */
function wantsPage(request: Request): boolean {
  return request.accepts(['application/json', 'text/html']) === 'text/html';
}

function notBuiltPage(): string {
  return htmlPage(
    { da: 'Webappen er ikke bygget', en: 'The web app is not built' },
    `<p lang="en">The API is running, but the folder it serves the web app from (the
<code>WEB_ROOT</code> setting, <code>dist/web</code> by default) holds no
<code>index.html</code>. Build the web app with <code>npm run build</code>, or point
<code>WEB_ROOT</code> at the folder the build wrote, and reload this page. The API itself
works: see <a href="/docs">/docs</a>.</p>`,
  );
}

/**
 * Serves the built web app from `webRoot`: hashed assets cached for a year, other files for five
 * minutes, and index.html, never cached, for any other page a browser opens (the app's own
 * router draws it). Mounted before Nest's routes, so it steps aside for every server path.
 */
export function webApp(webRoot: string): Router {
  const router = Router();
  const index = join(webRoot, 'index.html');
  // Files only: no directory listing or redirect, no dotfiles; ETag and Last-Modified for
  // revalidation.
  const files = (cacheControl: string) => ({
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    // index.html names the current assets: a browser must not keep an old one, whatever path.
    setHeaders: (response: Response, path: string) =>
      response.setHeader('Cache-Control', path === index ? 'no-cache' : cacheControl),
  });
  const assets = express.static(join(webRoot, 'assets'), files(IMMUTABLE));
  const others = express.static(webRoot, files(SHORT));

  router.use((request: Request, _response: Response, next: NextFunction) =>
    next(isServerPath(request.path) ? 'router' : undefined),
  );
  router.use('/assets', assets, (_request: Request, _response: Response, next: NextFunction) =>
    // A missing asset is a 404, never the app's page, which a browser would run as script.
    next('router'),
  );
  router.use(others);
  router.use((request: Request, response: Response, next: NextFunction) => {
    if (!['GET', 'HEAD'].includes(request.method) || !wantsPage(request)) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index, { cacheControl: false }, (error?: Error) => {
      if (!error) return;
      if (response.headersSent || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
        next(error);
        return;
      }
      response.status(503).setHeader('Cache-Control', 'no-store');
      response.type('html').send(notBuiltPage());
    });
  });
  return router;
}
