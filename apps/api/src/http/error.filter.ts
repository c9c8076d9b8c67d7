import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { Response } from 'express';
import { DomainError, DomainErrorKind, FieldProblem } from '@app/core';
import { isServiceAway } from './unavailable';

export interface ErrorBody {
  statusCode: number;
  error: string;
  /** For people: what is wrong, naming the field or the rule. */
  message: string;
  /** For programs: a stable code such as `visit.outside-term`. */
  code: string;
  details?: FieldProblem[];
}

const STATUS: Record<DomainErrorKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthorised: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * An error Express or its body parsers raise about the request itself (a body too large, a
 * charset they cannot read), marked safe to show (`expose`), as http-errors makes them.
 */
function isClientHttpError(
  exception: unknown,
): exception is Error & { status: number; expose: true } {
  if (!(exception instanceof Error)) return false;
  const { status, expose } = exception as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

/** How soon a client may try again after a 503: PostgreSQL restarts in seconds. */
const RETRY_AFTER_SECONDS = 5;

/**
 * One error body for every failure; a domain error's kind decides the status, and a database
 * that is away for the moment makes a 503 to be tried again, not a 500.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === 503) {
      // Expected while a database restarts: one line each, not a stack.
      this.logger.warn(
        `Answered 503: ${exception instanceof Error ? exception.message : String(exception)}`,
      );
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (response.headersSent) return;
    if (body.statusCode === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // Set outright: a route that answers HTML has set its own type already, and json() keeps it.
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS[exception.kind];
      return {
        statusCode,
        error: REASON[statusCode],
        message: exception.message,
        code: exception.code,
        ...(exception.details.length > 0 ? { details: exception.details } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      const text =
        typeof payload === 'string'
          ? payload
          : ((payload as { message?: string | string[] }).message ?? exception.message);
      return {
        statusCode,
        error: REASON[statusCode] ?? exception.name,
        message: Array.isArray(text) ? text.join('; ') : text,
        code: statusCode === 404 ? 'route.not-found' : `http.${statusCode}`,
      };
    }
    if (isServiceAway(exception)) {
      return {
        statusCode: 503,
        error: REASON[503],
        message: 'The service is unavailable for a moment. Please try again shortly.',
        code: 'service.unavailable',
      };
    }
    if (isClientHttpError(exception)) {
      return {
        statusCode: exception.status,
        error: REASON[exception.status] ?? 'Bad Request',
        message: exception.message,
        code: `http.${exception.status}`,
      };
    }
    return {
      statusCode: 500,
      error: REASON[500],
      message: 'Something went wrong on our side. It has been logged.',
      code: 'internal',
    };
  }
}
