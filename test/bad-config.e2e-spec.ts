import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts an entry point the way a developer does, from the TypeScript source. */
function runEntryPoint(entry: string, env: NodeJS.ProcessEnv): Promise<Exit> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A process that does not stop on a bad configuration would otherwise outlive the test.
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

const badEnv = { ...process.env, DATABASE_URL: 'mysql://nope', PORT: 'abc' };

describe.each([
  ['the API', 'apps/api/src/main.ts'],
  ['the worker', 'apps/worker/src/main.ts'],
])('%s started with a bad configuration', (_process, entry) => {
  it('exits with code 1 and one message naming every bad variable, without a stack trace', async () => {
    const { code, stderr } = await runEntryPoint(entry, badEnv);

    expect(code).toBe(1);
    expect(stderr.match(/Invalid configuration/g)).toHaveLength(1);
    expect(stderr).toMatch(/^ {2}- DATABASE_URL: /m);
    expect(stderr).toMatch(/^ {2}- PORT: /m);
    expect(stderr).not.toMatch(/^ {4}at /m);
  }, 30_000);
});

describe.each([
  ['the API', 'apps/api/src/main.ts'],
  ['the worker', 'apps/worker/src/main.ts'],
])('%s started on a public address without JWT_SECRET', (_process, entry) => {
  it('exits with code 1 and a message naming JWT_SECRET, rather than sign with the built-in one', async () => {
    // As an operator might start it: no NODE_ENV, no JWT_SECRET. Should it start anyway, it
    // finds no database or Redis of anyone else's to work on.
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      PUBLIC_URL: 'https://kalender.example.org',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere',
      REDIS_URL: 'redis://127.0.0.1:1',
    };
    delete environment.NODE_ENV;
    delete environment.JWT_SECRET;
    const { code, stderr } = await runEntryPoint(entry, environment);

    expect(code).toBe(1);
    expect(stderr).toMatch(/^ {2}- JWT_SECRET: /m);
    expect(stderr).not.toMatch(/^ {4}at /m);
  }, 30_000);
});
