import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import {
  AccountsModule,
  Actor,
  ActorLoader,
  AdoptionsModule,
  AgreementsModule,
  Clock,
  ClockModule,
  DonationsModule,
  UserEntity,
  VolunteeringModule,
} from '@app/core';
import { DbModule } from '@app/db';

@Module({})
class DemoModule {}

/** The domain's services on a clock of the demo's choosing, for telling the demo's stories. */
export async function withDemoContext(
  config: AppConfig,
  clock: Clock,
  tell: (app: INestApplicationContext, actor: (email: string) => Promise<Actor>) => Promise<void>,
): Promise<void> {
  const app = await NestFactory.createApplicationContext(
    {
      module: DemoModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        DbModule.forRoot(),
        AccountsModule,
        AdoptionsModule,
        VolunteeringModule,
        DonationsModule,
        AgreementsModule,
      ],
    },
    { logger: false },
  );
  const actor = async (email: string): Promise<Actor> => {
    const user = await app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email });
    return (await app.get(ActorLoader).load(user.id))!;
  };
  try {
    await tell(app, actor);
  } finally {
    await app.close();
  }
}
