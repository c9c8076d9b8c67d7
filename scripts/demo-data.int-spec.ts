import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/db';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { loadConfig } from '@app/config';
import { seedDemoAdoptions } from './demo-adoptions';
import { DEMO_USERS, seedDemoData } from './demo-data';
import { seedDemoPartnerships } from './demo-partnerships';
import { seedDemoVolunteering } from './demo-volunteering';

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

    expect(first).toEqual([2, 12, 4, 3, DEMO_USERS.length, DEMO_USERS.length]);
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

  it('gives each demo class an adoption with a confirmed autumn visit, its preparation and a spring request', async () => {
    const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
    await seedDemoAdoptions(config);
    await seedDemoAdoptions(config);

    const adoptions = await dataSource.query<{ label: string; status: string; ends_on: string }[]>(
      `SELECT classes.label, adoptions.status, to_char(adoptions.ends_on, 'YYYY-MM-DD') AS ends_on
       FROM adoptions JOIN classes ON classes.id = adoptions.class_id ORDER BY classes.label`,
    );
    expect(adoptions).toEqual([
      { label: '2.A', status: 'active', ends_on: '2034-06-30' },
      { label: '7.A', status: 'active', ends_on: '2029-06-30' },
    ]);
    const visits = await dataSource.query<
      { label: string; kind: string; status: string; term: string }[]
    >(
      `SELECT classes.label, visits.kind, visits.status, visits.term FROM visits
       JOIN classes ON classes.id = visits.class_id ORDER BY classes.label, visits.created_at`,
    );
    expect(visits).toEqual(
      ['2.A', '7.A'].flatMap((label) => [
        { label, kind: 'preparation', status: 'confirmed', term: '2026/27-autumn' },
        { label, kind: 'class-visit', status: 'confirmed', term: '2026/27-autumn' },
        { label, kind: 'class-visit', status: 'requested', term: '2026/27-spring' },
      ]),
    );
    // Each contact person has logged the first meeting, once however often the demo runs.
    const logged = await dataSource.query<{ activity: string; hours: string }[]>(
      `SELECT activity, hours::text FROM hours_entries ORDER BY adoption_id`,
    );
    expect(logged).toEqual([
      { activity: 'planning', hours: '1.50' },
      { activity: 'planning', hours: '1.50' },
    ]);
    // LEGO's engineer is invited to 7.A's December visit.
    const hosts = await dataSource.query<{ email: string; kind: string; label: string }[]>(
      `SELECT users.email, visits.kind, classes.label FROM visit_hosts
       JOIN users ON users.id = visit_hosts.user_id
       JOIN visits ON visits.id = visit_hosts.visit_id
       JOIN classes ON classes.id = visits.class_id
       WHERE visit_hosts.removed_at IS NULL`,
    );
    expect(hosts).toEqual([{ email: 'line.bech@lego.example', kind: 'class-visit', label: '7.A' }]);
  });

  it("runs the boys' club on Wednesdays outside the holidays, with a volunteer committed to it", async () => {
    const config = loadConfig({
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      CLOCK_START: '2026-10-01T08:00:00+02:00',
    });
    await seedDemoVolunteering(config);
    await seedDemoVolunteering(config);

    const shifts = await dataSource.query<{ date: string; start: string }[]>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date,
              to_char(start_at AT TIME ZONE 'Europe/Copenhagen', 'HH24:MI') AS start
       FROM shifts ORDER BY start_at`,
    );
    // Twelve weeks of Wednesdays from 1 October, less the autumn break and Christmas.
    expect(shifts.map((shift) => shift.date)).toEqual([
      '2026-10-07',
      '2026-10-21',
      '2026-10-28',
      '2026-11-04',
      '2026-11-11',
      '2026-11-18',
      '2026-11-25',
      '2026-12-02',
      '2026-12-09',
      '2026-12-16',
    ]);
    expect(new Set(shifts.map((shift) => shift.start))).toEqual(new Set(['16:00']));
    const [places] = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM signups
       JOIN users ON users.id = signups.user_id
       WHERE users.email = 'amir.haddad@skandia.example' AND signups.status = 'confirmed'`,
    );
    expect(places.n).toBe(shifts.length);
  });

  it("gives BRFkredit's computers a year recorded and a target, requests answered and not, and the partnerships agreements", async () => {
    const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
    await seedDemoPartnerships(config);
    await seedDemoPartnerships(config);

    const years = await dataSource.query<
      { year: number; target: number | null; units: number | null }[]
    >(`SELECT year, target, recorded_units AS units FROM donation_years ORDER BY year`);
    expect(years).toEqual([
      { year: 2025, target: null, units: 153 },
      { year: 2026, target: 200, units: null },
    ]);
    const allocations = await dataSource.query<
      {
        partner: string;
        status: string;
        requested: number;
        approved: number | null;
        delivered: number | null;
      }[]
    >(
      `SELECT partners.name AS partner, status, requested_units AS requested,
              approved_units AS approved, delivered_units AS delivered
       FROM donation_allocations JOIN partners ON partners.id = donation_allocations.partner_id
       ORDER BY donation_allocations.created_at`,
    );
    expect(allocations).toEqual([
      {
        partner: 'Netcaféen i Nørremarken',
        status: 'delivered',
        requested: 40,
        approved: 40,
        delivered: 40,
      },
      {
        partner: 'Lektiecaféen Vejle Øst',
        status: 'prepared',
        requested: 25,
        approved: 20,
        delivered: null,
      },
      {
        partner: 'Netcaféen i Nørremarken',
        status: 'requested',
        requested: 10,
        approved: null,
        delivered: null,
      },
    ]);
    // The two adoptions' and the boys' club's agreements, each accepted by both sides.
    const agreements = await dataSource.query<{ sides: number; criteria: number }[]>(
      `SELECT jsonb_array_length(jsonb_path_query_array(acceptances, '$.keyvalue()')) AS sides,
              jsonb_array_length(criteria) AS criteria
       FROM agreement_versions ORDER BY written_at`,
    );
    expect(agreements).toEqual([
      { sides: 2, criteria: 2 },
      { sides: 2, criteria: 2 },
      { sides: 2, criteria: 2 },
    ]);
  });
});
