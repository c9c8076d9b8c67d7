import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, APP_CONFIG, ConfigModule, LogDestination, loggerOptions } from '@app/config';
import {
  Clock,
  ClockModule,
  ReminderCurrency,
  SecretLinks,
  SignInLinks,
  SweepsModule,
  VisitAnswerTokens,
} from '@app/core';
import { DbModule } from '@app/db';
import {
  DeliveryModule,
  MESSAGE_CURRENCY,
  MESSAGE_SECRETS,
  QueueName,
  redisOptions,
} from '@app/messaging';

import { JobHandlers } from './job-handlers';
import { MailProcessor } from './mail.processor';
import { SweepsProcessor } from './sweeps.processor';

/** The domain's answer to "is this reminder still true?", for the renderer. */
@Global()
@Module({
  providers: [{ provide: MESSAGE_CURRENCY, useClass: ReminderCurrency }],
  exports: [MESSAGE_CURRENCY],
})
class MessageCurrencyModule {}

/** The domain's sign-in and answer links, made for the sender as a mail goes out. */
@Global()
@Module({
  providers: [{ provide: MESSAGE_SECRETS, useClass: SecretLinks }, SignInLinks, VisitAnswerTokens],
  exports: [MESSAGE_SECRETS],
})
class MessageSecretsModule {}

export interface WorkerModuleOptions {
  config: AppConfig;
  clock?: Clock;
  /** Where the logs go instead of stdout (tests read them). */
  logDestination?: LogDestination;
}

/** The worker: BullMQ processors, the outbox relay and the scheduled sweeps; no HTTP. */
@Module({})
export class WorkerModule {
  static register({ config, clock, logDestination }: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        LoggerModule.forRoot(loggerOptions(config, 'worker', logDestination)),
        DbModule.forRoot(),
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (appConfig: AppConfig) => ({
            prefix: appConfig.queuePrefix,
            // Workers wait for Redis as long as it takes: an outage delays, never drops.
            connection: { ...redisOptions(appConfig.redisUrl), maxRetriesPerRequest: null },
          }),
        }),
        BullModule.registerQueue({ name: QueueName.Mail }, { name: QueueName.Sweeps }),
        MessageCurrencyModule,
        MessageSecretsModule,
        DeliveryModule,
        SweepsModule,
      ],
      providers: [JobHandlers, MailProcessor, SweepsProcessor],
    };
  }
}
