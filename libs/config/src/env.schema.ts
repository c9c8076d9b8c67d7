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
} from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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

  /** Key prefix for the job queues in Redis, so several installations can share one Redis. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'may hold letters, digits, "-" and "_" only' })
  QUEUE_PREFIX = 'partnerships';
}
