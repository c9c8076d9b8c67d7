// npm run bench: calendar feed requests per second with 1,000 users and 100,000 events, for a
// full feed and for a poll answered 304, and impact reports over the same 100,000 places. A
// benchmark, not a test: it prints figures.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { AccessTokenClaims, CalendarFeedService } from '@app/core';
import { dataSourceOptions, ensureDatabase, runMigrations } from '@app/db';
import { ApiModule } from '../apps/api/src/api.module';
import { configureApp } from '../apps/api/src/configure-app';

const USERS = 1_000;
const SHIFTS = 100;
const SECONDS = 10;
const CONCURRENCY = 8;
/** Reports are limited to 30 a minute per person: many admins read them, as in a municipality. */
const REPORT_READERS = 100;

async function seed(dataSource: DataSource): Promise<void> {
  const [{ n }] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM signups`);
  if (n >= USERS * SHIFTS) return;
  // Every one of 1,000 volunteers has a place on each of 100 shifts in the coming year.
  await dataSource.query(`
    WITH partner AS (
      INSERT INTO partners (name, city, created_at) VALUES ('Bench', 'Vejle', now()) RETURNING id
    ), company AS (
      INSERT INTO companies (name, city, csr_model, created_at)
      VALUES ('Bench', 'Vejle', 'integrated', now()) RETURNING id
    ), programme AS (
      INSERT INTO programmes (partner_id, title, location, timezone, weekdays, start_time, end_time,
                              starts_on, capacity_min, capacity_max, created_at, updated_at)
      SELECT id, 'Bench club', 'Klubhuset', 'Europe/Copenhagen', '{3}', '16:00', '18:00',
             current_date, 1, ${USERS}, now(), now() FROM partner RETURNING id
    ), shifts AS (
      INSERT INTO shifts (programme_id, date, start_at, end_at, status, revision, created_at)
      SELECT programme.id, (current_date + day * 3),
             (current_date + day * 3) + time '14:00', (current_date + day * 3) + time '16:00',
             'scheduled', 1, now()
      FROM programme, generate_series(1, ${SHIFTS}) AS day RETURNING id
    ), users AS (
      INSERT INTO users (email, name, locale, created_at)
      SELECT 'bench-' || i || '@bench.test', 'Bench ' || i, 'da', now()
      FROM generate_series(1, ${USERS}) AS i RETURNING id
    ), members AS (
      INSERT INTO memberships (user_id, role, company_id, created_at)
      SELECT users.id, 'volunteer', company.id, now() FROM users, company
    )
    INSERT INTO signups (shift_id, user_id, status, revision, created_at)
    SELECT shifts.id, users.id, 'confirmed', 1, now() FROM shifts, users`);
  await dataSource.query('ANALYZE');
}

/**
 * What the reports read: the club names the company, the first half of the shifts have been
 * held with everyone there, and admins read the reports.
 */
async function prepareReports(dataSource: DataSource): Promise<string[]> {
  await dataSource.query(`
    INSERT INTO programme_companies (programme_id, company_id)
    SELECT programmes.id, companies.id FROM programmes, companies
    WHERE programmes.title = 'Bench club' AND companies.name = 'Bench'
    ON CONFLICT DO NOTHING`);
  await dataSource.query(`
    UPDATE signups SET attended = true, hours = 2
    WHERE attended IS NULL AND shift_id IN (
      SELECT id FROM shifts ORDER BY start_at LIMIT ${SHIFTS / 2})`);
  await dataSource.query('ANALYZE');
  await dataSource.query(`
    WITH added AS (
      INSERT INTO users (email, name, locale, created_at)
      SELECT 'bench-admin-' || i || '@admin.test', 'Bench admin ' || i, 'da', now()
      FROM generate_series(1, ${REPORT_READERS}) AS i
      ON CONFLICT DO NOTHING RETURNING id
    )
    INSERT INTO memberships (user_id, role, created_at) SELECT id, 'admin', now() FROM added`);
  const admins = await dataSource.query<{ id: string }[]>(
    `SELECT id FROM users WHERE email LIKE 'bench-admin-%@admin.test' ORDER BY email`,
  );
  return admins.map((admin) => admin.id);
}

async function measure(
  urls: string[],
  headers: (url: string) => Record<string, string>,
  expectStatus: number,
): Promise<number> {
  let done = 0;
  let next = 0;
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const url = urls[next++ % urls.length];
        const response = await fetch(url, { headers: headers(url) });
        await response.arrayBuffer();
        if (response.status !== expectStatus) {
          throw new Error(`${url} answered ${response.status}, not ${expectStatus}`);
        }
        done += 1;
      }
    }),
  );
  return done / SECONDS;
}

async function main(): Promise<void> {
  const base = loadConfig(process.env);
  const url = new URL(base.databaseUrl);
  url.pathname = '/partnership_scheduler_bench';
  const config = loadConfig({ ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' });
  await ensureDatabase(config.databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  await runMigrations(dataSource);
  await seed(dataSource);

  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register({ config }), {
    logger: false,
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const feeds = app.get(CalendarFeedService);
  const users = await dataSource.query<{ id: string }[]>(
    `SELECT id FROM users WHERE email LIKE 'bench-%' ORDER BY email`,
  );
  const urls = await Promise.all(
    users.map(async ({ id }) => {
      const { feedUrl } = await feeds.urls({ userId: id } as never);
      return `http://127.0.0.1:${port}${new URL(feedUrl).pathname}`;
    }),
  );
  const etags = new Map<string, string>();
  for (const feedUrl of urls.slice(0, 200)) {
    etags.set(feedUrl, (await fetch(feedUrl)).headers.get('etag')!);
  }
  const sample = urls.slice(0, 200);

  const now = Math.floor(Date.now() / 1000);
  const jwt = app.get(JwtService, { strict: false });
  // Each admin's first session version.
  const tokens = await Promise.all(
    (await prepareReports(dataSource)).map((sub) => {
      const claims: AccessTokenClaims = { sub, sv: 1, iat: now, exp: now + 3600 };
      return jwt.signAsync(claims);
    }),
  );
  const [ids] = await dataSource.query<{ programme: string; company: string }[]>(
    `SELECT programmes.id AS programme, companies.id AS company
     FROM programmes, companies WHERE programmes.title = 'Bench club' AND companies.name = 'Bench'`,
  );
  const period = `from=${new Date().toISOString().slice(0, 10)}&to=${new Date(Date.now() + 320 * 86_400_000).toISOString().slice(0, 10)}`;
  let reads = 0;
  const asAdmin = () => ({ Authorization: `Bearer ${tokens[reads++ % tokens.length]}` });
  const api = `http://127.0.0.1:${port}/api/v1/reports`;
  const programmeReport = await measure(
    [`${api}/programmes/${ids.programme}?${period}`],
    asAdmin,
    200,
  );
  const companyReport = await measure([`${api}/companies/${ids.company}?${period}`], asAdmin, 200);

  const full = await measure(sample, () => ({}), 200);
  const unchanged = await measure(
    sample,
    (feedUrl) => ({ 'If-None-Match': etags.get(feedUrl)! }),
    304,
  );
  process.stdout.write(
    `Calendar feeds, ${USERS} users and ${USERS * SHIFTS} events, ${CONCURRENCY} clients, ${SECONDS} s each:\n` +
      `  full feed (${SHIFTS} events): ${full.toFixed(0)} requests/s\n` +
      `  unchanged, 304:              ${unchanged.toFixed(0)} requests/s\n` +
      `Impact reports over the same ${USERS * SHIFTS} places:\n` +
      `  programme report (${SHIFTS} shifts):  ${programmeReport.toFixed(0)} requests/s\n` +
      `  company report:                  ${companyReport.toFixed(0)} requests/s\n`,
  );
  await app.close();
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
