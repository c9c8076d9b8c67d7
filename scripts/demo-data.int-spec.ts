import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/db';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { DEMO_USERS, seedDemoData } from './demo-data';

describe('the demo data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const count = async (table: string) =>
    (await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('loads a user of every role with their organisation, and changes nothing when loaded again', async () => {
    const now = new Date('2026-09-01T08:00:00Z');
    await seedDemoData(dataSource, now);
    const tables = [
      'schools',
      'school_closed_dates',
      'companies',
      'partners',
      'users',
      'memberships',
    ];
    const first = await Promise.all(tables.map(count));
    await seedDemoData(dataSource, now);
    expect(await Promise.all(tables.map(count))).toEqual(first);

    expect(first).toEqual([2, 12, 3, 1, DEMO_USERS.length, DEMO_USERS.length]);
    const roles = await dataSource.query<{ role: string }[]>(
      `SELECT DISTINCT role FROM memberships ORDER BY role`,
    );
    expect(roles.map((row) => row.role)).toEqual([
      'admin',
      'contact',
      'coordinator',
      'teacher',
      'volunteer',
    ]);
  });
});
