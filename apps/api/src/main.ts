import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { Clock } from '@app/core';
import { ensureDatabase, runMigrations } from '@app/db';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';
import { Draining } from './health/draining';

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
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void stop(app, config.shutdownDrainMs));
  }
}

/** The longest a stop may take before the process ends anyway. */
const STOP_TIMEOUT_MS = 30_000;

/**
 * A graceful stop: readiness says 503 at once while requests are still answered for the drain
 * time (a load balancer stops sending), then the API stops listening, finishes the requests in
 * flight, closes its connections and exits 0.
 */
async function stop(app: NestExpressApplication, drainMs: number): Promise<void> {
  setTimeout(() => {
    process.stderr.write('The API did not stop in time; exiting.\n');
    process.exit(1);
  }, drainMs + STOP_TIMEOUT_MS).unref();
  app.get(Draining).start(app.get(Clock).now());
  await new Promise((resolve) => setTimeout(resolve, drainMs));
  await app.close();
  process.exit(0);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `The API could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
