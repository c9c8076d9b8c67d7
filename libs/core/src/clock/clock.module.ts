import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from './clock';

@Global()
@Module({})
export class ClockModule {
  /** The clock from the configuration (CLOCK_START), or a given one (tests move it). */
  static forRoot(clock?: Clock): DynamicModule {
    return {
      module: ClockModule,
      providers: [
        clock
          ? { provide: Clock, useValue: clock }
          : {
              provide: Clock,
              inject: [APP_CONFIG],
              useFactory: (config: AppConfig) => new Clock(config.clockStart),
            },
      ],
      exports: [Clock],
    };
  }
}
