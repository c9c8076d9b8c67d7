import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/access.decorators';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @Public()
  @HealthCheck()
  checkLiveness() {
    return this.health.check([]);
  }

  /** Readiness: PostgreSQL and Redis answer; 503 otherwise. */
  @Get('ready')
  @Public()
  @HealthCheck()
  checkReadiness() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1_000 }),
      () => this.redis.check('redis'),
    ]);
  }
}
