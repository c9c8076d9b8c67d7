import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Factories } from '@app/testing';
import { deliveriesTo, settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

describe('a worker killed in the middle of sending', () => {
  let stack: TestStack;
  let worker: ChildProcess | null = null;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await stack.stop();
  });

  /** The real worker entry point, as its own process, on this test's database and queues. */
  function startWorker(): ChildProcess {
    const { config } = stack;
    return spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        'apps/worker/src/main.ts',
      ],
      {
        cwd: resolve(__dirname, '..'),
        stdio: 'ignore',
        env: {
          ...process.env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATABASE_URL: config.databaseUrl,
          REDIS_URL: config.redisUrl,
          QUEUE_PREFIX: config.queuePrefix,
          SMTP_URL: config.mail.smtpUrl!,
          PUBLIC_URL: config.publicUrl,
          JWT_SECRET: config.auth.jwtSecret,
        },
      },
    );
  }

  it('sends the mail once after a restart', async () => {
    await new Factories(stack.dataSource).user([], { email: 'patient@scheduler.test' });
    stack.sink.hold = true;
    const held = stack.sink.waitForHeld();
    worker = startWorker();
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'patient@scheduler.test' })
      .expect(202);

    // The mail server has the message's data but has not accepted it when the worker dies.
    await held;
    const killed = worker;
    await new Promise<void>((done) => {
      killed.once('exit', () => done());
      killed.kill('SIGKILL');
    });
    stack.sink.hold = false;
    expect(stack.sink.to('patient@scheduler.test')).toHaveLength(0);

    // A new worker finds the job its predecessor held (once its lock runs out) and sends it. That
    // takes its start-up, up to 30 s for the lock and up to 30 s for the next stalled-job check:
    // over a minute, more on a busy machine.
    worker = startWorker();
    await stack.sink.waitForMailTo('patient@scheduler.test', 150_000);
    // Anything else the killed worker held (a sweep's tick) is recovered the same way.
    await settled(stack, { timeoutMs: 60_000 });
    expect(stack.sink.to('patient@scheduler.test')).toHaveLength(1);
    expect(await deliveriesTo(stack, 'patient@scheduler.test')).toEqual([
      expect.objectContaining({ status: 'sent' }),
    ]);
  }, 180_000);
});
