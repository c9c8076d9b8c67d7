import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestStack, TestStack } from './support/test-stack';

/** What Vite writes: an index.html that loads a hashed script, and unhashed public files. */
const INDEX_HTML = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Partnerskabskalenderen</title>
<link rel="stylesheet" href="/styles.css">
<script type="module" crossorigin src="/assets/app-abc123.js"></script></head>
<body><div id="root"></div></body></html>`;
const APP_SCRIPT = 'document.getElementById("root").textContent = "Hej";\n';
const STYLES = '.page { max-width: 40rem; }\n';

const A_BROWSER_PAGE = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the web app, served by the API', () => {
  let stack: TestStack;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'scheduler-web-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), INDEX_HTML);
    await writeFile(join(webRoot, 'assets', 'app-abc123.js'), APP_SCRIPT);
    await writeFile(join(webRoot, 'styles.css'), STYLES);
    stack = await startTestStack({ worker: false, env: { WEB_ROOT: webRoot } });
  });
  afterAll(async () => {
    await stack.stop();
    await rm(webRoot, { recursive: true, force: true });
  });

  const page = (path: string) => stack.http().get(path).set('Accept', A_BROWSER_PAGE);

  it('serves the hashed assets to be cached for a year', async () => {
    const script = await stack.http().get('/assets/app-abc123.js').expect(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.text).toBe(APP_SCRIPT);
  });

  it('serves the other files for five minutes, then asks again', async () => {
    const styles = await stack.http().get('/styles.css').expect(200);
    expect(styles.headers['content-type']).toMatch(/^text\/css/);
    expect(styles.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(styles.text).toBe(STYLES);
    // Asking again costs nothing while the file is the same.
    await stack.http().get('/styles.css').set('If-None-Match', styles.headers.etag).expect(304);
  });

  it.each(['/', '/visits/123', '/adoptions/4/visits/new'])(
    'answers the page %s with the app, never cached, for its router to draw',
    async (path) => {
      const app = await page(path).expect(200);
      expect(app.headers['content-type']).toMatch(/^text\/html/);
      expect(app.headers['cache-control']).toBe('no-cache');
      expect(app.text).toBe(INDEX_HTML);
      await stack.http().head(path).set('Accept', A_BROWSER_PAGE).expect(200);
    },
  );

  it('never lets a browser keep index.html, asked for by name either', async () => {
    const index = await stack.http().get('/index.html').expect(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.text).toBe(INDEX_HTML);
  });

  it('keeps the strict Content-Security-Policy on the app: no inline script', async () => {
    const app = await page('/visits/123').expect(200);
    const policy = app.headers['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Over plain http the browser must fetch the assets over http too.
    expect(policy).not.toContain('upgrade-insecure-requests');
    const script = await stack.http().get('/assets/app-abc123.js').expect(200);
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leaves an unknown API path a JSON 404 with a code, even to a browser', async () => {
    for (const path of ['/api/v1/nope', '/api', '/API/v1/nope']) {
      const missing = await page(path).expect(404);
      expect(missing.headers['content-type']).toMatch(/^application\/json/);
      expect(missing.body.code).toBe('route.not-found');
    }
  });

  it('answers a program asking for JSON, a missing file and a POST with a 404, not the app', async () => {
    const json = await stack
      .http()
      .get('/visits/123')
      .set('Accept', 'application/json')
      .expect(404);
    expect(json.body.code).toBe('route.not-found');
    // A script loader accepts anything; the app's page would fail as a script.
    const asset = await stack.http().get('/assets/app-old999.js').set('Accept', '*/*').expect(404);
    expect(asset.body.code).toBe('route.not-found');
    await stack.http().get('/assets/app-old999.js').set('Accept', A_BROWSER_PAGE).expect(404);
    await stack.http().post('/visits/123').set('Accept', A_BROWSER_PAGE).expect(404);
  });

  it('leaves the server pages to the server: Swagger, health, sign-in', async () => {
    const docs = await page('/docs').expect(200);
    expect(docs.text).toContain('swagger-ui');
    const json = await page('/docs-json').expect(200);
    expect(json.body.openapi).toEqual(expect.any(String));
    const health = await page('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok' });
    const signIn = await page('/sign-in').expect(200);
    expect(signIn.text).toContain('<main class="page">');
    expect(signIn.text).not.toBe(INDEX_HTML);
    await page('/admin/queues').expect(401);
  });

  it('links the server-rendered pages to the app stylesheet it serves', async () => {
    const signIn = await page('/sign-in').expect(200);
    expect(signIn.text).toContain('<link rel="stylesheet" href="/styles.css">');
    expect(signIn.text).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(signIn.text).not.toContain('style=');
  });
});

describe('the web app before it is built', () => {
  let stack: TestStack;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'scheduler-web-'));
    stack = await startTestStack({ worker: false, env: { WEB_ROOT: webRoot } });
  });
  afterAll(async () => {
    await stack.stop();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('says so, and how to build it, with 503 rather than an error', async () => {
    const notBuilt = await stack
      .http()
      .get('/visits/123')
      .set('Accept', A_BROWSER_PAGE)
      .expect(503);
    expect(notBuilt.headers['content-type']).toMatch(/^text\/html/);
    expect(notBuilt.headers['cache-control']).toBe('no-store');
    expect(notBuilt.headers['content-security-policy']).toContain("script-src 'self'");
    expect(notBuilt.text).toContain('The web app is not built');
    expect(notBuilt.text).toContain('npm run build');
    expect(notBuilt.text).toContain('WEB_ROOT');

    // The API goes on as before.
    await stack.http().get('/health').expect(200);
    const missing = await stack.http().get('/api/v1/nope').expect(404);
    expect(missing.body.code).toBe('route.not-found');
    await stack.http().get('/assets/app-abc123.js').expect(404);
  });
});
