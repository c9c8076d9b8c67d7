// npm run demo: migrations, demo data, then the API and the worker, and where to look.
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { loadConfigOrExit } from '@app/config';
import { DEMO_USERS } from './demo-data';
import { seedDemo } from './seed-demo';

const config = loadConfigOrExit(process.env);
const children: ChildProcess[] = [];

function start(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, [resolve(__dirname, '..', entry)], {
    stdio: 'inherit',
    env: process.env,
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`The ${name} stopped (${signal ?? `exit code ${code}`}); stopping.\n`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0): void {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5_000).unref();
  Promise.all(children.map((child) => new Promise((done) => child.once('exit', done)))).then(
    () => process.exit(code),
    () => process.exit(code),
  );
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${url} did not answer within a minute`);
}

async function main(): Promise<void> {
  await seedDemo(config);

  start('API', 'apps/api/src/main.js');
  start('worker', 'apps/worker/src/main.js');
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  const local = `http://localhost:${config.port}`;
  await waitUntilReady(`${local}/health/ready`);
  const width = Math.max(...DEMO_USERS.map((user) => user.email.length));
  const mail = config.mail.smtpUrl
    ? `sent through ${config.mail.smtpUrl.replace(/\/\/[^@]*@/, '//')}`
    : `written as .eml files to ${resolve(config.mail.directory)}`;
  process.stdout.write(`
The partnership scheduler is running with demo data.

  Open the app       ${config.publicUrl}
  Mail               ${mail}
  API documentation  ${local}/docs   (OpenAPI JSON: ${local}/docs-json)
  Readiness          ${local}/health/ready

Sign in as a demo person: type their address in the app, open the link in the mail, and press
the button. Søren Dahl (teacher) and Jonas Kjær (contact person) share a class; Amir Haddad
volunteers on Wednesdays; Mette Lund coordinates; the secretariat is the admin.

${DEMO_USERS.map((user) => `  ${user.role.padEnd(12)}${user.email.padEnd(width + 2)}${user.name}: ${user.what}`).join('\n')}

Stop with Ctrl+C.
`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The demo could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  stop(1);
});
