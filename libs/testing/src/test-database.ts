import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
// Shared with the global setup, which runs before TypeScript is set up.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const databases = require('../../../test/support/test-databases.js') as {
  TEMPLATE_DATABASE: string;
  databaseUrl(name: string): string;
  serverUrl(): string;
};

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A database of the test file's own, cloned from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ps_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: databases.serverUrl() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${databases.TEMPLATE_DATABASE}"`);
  } finally {
    await client.end();
  }
  return {
    name,
    url: databases.databaseUrl(name),
    async drop() {
      const admin = new Client({ connectionString: databases.serverUrl() });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** An empty database (no template), for testing migrations themselves. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `ps_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: databases.serverUrl() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`).finally(() => client.end());
  return {
    name,
    url: databases.databaseUrl(name),
    async drop() {
      const admin = new Client({ connectionString: databases.serverUrl() });
      await admin.connect();
      await admin
        .query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        .finally(() => admin.end());
    },
  };
}
