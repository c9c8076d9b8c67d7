import { DataSource } from 'typeorm';
import { createEmptyDatabase, TestDatabase } from '@app/testing';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';

const MIGRATION_NAMES = MIGRATIONS.map((migration) => migration.name);

// An extension's own functions and types are listed as the extension, not one by one.
const PART_OF_AN_EXTENSION = `SELECT 1 FROM pg_depend WHERE objid = $oid AND deptype = 'e'`;

/**
 * Everything a migration can create in the public schema, apart from TypeORM's own bookkeeping
 * table, in a stable order, so two states of the schema can be compared.
 */
async function schemaOf(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const queries: Record<string, string> = {
    columns: `SELECT table_name, column_name, data_type, is_nullable, column_default
              FROM information_schema.columns
              WHERE table_schema = 'public' AND table_name <> 'migrations'
              ORDER BY table_name, column_name`,
    indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
              WHERE schemaname = 'public' AND tablename <> 'migrations'
              ORDER BY tablename, indexname`,
    constraints: `SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS def
                  FROM pg_constraint
                  WHERE connamespace = 'public'::regnamespace
                    AND conrelid::regclass::text <> 'migrations'
                  ORDER BY 1, 2`,
    sequences: `SELECT sequence_name FROM information_schema.sequences
                WHERE sequence_schema = 'public' AND sequence_name <> 'migrations_id_seq'
                ORDER BY 1`,
    types: `SELECT typname, typtype FROM pg_type t
            WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'r', 'm')
              AND NOT EXISTS (${PART_OF_AN_EXTENSION.replace('$oid', 't.oid')})
            ORDER BY 1`,
    functions: `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p
                WHERE pronamespace = 'public'::regnamespace
                  AND NOT EXISTS (${PART_OF_AN_EXTENSION.replace('$oid', 'p.oid')})
                ORDER BY 1`,
    triggers: `SELECT tgrelid::regclass::text AS table, tgname FROM pg_trigger
               WHERE NOT tgisinternal ORDER BY 1, 2`,
    extensions: `SELECT extname, extversion FROM pg_extension ORDER BY 1`,
  };
  const schema: Record<string, unknown[]> = {};
  for (const [kind, sql] of Object.entries(queries)) {
    schema[kind] = await dataSource.query<unknown[]>(sql);
  }
  return schema;
}

async function appliedNames(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ name: string }[]>(
    'SELECT name FROM migrations ORDER BY timestamp, id',
  );
  return rows.map((row) => row.name);
}

describe('runMigrations', () => {
  let database: TestDatabase;
  let first: DataSource;
  let second: DataSource;

  beforeEach(async () => {
    database = await createEmptyDatabase();
    first = await new DataSource(dataSourceOptions(database.url)).initialize();
    second = await new DataSource(dataSourceOptions(database.url)).initialize();
  });

  afterEach(async () => {
    await first?.destroy();
    await second?.destroy();
    await database?.drop();
  });

  it('applies every migration exactly once when two processes migrate at the same time', async () => {
    const [byFirst, bySecond] = await Promise.all([runMigrations(first), runMigrations(second)]);

    // One process did the work; the other waited for the lock and found nothing left to do.
    const applied = [...byFirst, ...bySecond].map((migration) => migration.name);
    expect(applied).toEqual(MIGRATION_NAMES);
    expect(await appliedNames(first)).toEqual(MIGRATION_NAMES);
  });

  it('applies nothing on a second run', async () => {
    await runMigrations(first);
    const schema = await schemaOf(first);

    expect(await runMigrations(second)).toEqual([]);
    expect(await runMigrations(first)).toEqual([]);
    expect(await appliedNames(first)).toEqual(MIGRATION_NAMES);
    expect(await schemaOf(first)).toEqual(schema);
  });

  it('reverts every migration with its down, and applies them again with their up', async () => {
    const empty = await schemaOf(first);
    await runMigrations(first);
    const migrated = await schemaOf(first);
    expect(migrated.columns).not.toEqual([]);

    for (let step = 0; step < MIGRATIONS.length; step++) {
      await first.undoLastMigration({ transaction: 'each' });
    }
    expect(await appliedNames(first)).toEqual([]);
    expect(await schemaOf(first)).toEqual(empty);

    const reapplied = await runMigrations(second);
    expect(reapplied.map((migration) => migration.name)).toEqual(MIGRATION_NAMES);
    expect(await schemaOf(second)).toEqual(migrated);
  });
});
