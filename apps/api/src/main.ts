import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { ensureDatabase, runMigrations } from '@app/db';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  await ensureDatabase(config.databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register({ config }), {
    bufferLogs: true,
  });
  configureApp(app);
  // Two API processes starting together take turns on an advisory lock.
  await runMigrations(app.get(DataSource));
  await app.listen(config.port);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `The API could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
