// The demo data, on its own: migrations, then the catalogue's stories. `npm run demo` runs it
// before it starts the API and the worker; the browser tests run it (built) on their database.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfigOrExit } from '@app/config';
import { Clock } from '@app/core/clock/clock';
import { dataSourceOptions, ensureDatabase, runMigrations } from '@app/db';
import { seedDemoAdoptions } from './demo-adoptions';
import { seedDemoData } from './demo-data';
import { seedDemoPartnerships } from './demo-partnerships';
import { seedDemoVolunteering } from './demo-volunteering';

/** Creates the database if it is missing and loads the demo data; can run again. */
export async function seedDemo(config: AppConfig): Promise<void> {
  await ensureDatabase(config.databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    await runMigrations(dataSource);
    await seedDemoData(dataSource, new Clock(config.clockStart).now());
  } finally {
    await dataSource.destroy();
  }
  await seedDemoAdoptions(config);
  await seedDemoVolunteering(config);
  await seedDemoPartnerships(config);
}

if (require.main === module) {
  seedDemo(loadConfigOrExit(process.env)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(
        `The demo data could not be loaded: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
