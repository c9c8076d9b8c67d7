import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ResilientThrottlerStorage } from './resilient-throttler.storage';

/** The request counters' storage as a provider of its own, so it is closed with the app. */
@Module({
  providers: [
    {
      provide: ResilientThrottlerStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new ResilientThrottlerStorage(config.redisUrl, config.queuePrefix),
    },
  ],
  exports: [ResilientThrottlerStorage],
})
export class ThrottlerStorageModule {}
