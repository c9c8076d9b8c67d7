import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isIP } from 'node:net';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** TRUST_PROXY: a hop count, or IP addresses (each with an optional /prefix) separated by commas. */
@ValidatorConstraint({ name: 'proxyAddresses' })
class ProxyAddresses implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || /^\s*\d{1,2}\s*$/.test(value)) return true;
    return value.split(',').every((entry) => {
      const [address, prefix] = entry.trim().split('/');
      const version = isIP(address);
      if (version === 0) return false;
      return (
        prefix === undefined ||
        (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128))
      );
    });
  }

  defaultMessage(): string {
    return 'must be a hop count (e.g. 1) or a comma-separated list of IP addresses, each optionally with a /prefix';
  }
}

const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * The process environment as the product understands it. Every variable is documented in
 * `.env.example`; nothing outside libs/config reads `process.env`.
 */
export class EnvironmentVariables {
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/partnership_scheduler';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Unset: mail is written as .eml files under var/mail/ instead of being sent. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Matches(/^(.+<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
    message: 'must be an address, optionally with a name: "Name <addr@example.org>"',
  })
  MAIL_FROM = 'Partnerskabskalenderen <no-reply@partnerships.localhost>';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_URL = 'http://localhost:3000';

  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined,
  )
  @IsOptional()
  @Min(0, { message: 'must be a port number, 0 to 65535' })
  @Max(65535, { message: 'must be a port number, 0 to 65535' })
  @IsInt({ message: 'must be a port number, 0 to 65535' })
  PORT = 3000;

  /** Comma-separated addresses that are admins from their first sign-in. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((address) => address.trim().toLowerCase())
          .filter(Boolean)
      : value,
  )
  @IsOptional()
  @IsEmail({}, { each: true, message: 'must be a comma-separated list of email addresses' })
  ADMIN_EMAILS: string[] = [];

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Starts the application clock at this instant; it runs on from there. Not in production. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsISO8601(
    { strict: true },
    { message: 'must be an ISO 8601 instant, e.g. 2026-10-25T08:00:00+01:00' },
  )
  CLOCK_START?: string;

  /**
   * Which proxies in front of the API may name the client's address in X-Forwarded-For: a hop
   * count, or a comma-separated list of proxy addresses (IPv4 or IPv6, optionally with a /prefix).
   * Unset: none; the address the connection comes from is the client's.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Validate(ProxyAddresses)
  TRUST_PROXY?: string;

  /**
   * Milliseconds the API keeps answering after SIGTERM, its readiness saying 503, before it stops
   * listening and finishes what is in flight (0 to 60000).
   */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined,
  )
  @IsOptional()
  @Min(0, { message: 'must be a whole number of milliseconds, 0 to 60000' })
  @Max(60_000, { message: 'must be a whole number of milliseconds, 0 to 60000' })
  @IsInt({ message: 'must be a whole number of milliseconds, 0 to 60000' })
  SHUTDOWN_DRAIN_MS = 2_000;

  /** Days a sent mail's body is kept (for admins to see what went out) before it is blanked. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined,
  )
  @IsOptional()
  @Min(1, { message: 'must be a whole number of days, 1 to 3650' })
  @Max(3650, { message: 'must be a whole number of days, 1 to 3650' })
  @IsInt({ message: 'must be a whole number of days, 1 to 3650' })
  MAIL_RETENTION_DAYS = 30;

  /** Weeks without an update or anything done before both sides of a partnership are nudged. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined,
  )
  @IsOptional()
  @Min(1, { message: 'must be a whole number of weeks, 1 to 52' })
  @Max(52, { message: 'must be a whole number of weeks, 1 to 52' })
  @IsInt({ message: 'must be a whole number of weeks, 1 to 52' })
  QUIET_PARTNERSHIP_WEEKS = 8;

  /**
   * The built web app (Vite's output: index.html, assets/…), served at `/`. A relative path is
   * taken from the directory the process starts in.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_ROOT = 'dist/web';

  /** Key prefix for the job queues in Redis, so several installations can share one Redis. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'may hold letters, digits, "-" and "_" only' })
  QUEUE_PREFIX = 'partnerships';

  /**
   * Adds the benchmark's baseline route (`GET /feeds/baseline/:file`, a constant behind the
   * feeds' guards). For `npm run bench` only; refused when NODE_ENV=production.
   */
  @Transform(({ value }: { value: unknown }) => value === 'true' || value === '1')
  @IsOptional()
  BENCHMARK_ROUTES = false;
}
