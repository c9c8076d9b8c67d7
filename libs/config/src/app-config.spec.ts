import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const LONG_SECRET = 'a-production-secret-of-forty-characters!';

function configErrorFrom(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted a configuration it should refuse');
}

describe('loadConfig', () => {
  it('starts on local defaults with an empty environment', () => {
    const config = loadConfig({});

    expect(config.nodeEnv).toBe('development');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/partnership_scheduler');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.logLevel).toBe('info');
    expect(config.auth.adminEmails).toEqual([]);
    expect(config.clockStart).toBeNull();
  });

  it('writes mail to files when no mail server is configured', () => {
    const config = loadConfig({});

    expect(config.mail.smtpUrl).toBeNull();
    expect(config.mail.directory).toBe('var/mail');
  });

  it('takes the default for a variable set to an empty string, as if it were unset', () => {
    // `ADMIN_EMAILS=` in .env.example, or `FOO: ""` in a compose file, means "unset".
    const config = loadConfig({
      NODE_ENV: '',
      DATABASE_URL: '',
      PORT: ' ',
      PUBLIC_URL: '',
      LOG_LEVEL: '',
      QUEUE_PREFIX: '',
      MAIL_FROM: '',
      SMTP_URL: '',
      ADMIN_EMAILS: '',
      WEB_ROOT: '',
    });

    expect(config).toEqual(loadConfig({}));
  });

  it('reads every variable it is given, the optional ones too', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgresql://app@db.internal:5433/scheduler',
      REDIS_URL: 'rediss://cache.internal:6380/2',
      SMTP_URL: 'smtp://mail.internal:2525',
      MAIL_FROM: 'Kalenderen <kalender@example.org>',
      PUBLIC_URL: 'https://kalender.example.org/',
      PORT: '8080',
      JWT_SECRET: LONG_SECRET,
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: 'staging_2',
    });

    expect(config).toMatchObject({
      nodeEnv: 'test',
      databaseUrl: 'postgresql://app@db.internal:5433/scheduler',
      redisUrl: 'rediss://cache.internal:6380/2',
      port: 8080,
      logLevel: 'warn',
      queuePrefix: 'staging_2',
      // Without the trailing slash, so links can be built by appending a path.
      publicUrl: 'https://kalender.example.org',
      mail: { smtpUrl: 'smtp://mail.internal:2525', from: 'Kalenderen <kalender@example.org>' },
      auth: { jwtSecret: LONG_SECRET },
    });
  });

  it('parses admin addresses from a comma-separated list, trimmed and in lower case', () => {
    const config = loadConfig({ ADMIN_EMAILS: ' Anne@Example.org, bo@example.ORG ,,' });

    expect(config.auth.adminEmails).toEqual(['anne@example.org', 'bo@example.org']);
  });

  it('reports every bad variable at once in one error', () => {
    const error = configErrorFrom({
      DATABASE_URL: 'mysql://x',
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      ADMIN_EMAILS: 'not-an-email',
    });

    expect(error.problems).toHaveLength(4);
    for (const variable of ['DATABASE_URL', 'PORT', 'LOG_LEVEL', 'ADMIN_EMAILS']) {
      expect(error.message).toContain(variable);
    }
  });

  it('names only the bad variables', () => {
    const error = configErrorFrom({ PORT: '70000', REDIS_URL: 'redis://127.0.0.1:6379' });

    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('PORT');
    expect(error.message).not.toContain('REDIS_URL');
  });

  it('refuses a port that is not a whole number', () => {
    expect(configErrorFrom({ PORT: '3000.5' }).message).toContain('PORT');
  });

  it('requires a signing secret in production', () => {
    expect(configErrorFrom({ NODE_ENV: 'production' }).message).toContain('JWT_SECRET');
    expect(configErrorFrom({ NODE_ENV: 'production', JWT_SECRET: '' }).message).toContain(
      'JWT_SECRET',
    );
  });

  it('starts in production with a long enough signing secret', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: LONG_SECRET });

    expect(config.nodeEnv).toBe('production');
    expect(config.auth.jwtSecret).toBe(LONG_SECRET);
  });

  it('adds the benchmark route only when asked, and never in production', () => {
    expect(loadConfig({}).benchmarkRoutes).toBe(false);
    expect(loadConfig({ BENCHMARK_ROUTES: 'true' }).benchmarkRoutes).toBe(true);
    expect(
      configErrorFrom({ NODE_ENV: 'production', JWT_SECRET: LONG_SECRET, BENCHMARK_ROUTES: 'true' })
        .message,
    ).toContain('BENCHMARK_ROUTES');
  });

  it('refuses a signing secret shorter than 32 characters', () => {
    const short = 'x'.repeat(31);

    expect(configErrorFrom({ JWT_SECRET: short }).message).toContain('JWT_SECRET');
    expect(configErrorFrom({ NODE_ENV: 'production', JWT_SECRET: short }).message).toContain(
      'JWT_SECRET',
    );
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32) }).auth.jwtSecret).toBe('x'.repeat(32));
  });

  it('refuses the built-in signing secret wherever others can reach the product', () => {
    // No NODE_ENV is development, but a public address is not a developer's own machine.
    for (const env of [
      { PUBLIC_URL: 'https://kalender.example.org' },
      { NODE_ENV: 'test', PUBLIC_URL: 'http://10.0.0.5:3000' },
      { NODE_ENV: 'development', PUBLIC_URL: 'http://localhost.example.org' },
      { NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:3000' },
    ]) {
      expect(configErrorFrom(env).message).toContain('JWT_SECRET');
    }
  });

  it('signs with the built-in secret on a loopback address in development and tests', () => {
    for (const env of [
      {},
      { NODE_ENV: 'test', PUBLIC_URL: 'http://127.0.0.1:3000' },
      { NODE_ENV: 'development', PUBLIC_URL: 'http://[::1]:3000' },
      { NODE_ENV: 'development', PUBLIC_URL: 'http://scheduler.localhost' },
    ]) {
      expect(loadConfig(env).auth.jwtSecret).toMatch(/development-only/);
    }
  });

  it('trusts no proxy unless told which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 2001:db8::/32' }).trustProxy).toEqual([
      '10.0.0.1',
      '2001:db8::/32',
    ]);
  });

  it('refuses a proxy setting that is neither a hop count nor addresses', () => {
    for (const value of ['loopback', '10.0.0.1/33', '10.0.0.1/', 'yes', '1,x']) {
      expect(configErrorFrom({ TRUST_PROXY: value }).message).toContain('TRUST_PROXY');
    }
  });

  it('keeps sent mail bodies for 30 days unless told otherwise', () => {
    expect(loadConfig({}).mail.retentionDays).toBe(30);
    expect(loadConfig({ MAIL_RETENTION_DAYS: '7' }).mail.retentionDays).toBe(7);
    expect(configErrorFrom({ MAIL_RETENTION_DAYS: '0' }).message).toContain('MAIL_RETENTION_DAYS');
  });

  it('nudges a partnership after 8 quiet weeks unless told otherwise', () => {
    expect(loadConfig({}).quietPartnershipWeeks).toBe(8);
    expect(loadConfig({ QUIET_PARTNERSHIP_WEEKS: '4' }).quietPartnershipWeeks).toBe(4);
    for (const value of ['0', '53', '2.5', 'soon']) {
      expect(configErrorFrom({ QUIET_PARTNERSHIP_WEEKS: value }).message).toContain(
        'QUIET_PARTNERSHIP_WEEKS',
      );
    }
  });

  it('serves the web app from dist/web under the directory the process starts in', () => {
    expect(loadConfig({}).webRoot).toBe(join(process.cwd(), 'dist', 'web'));
  });

  it('takes a relative web root from the starting directory and an absolute one as it is', () => {
    expect(loadConfig({ WEB_ROOT: 'build/app/' }).webRoot).toBe(
      join(process.cwd(), 'build', 'app'),
    );
    expect(loadConfig({ WEB_ROOT: '/srv/scheduler/web' }).webRoot).toBe('/srv/scheduler/web');
  });

  it('refuses a clock start in production', () => {
    const error = configErrorFrom({
      NODE_ENV: 'production',
      JWT_SECRET: LONG_SECRET,
      CLOCK_START: '2026-10-25T08:00:00+01:00',
    });

    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('CLOCK_START');
  });

  it('starts the clock at the given instant outside production', () => {
    const config = loadConfig({ NODE_ENV: 'test', CLOCK_START: '2026-10-25T08:00:00+01:00' });

    expect(config.clockStart).toBeInstanceOf(Date);
    expect(config.clockStart?.toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });

  it('refuses a clock start that is not an ISO 8601 instant', () => {
    expect(configErrorFrom({ CLOCK_START: '25/10/2026 08:00' }).message).toContain('CLOCK_START');
  });

  it('ignores variables it does not know', () => {
    const config = loadConfig({
      HOME: '/home/someone',
      PATH: '/usr/bin',
      DATABASE_HOST: 'not a url at all',
      port: 'abc',
      npm_config_cache: '/tmp/npm',
    });

    expect(config).toEqual(loadConfig({}));
  });
});
