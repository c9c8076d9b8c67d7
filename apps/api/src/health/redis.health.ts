import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';
import { redisOptions } from '@app/messaging';

/** Redis answers a PING within a second. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.redis = new Redis({
      ...redisOptions(config.redisUrl),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
    });
    this.redis.on('error', () => undefined);
  }

  async check(key: 'redis') {
    const indicator = this.indicators.check(key);
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      const answer = await Promise.race([
        this.redis.ping(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('no answer within 1 s')), 1_000).unref(),
        ),
      ]);
      return answer === 'PONG' ? indicator.up() : indicator.down({ message: String(answer) });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
