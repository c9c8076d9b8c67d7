import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule, LogDestination, loggerOptions } from '@app/config';
import {
  AccountsModule,
  AdoptionsModule,
  Clock,
  ClockModule,
  DeparturesModule,
  DonationsModule,
  AgreementsModule,
  OrganisationsModule,
  FeedsModule,
  ReportsModule,
  SweepsModule,
  VolunteeringModule,
} from '@app/core';
import { DbModule } from '@app/db';
import { DeliveriesAdminModule } from '@app/messaging';
import { DeliveriesController } from './admin/deliveries.controller';
import { ReportsController } from './reports/reports.controller';
import { FeedBaselineController } from './feeds/feed-baseline.controller';
import { FeedsController } from './feeds/feeds.controller';
import { AdoptionsController } from './adoptions/adoptions.controller';
import { ClassesController } from './adoptions/classes.controller';
import { SweepsController } from './adoptions/sweeps.controller';
import { VisitAnswersController } from './adoptions/visit-answers.controller';
import { VisitsController } from './adoptions/visits.controller';
import { AccessDeclaredCheck } from './auth/access-declared.check';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { MeController } from './auth/me.controller';
import { SignInPageController } from './auth/sign-in-page.controller';
import { HealthModule } from './health/health.module';
import { PersonLimitGuard } from './http/person-limit.guard';

import { ResilientThrottlerStorage } from './http/resilient-throttler.storage';
import { ThrottlerStorageModule } from './http/throttler-storage.module';
import {
  CompaniesController,
  PartnersController,
  SchoolsController,
} from './organisations/organisations.controller';
import { PersonalDataController } from './users/personal-data.controller';
import { UsersController } from './users/users.controller';
import { ProgrammesController } from './volunteering/programmes.controller';
import { AllocationsController } from './donations/allocations.controller';
import { AgreementsController } from './agreements/agreements.controller';
import { DonationProgrammesController } from './donations/donation-programmes.controller';
import { ShiftsController } from './volunteering/shifts.controller';

export interface ApiModuleOptions {
  config: AppConfig;
  /** A clock to use instead of the one built from the configuration (tests move it). */
  clock?: Clock;
  /** Where the logs go instead of stdout (tests read them). */
  logDestination?: LogDestination;
}

@Module({})
export class ApiModule {
  static register({ config, clock, logDestination }: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        LoggerModule.forRoot(loggerOptions(config, 'api', logDestination)),
        DbModule.forRoot(),
        DiscoveryModule,
        ThrottlerModule.forRootAsync({
          imports: [ThrottlerStorageModule],
          inject: [ResilientThrottlerStorage],
          useFactory: (storage: ResilientThrottlerStorage) => ({
            throttlers: [{ name: 'default', limit: 10, ttl: 60_000 }],
            storage,
          }),
        }),
        HealthModule,
        AccountsModule,
        OrganisationsModule,
        AdoptionsModule,
        VolunteeringModule,
        DonationsModule,
        AgreementsModule,
        SweepsModule,
        DeliveriesAdminModule,
        FeedsModule,
        ReportsModule,
        DeparturesModule,
      ],
      controllers: [
        AuthController,
        SignInPageController,
        MeController,
        UsersController,
        PersonalDataController,
        SchoolsController,
        CompaniesController,
        PartnersController,
        ClassesController,
        AdoptionsController,
        VisitsController,
        SweepsController,
        ProgrammesController,
        ShiftsController,
        DonationProgrammesController,
        AllocationsController,
        AgreementsController,
        DeliveriesController,
        VisitAnswersController,
        // Before FeedsController, whose `:file` would take `baseline` too.
        ...(config.benchmarkRoutes ? [FeedBaselineController] : []),
        FeedsController,
        ReportsController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        // After the AccessGuard, which names the person it counts.
        { provide: APP_GUARD, useClass: PersonLimitGuard },
        AccessDeclaredCheck,
      ],
    };
  }
}
