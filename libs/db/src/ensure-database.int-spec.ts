import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '@app/config';
import { ensureDatabase } from './ensure-database';

describe('ensureDatabase', () => {
  const base = new URL(loadConfig(process.env).databaseUrl);
  const name = `ps_ensure_${randomBytes(4).toString('hex')}`;
  const url = (database: string) => Object.assign(new URL(base), { pathname: `/${database}` });

  afterAll(async () => {
    const client = new Client({ connectionString: url('postgres').toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });

  it('creates a missing database once when several processes start at the same moment', async () => {
    await Promise.all(Array.from({ length: 6 }, () => ensureDatabase(url(name).toString())));
    const client = new Client({ connectionString: url(name).toString() });
    await client.connect();
    expect((await client.query('SELECT current_database() AS name')).rows).toEqual([{ name }]);
    await client.end();
  });
});
