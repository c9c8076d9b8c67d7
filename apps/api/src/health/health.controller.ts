import {
  Controller,
  Get,
  HttpStatus,
  Logger,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Response } from 'express';
import { Clock } from '@app/core';
import { Public } from '../auth/access.decorators';
import { Draining } from './draining';
import { RedisHealthIndicator } from './redis.health';

class HealthDto {
  @ApiProperty({ enum: ['ok', 'unavailable', 'stopping'] })
  status: 'ok' | 'unavailable' | 'stopping';
}

class LivenessDto extends HealthDto {
  @ApiProperty({
    format: 'date-time',
    description:
      "The application clock's now: the real time, or where CLOCK_START moved it (demos, tests).",
  })
  now: string;
}

/** "redis down: connect ECONNREFUSED 127.0.0.1:6379", from terminus's failed check. */
function describeFailure(error: unknown): string {
  if (!(error instanceof ServiceUnavailableException)) {
    return error instanceof Error ? error.message : String(error);
  }
  const failed = (error.getResponse() as { error?: Record<string, Record<string, unknown>> }).error;
  return Object.entries(failed ?? {})
    .map(([name, { status, message }]) => `${name} ${String(status)}: ${String(message)}`)
    .join('; ');
}

/**
 * Answers anyone, so it says only whether the API can serve: which dependency failed, at which
 * address and with which error goes to the log, for the operator.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');
  private lastProblem: string | null = null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly clock: Clock,
    private readonly draining: Draining,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @Public()
  @ApiOkResponse({ type: LivenessDto })
  checkLiveness(): LivenessDto {
    return { status: 'ok', now: this.clock.now().toISOString() };
  }

  /** Readiness: PostgreSQL and Redis answer, and the API is not stopping; 503 otherwise. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async checkReadiness(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    if (this.draining.since) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'stopping' };
    }
    try {
      await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1_000 }),
        () => this.redis.check('redis'),
      ]);
    } catch (error) {
      this.report(error);
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable' };
    }
    if (this.lastProblem) this.logger.log('Ready again');
    this.lastProblem = null;
    return { status: 'ok' };
  }

  /** Once per kind of failure, not on every poll of a load balancer. */
  private report(error: unknown): void {
    const problem = `Not ready: ${describeFailure(error)}`;
    if (problem !== this.lastProblem) this.logger.warn(problem);
    this.lastProblem = problem;
  }
}
