import { INestApplicationContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@app/config';
import { AccessTokenClaims } from '@app/core/accounts/auth.service';
import { Clock } from '@app/core/clock/clock';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { ForwardClock } from './forward-clock';
import { SmtpSink } from '@app/testing/smtp-sink';
import { createTestDatabase, TestDatabase } from '@app/testing/test-database';

export interface TestStackOptions {
  /** Start the worker too (relay, render, send). Default true. */
  worker?: boolean;
  /** Another Redis than the configured one, e.g. one the test stops and starts. */
  redisUrl?: string;
  adminEmails?: string[];
  /** Where the application clock starts; it runs on from there. */
  clockStart?: Date;
  /** Further environment variables, e.g. `{ TRUST_PROXY: '1' }`. */
  env?: Record<string, string>;
  /** Keep what the API and the worker log, at this level, in `logs` (default: they log nothing). */
  captureLogs?: AppConfig['logLevel'];
  /** Run on another stack's database (a restart with another configuration); its owner drops it. */
  database?: TestDatabase;
}

export interface TestStack {
  config: AppConfig;
  clock: Clock;
  database: TestDatabase;
  dataSource: DataSource;
  sink: SmtpSink;
  api: NestExpressApplication;
  worker: INestApplicationContext | null;
  http: () => ReturnType<typeof request>;
  /** The JSON lines the API and the worker logged, with `captureLogs`. */
  logs: string[];
  /** A bearer token for a user, as a sign-in would give. */
  tokenFor(userId: string): Promise<string>;
  startWorker(): Promise<INestApplicationContext>;
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

/** Removes what the test's queues left in Redis. */
async function removeQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    // Inside the try: a Redis that is not there must not leave a client reconnecting behind.
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The whole product for one test file: its own database, queue prefix and SMTP sink. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const database = options.database ?? (await createTestDatabase());
  const dropDatabase = () => (options.database ? Promise.resolve() : database.drop());
  const sink = new SmtpSink();
  const smtpUrl = await sink.start();
  const base = loadConfig(process.env);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: options.captureLogs ?? 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: options.redisUrl ?? base.redisUrl,
    QUEUE_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    SMTP_URL: smtpUrl,
    PUBLIC_URL: 'http://scheduler.test',
    ADMIN_EMAILS: (options.adminEmails ?? ['admin@scheduler.test']).join(','),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...options.env,
  });
  // Every e2e test runs on a clock that refuses to go back.
  const clock = new ForwardClock(options.clockStart ?? null);
  const logs: string[] = [];
  // pino writes one JSON line per call to any object with a write method.
  const logDestination = options.captureLogs
    ? { write: (line: string) => logs.push(line) }
    : undefined;

  let api: NestExpressApplication;
  try {
    api = await NestFactory.create<NestExpressApplication>(
      ApiModule.register({ config, clock, logDestination }),
      {
        logger: false,
        abortOnError: false,
      },
    );
    configureApp(api);
    await api.init();
  } catch (error) {
    // A stack that failed to start leaves nothing open behind it.
    await sink.stop();
    await dropDatabase();
    throw error;
  }
  const dataSource = api.get(DataSource);

  let worker: INestApplicationContext | null = null;
  const stack: TestStack = {
    config,
    clock,
    database,
    dataSource,
    sink,
    api,
    get worker() {
      return worker;
    },
    http: () => request(api.getHttpServer()),
    logs,
    async tokenFor(userId: string) {
      const now = Math.floor(clock.nowMs() / 1000);
      // Under the person's current session version, as a sign-in now would issue it.
      const [user] = await dataSource.query<{ session_version: number }[]>(
        'SELECT session_version FROM users WHERE id = $1',
        [userId],
      );
      const claims: AccessTokenClaims = {
        sub: userId,
        sv: user?.session_version ?? 1,
        iat: now,
        exp: now + 3600,
      };
      return api.get(JwtService, { strict: false }).signAsync(claims);
    },
    async startWorker() {
      worker = await NestFactory.createApplicationContext(
        WorkerModule.register({ config, clock, logDestination }),
        {
          logger: false,
          abortOnError: false,
        },
      );
      // As apps/worker/src/main.ts does, so that what the worker logs is kept too.
      if (logDestination) worker.useLogger(worker.get(Logger));
      await worker.init();
      return worker;
    },
    async stopWorker() {
      await worker?.close();
      worker = null;
    },
    async stop() {
      await stack.stopWorker();
      await api.close();
      await sink.stop();
      await dropDatabase();
      await removeQueueKeys(config.redisUrl, config.queuePrefix).catch(() => undefined);
    },
  };
  if (options.worker !== false) {
    await stack.startWorker().catch(async (error: unknown) => {
      await stack.stop();
      throw error;
    });
  }
  return stack;
}
