// npm run migration:run: applies pending migrations under the same lock the API takes.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { dataSourceOptions } from '@app/db/data-source-options';
import { runMigrations } from '@app/db/migrate';
import { ensureDatabase } from '@app/db/ensure-database';

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  await ensureDatabase(config.databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    process.stdout.write(
      applied.length === 0
        ? 'Database is up to date.\n'
        : applied.map((migration) => `Applied ${migration.name}\n`).join(''),
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Migration failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
