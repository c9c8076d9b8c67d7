import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { DateTime } from 'luxon';
import { resolve } from 'node:path';
import { EnvironmentVariables } from './env.schema';

export interface AppConfig {
  nodeEnv: EnvironmentVariables['NODE_ENV'];
  port: number;
  /**
   * On SIGTERM, how long the API goes on answering (readiness saying 503, so a load balancer
   * stops sending) before it stops listening and finishes the requests in flight.
   */
  shutdownDrainMs: number;
  publicUrl: string;
  /**
   * Express's `trust proxy`: false (trust no proxy), a hop count, or the proxies' addresses. Only
   * these may name the client's address in X-Forwarded-For, which the rate limits count by.
   */
  trustProxy: false | number | string[];
  logLevel: EnvironmentVariables['LOG_LEVEL'];
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** Absolute path of the built web app's directory (index.html, assets/, styles.css…). */
  webRoot: string;
  mail: {
    /** null: write .eml files to `directory` instead of sending. */
    smtpUrl: string | null;
    from: string;
    directory: string;
    /** Days a sent mail's body is kept before a sweep blanks it. */
    retentionDays: number;
  };
  auth: {
    jwtSecret: string;
    adminEmails: string[];
    accessTokenTtlSeconds: number;
    loginLinkTtlSeconds: number;
  };
  /** Weeks without news before both sides of a partnership are nudged. */
  quietPartnershipWeeks: number;
  /** The instant at which the application clock starts, or null for real time. */
  clockStart: Date | null;
  /** Serve the benchmark's baseline route. */
  benchmarkRoutes: boolean;
}

/** Thrown with every bad variable at once; the entry points print its message and exit. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const DEVELOPMENT_JWT_SECRET = 'development-only-secret-do-not-use-in-production';

/** True for an address only this machine can reach: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '::1'
  );
}

function trustProxy(value: string | undefined): AppConfig['trustProxy'] {
  if (!value) return false;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}

function describe(errors: ValidationError[]): string[] {
  return errors.map(
    (error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new EnvironmentVariables());
  // A variable set to nothing (`ADMIN_EMAILS=`) counts as unset and takes its default.
  const input = Object.fromEntries(
    known.filter((key) => env[key]?.trim()).map((key) => [key, env[key]]),
  );
  const vars = plainToInstance(EnvironmentVariables, input, { exposeDefaultValues: true });
  const problems = describe(
    validateSync(vars, { forbidUnknownValues: true, stopAtFirstError: true }),
  );

  const production = vars.NODE_ENV === 'production';
  // The built-in secret is in the repository: it may sign tokens only where nobody else can
  // reach the product, a developer's or a test's own machine.
  if (!vars.JWT_SECRET && (production || !isLoopbackUrl(vars.PUBLIC_URL))) {
    problems.push(
      'JWT_SECRET: is required unless NODE_ENV is development or test and PUBLIC_URL is a ' +
        'loopback address such as http://localhost:3000',
    );
  }
  if (production && vars.CLOCK_START) {
    problems.push('CLOCK_START: is refused when NODE_ENV=production');
  }
  if (production && vars.BENCHMARK_ROUTES) {
    problems.push('BENCHMARK_ROUTES: is refused when NODE_ENV=production');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    nodeEnv: vars.NODE_ENV,
    port: vars.PORT,
    shutdownDrainMs: vars.SHUTDOWN_DRAIN_MS,
    publicUrl: vars.PUBLIC_URL.replace(/\/+$/, ''),
    trustProxy: trustProxy(vars.TRUST_PROXY),
    logLevel: vars.LOG_LEVEL,
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    queuePrefix: vars.QUEUE_PREFIX,
    webRoot: resolve(vars.WEB_ROOT),
    mail: {
      smtpUrl: vars.SMTP_URL ?? null,
      from: vars.MAIL_FROM,
      directory: 'var/mail',
      retentionDays: vars.MAIL_RETENTION_DAYS,
    },
    auth: {
      jwtSecret: vars.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      adminEmails: vars.ADMIN_EMAILS,
      accessTokenTtlSeconds: 12 * 60 * 60,
      loginLinkTtlSeconds: 15 * 60,
    },
    quietPartnershipWeeks: vars.QUIET_PARTNERSHIP_WEEKS,
    clockStart: vars.CLOCK_START ? DateTime.fromISO(vars.CLOCK_START).toJSDate() : null,
    benchmarkRoutes: vars.BENCHMARK_ROUTES,
  };
}

/** For entry points: the config, or one clear message on stderr and exit code 1. */
export function loadConfigOrExit(env: Record<string, string | undefined>): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
