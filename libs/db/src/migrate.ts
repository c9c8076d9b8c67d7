import { DataSource, Migration } from 'typeorm';
import { withAdvisoryLock } from './advisory-lock';

/**
 * Runs pending migrations under an advisory lock, so two processes starting together take turns
 * and the second finds nothing left to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  return withAdvisoryLock(dataSource, 'schema-migrations', () =>
    dataSource.runMigrations({ transaction: 'each' }),
  );
}
