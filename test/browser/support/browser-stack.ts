import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { SmtpSink } from '../../../libs/testing/src/smtp-sink';

const ROOT = resolve(__dirname, '../../..');
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Where the browser tests' application clock starts: a Monday morning in Copenhagen in the
 * demo's autumn term, after the planning meetings and before the December class visits.
 */
export const CLOCK_START = new Date('2026-11-16T07:30:00Z');

export interface BrowserStack {
  baseUrl: string;
  sink: SmtpSink;
  /** The application clock's now, as the API and the worker see it. */
  now(): Date;
  /** What the API and the worker wrote, for a failure's report. */
  output: string[];
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitUntilReady(url: string, output: string[]): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer within a minute:\n${output.slice(-40).join('')}`);
}

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The built product (dist/, including the web app) as separate processes: the API on a free
 * port and the worker, on a database of their own with the demo data, their own queue prefix,
 * and an SMTP sink in this process that the tests read mail from. `npm run build` first.
 */
export async function startBrowserStack(): Promise<BrowserStack> {
  const database = `ps_browser_${process.pid}_${randomBytes(4).toString('hex')}`;
  const queuePrefix = `browser-${randomBytes(6).toString('hex')}`;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const sink = new SmtpSink();
  const smtpUrl = await sink.start();
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATABASE_URL: databaseUrl(database),
    REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: smtpUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    CLOCK_START: CLOCK_START.toISOString(),
    WEB_ROOT: resolve(ROOT, 'dist/web'),
    // Each test's browser names its own address (fixtures.ts), as people on their own machines
    // have: the per-address limits on signing in count each person apart, as in life.
    TRUST_PROXY: '1',
  };
  const output: string[] = [];
  const children: ChildProcess[] = [];
  const run = (script: string) => {
    const child = spawn(process.execPath, [resolve(ROOT, script)], { env, cwd: ROOT });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    return child;
  };

  const seed = run('dist/scripts/seed-demo.js');
  const seeded = await new Promise<number | null>((done) => seed.once('exit', done));
  if (seeded !== 0) {
    await sink.stop();
    throw new Error(`The demo data could not be loaded:\n${output.join('')}`);
  }
  children.push(run('dist/apps/api/src/main.js'), run('dist/apps/worker/src/main.js'));
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      ),
    );
    await sink.stop();
    await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      const keys = await redis.keys(`${queuePrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  };
  let offsetMs: number;
  try {
    await waitUntilReady(`${baseUrl}/health/ready`, output);
    // The API's clock started at CLOCK_START when it started; it says where it is now.
    const before = Date.now();
    const { now } = (await (await fetch(`${baseUrl}/health`)).json()) as { now: string };
    offsetMs = Date.parse(now) - (before + Date.now()) / 2;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl,
    sink,
    now: () => new Date(Date.now() + offsetMs),
    output,
    stop,
  };
}
