// The benchmark's data set, written once into a template database and copied for each run, so
// every run starts from the same rows and nothing a run changes reaches the next.
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ensureDatabase, runMigrations } from '@app/db';
import { MIGRATIONS } from '@app/db/migrations';

/** How big the data set is. */
export interface Scale {
  name: string;
  /** Volunteers, each with `placesEach` places (the feed's events) on two programmes' shifts. */
  volunteers: number;
  placesEach: number;
  programmes: number;
  /** Adoptions, each with a teacher, a contact person and `visitsEach` visits of history. */
  adoptions: number;
  visitsEach: number;
  /** Admins reading reports (each may read 30 a minute). */
  readers: number;
  /** Seconds each timed scenario runs, and how many messages the mail scenarios send. */
  seconds: number;
  messages: number;
}

export const FULL: Scale = {
  name: 'full',
  volunteers: 1_000,
  placesEach: 100,
  programmes: 50,
  adoptions: 200,
  visitsEach: 500,
  readers: 400,
  seconds: 10,
  messages: 1_000,
};

/** The people measured while the database grows around them: 10,000 events of their own. */
export const GROWTH: Scale = {
  name: 'growth',
  volunteers: 100,
  placesEach: 99,
  programmes: 10,
  adoptions: 20,
  visitsEach: 5,
  readers: 20,
  seconds: 5,
  messages: 0,
};

export const SMOKE: Scale = {
  name: 'smoke',
  volunteers: 20,
  placesEach: 10,
  programmes: 4,
  adoptions: 10,
  visitsEach: 5,
  readers: 5,
  seconds: 1,
  messages: 10,
};

/** Deterministic ids, so that the seed and the run can find rows without reading them back. */
export const id = (kind: string, n: string) =>
  // A valid version 4 UUID (the API's parameters accept no other), from a hash.
  `overlay(overlay(md5('bench:${kind}:' || ${n}) placing '4' from 13) placing '8' from 17)::uuid`;

/** The statements that write a scale's data set; dates are relative to the day it is written. */
/** How many companies a scale has: one for ten adoptions, and at most one per programme. */
export const companiesOf = (scale: Scale) =>
  Math.min(scale.programmes, Math.max(2, Math.ceil(scale.adoptions / 10)));

function seedStatements(scale: Scale): string[] {
  const companies = companiesOf(scale);
  const partners = Math.max(1, Math.ceil(scale.programmes / 10));
  const schools = Math.max(1, Math.ceil(scale.adoptions / 10));
  const perProgramme = Math.ceil((2 * scale.volunteers) / scale.programmes);
  const user = (kind: string, count: number) =>
    `INSERT INTO users (id, email, name, locale, created_at)
     SELECT ${id(kind, 'n')}, 'bench-${kind}-' || n || '@bench.test', 'Bench ${kind} ' || n, 'da',
            now() - interval '2 years'
     FROM generate_series(1, ${count}) AS n`;
  // The school year and term a date falls in (August starts a school year).
  const term = (date: string) =>
    `(CASE WHEN extract(month FROM ${date}) >= 8
       THEN extract(year FROM ${date})::int || '/' || lpad(((extract(year FROM ${date})::int + 1) % 100)::text, 2, '0') || '-autumn'
       ELSE (extract(year FROM ${date})::int - 1) || '/' || lpad((extract(year FROM ${date})::int % 100)::text, 2, '0') || '-spring' END)`;
  const weekday = (date: string) =>
    `(${date} + CASE extract(isodow FROM ${date}) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)`;
  const local = (date: string, time: string) =>
    `((${date})::date + time '${time}') AT TIME ZONE 'Europe/Copenhagen'`;
  const slots = (date: string, start: string, end: string) =>
    `jsonb_build_array(jsonb_build_object('start', to_char(${local(date, start)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'), 'end', to_char(${local(date, end)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"')))`;
  const schoolYear = `substring(${term('current_date')} from 1 for 7)`;
  return [
    user('volunteer', scale.volunteers),
    user('teacher', scale.adoptions),
    user('contact', scale.adoptions),
    user('admin', scale.readers),
    `INSERT INTO memberships (user_id, role, created_at)
     SELECT ${id('admin', 'n')}, 'admin', now() FROM generate_series(1, ${scale.readers}) AS n`,
    `INSERT INTO companies (id, name, city, csr_model, created_at)
     SELECT ${id('company', 'n')}, 'Bench company ' || n, 'Vejle', 'integrated', now()
     FROM generate_series(1, ${companies}) AS n`,
    `INSERT INTO partners (id, name, city, created_at)
     SELECT ${id('partner', 'n')}, 'Bench partner ' || n, 'Vejle', now()
     FROM generate_series(1, ${partners}) AS n`,
    `INSERT INTO schools (id, name, city, timezone, school_year_start, last_school_day, created_at)
     SELECT ${id('school', 'n')}, 'Bench school ' || n, 'Vejle', 'Europe/Copenhagen', '08-01', '06-30', now()
     FROM generate_series(1, ${schools}) AS n`,
    `INSERT INTO memberships (user_id, role, company_id, created_at)
     SELECT ${id('volunteer', 'n')}, 'volunteer', ${id('company', `((n - 1) % ${companies} + 1)`)}, now()
     FROM generate_series(1, ${scale.volunteers}) AS n`,
    // Weekly programmes, Monday to Friday in turn, from 100 days ago.
    `INSERT INTO programmes (id, partner_id, title, location, timezone, weekdays, start_time, end_time,
                             starts_on, capacity_min, capacity_max, created_at, updated_at)
     SELECT ${id('programme', 'n')}, ${id('partner', `((n - 1) % ${partners} + 1)`)},
            'Bench club ' || n, 'Klubhuset', 'Europe/Copenhagen', ARRAY[(n - 1) % 5 + 1], '16:00', '18:00',
            current_date - 100, 1, ${perProgramme + 20}, now() - interval '100 days', now() - interval '100 days'
     FROM generate_series(1, ${scale.programmes}) AS n`,
    `INSERT INTO programme_companies (programme_id, company_id)
     SELECT ${id('programme', 'n')}, ${id('company', `((n - 1) % ${companies} + 1)`)}
     FROM generate_series(1, ${scale.programmes}) AS n`,
    // Its shifts from 13 weeks ago to a year ahead, except the 12 weeks the materialiser fills.
    `INSERT INTO shifts (programme_id, date, start_at, end_at, status, revision, created_at)
     SELECT ${id('programme', 'n')}, day, ${local('day', '16:00')}, ${local('day', '18:00')},
            'scheduled', 1, now()
     FROM generate_series(1, ${scale.programmes}) AS n,
          generate_series(current_date - 91, current_date + 365, interval '1 day') AS day
     WHERE extract(isodow FROM day) = (n - 1) % 5 + 1
       AND NOT (day >= current_date AND day < current_date + 84)`,
    // Each volunteer's places: the shifts of two programmes, held ones attended for two hours.
    `INSERT INTO signups (shift_id, user_id, status, attended, hours, revision, created_at)
     SELECT shift_id, user_id, 'confirmed', CASE WHEN past THEN true END, CASE WHEN past THEN 2 END,
            1, now()
     FROM (
       SELECT shifts.id AS shift_id, ${id('volunteer', 'n')} AS user_id, shifts.date < current_date AS past,
              row_number() OVER (PARTITION BY n ORDER BY shifts.date, shifts.id) AS k
       FROM generate_series(1, ${scale.volunteers}) AS n
       JOIN shifts ON shifts.programme_id IN (
         ${id('programme', `((n - 1) % ${scale.programmes} + 1)`)},
         ${id('programme', `(n % ${scale.programmes} + 1)`)})
     ) AS places WHERE k <= ${scale.placesEach}`,
    `INSERT INTO classes (id, school_id, label, grade, school_year, pupils, created_at)
     SELECT ${id('class', 'n')}, ${id('school', `((n - 1) % ${schools} + 1)`)}, '7.' || n, 7,
            ${schoolYear}, 24, now()
     FROM generate_series(1, ${scale.adoptions}) AS n`,
    `INSERT INTO class_teachers (class_id, user_id)
     SELECT ${id('class', 'n')}, ${id('teacher', 'n')} FROM generate_series(1, ${scale.adoptions}) AS n`,
    `INSERT INTO memberships (user_id, role, school_id, created_at)
     SELECT ${id('teacher', 'n')}, 'teacher', ${id('school', `((n - 1) % ${schools} + 1)`)}, now()
     FROM generate_series(1, ${scale.adoptions}) AS n`,
    `INSERT INTO memberships (user_id, role, company_id, created_at)
     SELECT ${id('contact', 'n')}, 'contact', ${id('company', `((n - 1) % ${companies} + 1)`)}, now()
     FROM generate_series(1, ${scale.adoptions}) AS n`,
    `INSERT INTO adoptions (id, class_id, company_id, contact_person_id, status, starts_on, ends_on,
                            hours_budget_per_term, created_at)
     SELECT ${id('adoption', 'n')}, ${id('class', 'n')}, ${id('company', `((n - 1) % ${companies} + 1)`)},
            ${id('contact', 'n')}, 'active', current_date - 400, current_date + 1000, 10, now()
     FROM generate_series(1, ${scale.adoptions}) AS n`,
    // History: proposals declined long ago, one a day back from last year.
    `INSERT INTO visits (adoption_id, class_id, contact_person_id, kind, status, term, location, agenda,
                         slots, proposed_by_side, proposed_by, revision, created_at, updated_at)
     SELECT ${id('adoption', 'n')}, ${id('class', 'n')}, ${id('contact', 'n')}, 'class-visit', 'declined',
            ${term('(current_date - 365 - j)')}, 'Bench', 'Rundvisning',
            ${slots('current_date - 365 - j', '09:00', '12:00')}, 'school', ${id('teacher', 'n')}, 1,
            now() - interval '1 year', now() - interval '1 year'
     FROM generate_series(1, ${scale.adoptions}) AS n, generate_series(1, ${scale.visitsEach} - 2) AS j`,
    // A class visit held last school year, with its contact hours.
    `INSERT INTO visits (id, adoption_id, class_id, contact_person_id, kind, status, term, location, agenda,
                         slots, proposed_by_side, proposed_by, start_at, end_at, pupils_attended, revision,
                         created_at, updated_at)
     SELECT ${id('held', 'n')}, ${id('adoption', 'n')}, ${id('class', 'n')}, ${id('contact', 'n')},
            'class-visit', 'completed', ${term(`${weekday('(current_date - 300 - n % 20)')}`)}, 'Bench',
            'Rundvisning', ${slots(weekday('(current_date - 300 - n % 20)'), '09:00', '12:00')}, 'school',
            ${id('teacher', 'n')}, ${local(weekday('(current_date - 300 - n % 20)'), '09:00')},
            ${local(weekday('(current_date - 300 - n % 20)'), '12:00')}, 22, 2, now(), now()
     FROM generate_series(1, ${scale.adoptions}) AS n`,
    `INSERT INTO hours_entries (adoption_id, user_id, date, term, hours, activity, visit_id, created_at)
     SELECT adoption_id, contact_person_id, (start_at AT TIME ZONE 'Europe/Copenhagen')::date, term, 3,
            'visit', id, now()
     FROM visits WHERE status = 'completed'`,
    // A preparation meeting the teacher asked for, waiting for the contact person to confirm it.
    `INSERT INTO visits (id, adoption_id, class_id, contact_person_id, kind, status, term, location, agenda,
                         slots, proposed_by_side, proposed_by, revision, created_at, updated_at)
     SELECT ${id('requested', 'n')}, ${id('adoption', 'n')}, ${id('class', 'n')}, ${id('contact', 'n')},
            'preparation', 'requested', ${term(weekday('(current_date + 14 + n % 10)'))}, 'Bench', 'Planlægning',
            ${slots(weekday('(current_date + 14 + n % 10)'), '14:00', '15:00')}, 'school', ${id('teacher', 'n')},
            1, now(), now()
     FROM generate_series(1, ${scale.adoptions}) AS n`,
    `INSERT INTO calendar_versions (user_id) SELECT id FROM users`,
    `CREATE TABLE bench_scratch (id bigserial PRIMARY KEY, payload text NOT NULL)`,
    `CREATE TABLE bench_shift_copy (LIKE shifts)`,
    'ANALYZE',
  ];
}

/** Events the scale's people have: their places and their adoptions' visits. */
export const eventsOf = (scale: Scale) =>
  scale.volunteers * scale.placesEach + scale.adoptions * scale.visitsEach;

/**
 * Other people's events, none of them in a measured feed or the measured company's report: half
 * places on a hundred other programmes' shifts, half visits of a hundred other adoptions.
 */
function fillerStatements(events: number): string[] {
  if (events <= 0) return [];
  const each = 100;
  const people = Math.ceil(events / 2 / each);
  const visitsEach = Math.ceil(events / 2 / each);
  return [
    `INSERT INTO partners (id, name, city, created_at)
     VALUES (${id('filler-partner', '1')}, 'Filler partner', 'Vejle', now())`,
    `INSERT INTO companies (id, name, city, csr_model, created_at)
     VALUES (${id('filler-company', '1')}, 'Filler company', 'Vejle', 'integrated', now())`,
    `INSERT INTO schools (id, name, city, timezone, school_year_start, last_school_day, created_at)
     VALUES (${id('filler-school', '1')}, 'Filler school', 'Vejle', 'Europe/Copenhagen', '08-01', '06-30', now())`,
    `INSERT INTO users (id, email, name, locale, created_at)
     SELECT ${id('filler', 'n')}, 'bench-filler-' || n || '@bench.test', 'Filler ' || n, 'da', now()
     FROM generate_series(1, ${Math.max(people, each)}) AS n`,
    `INSERT INTO programmes (id, partner_id, title, location, timezone, weekdays, start_time, end_time,
                             starts_on, ends_on, capacity_min, capacity_max, created_at, updated_at)
     SELECT ${id('filler-programme', 'n')}, ${id('filler-partner', '1')}, 'Filler club ' || n, 'Hallen',
            'Europe/Copenhagen', ARRAY[1, 2, 3, 4, 5, 6, 7], '10:00', '11:00', current_date - 60,
            current_date + 60, 1, 10000, now(), now()
     FROM generate_series(1, ${each}) AS n`,
    `INSERT INTO shifts (programme_id, date, start_at, end_at, status, revision, created_at)
     SELECT ${id('filler-programme', 'n')}, current_date - 50 + k,
            ((current_date - 50 + k) + time '10:00') AT TIME ZONE 'Europe/Copenhagen',
            ((current_date - 50 + k) + time '11:00') AT TIME ZONE 'Europe/Copenhagen', 'scheduled', 1, now()
     FROM generate_series(1, ${each}) AS n, generate_series(1, ${each}) AS k`,
    `INSERT INTO signups (shift_id, user_id, status, revision, created_at)
     SELECT shifts.id, ${id('filler', 'n')}, 'confirmed', 1, now()
     FROM generate_series(1, ${people}) AS n
     JOIN shifts ON shifts.programme_id = ${id('filler-programme', `((n - 1) % ${each} + 1)`)}`,
    `INSERT INTO classes (id, school_id, label, grade, school_year, pupils, created_at)
     SELECT ${id('filler-class', 'n')}, ${id('filler-school', '1')}, 'F.' || n, 7, '2026/27', 24, now()
     FROM generate_series(1, ${each}) AS n`,
    `INSERT INTO adoptions (id, class_id, company_id, contact_person_id, status, starts_on, ends_on,
                            hours_budget_per_term, created_at)
     SELECT ${id('filler-adoption', 'n')}, ${id('filler-class', 'n')}, ${id('filler-company', '1')},
            ${id('filler', 'n')}, 'active', current_date - 400, current_date + 1000, 10, now()
     FROM generate_series(1, ${each}) AS n`,
    `INSERT INTO visits (adoption_id, class_id, contact_person_id, kind, status, term, location, agenda,
                         slots, proposed_by_side, proposed_by, revision, created_at, updated_at)
     SELECT ${id('filler-adoption', 'n')}, ${id('filler-class', 'n')}, ${id('filler', 'n')}, 'class-visit',
            'declined', '2020/21-autumn', 'Filler', 'Rundvisning',
            jsonb_build_array(jsonb_build_object('start', '2020-10-07T07:00:00.000Z', 'end', '2020-10-07T10:00:00.000Z')),
            'school', ${id('filler', 'n')}, 1, now(), now()
     FROM generate_series(1, ${each}) AS n, generate_series(1, ${visitsEach}) AS j`,
    `INSERT INTO calendar_versions (user_id) SELECT id FROM users ON CONFLICT DO NOTHING`,
    'ANALYZE',
  ];
}

const databaseUrl = (base: string, name: string) => {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * Makes sure the template for the scale holds today's data set (written again when the day, the
 * scale or the migrations changed), then copies it into the database the run uses.
 */
export async function prepareDatabase(
  baseUrl: string,
  scale: Scale,
  fillerEvents = 0,
): Promise<string> {
  const name = fillerEvents > 0 ? `${scale.name}_${fillerEvents}` : scale.name;
  const template = `partnership_scheduler_bench_${name}_seed`;
  const run = `partnership_scheduler_bench_${name}`;
  const statements = [...seedStatements(scale), ...fillerStatements(fillerEvents)];
  const key = createHash('sha256')
    .update(JSON.stringify([statements, MIGRATIONS.length, new Date().toISOString().slice(0, 10)]))
    .digest('hex');
  const admin = new Client({ connectionString: databaseUrl(baseUrl, 'postgres') });
  await admin.connect();
  try {
    const templateUrl = databaseUrl(baseUrl, template);
    let current = false;
    const exists =
      (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template])).rowCount! > 0;
    if (exists) {
      const client = new Client({ connectionString: templateUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ key: string }>(
          `SELECT key FROM bench_seed WHERE key = $1`,
          [key],
        );
        current = rows.length > 0;
      } catch {
        current = false;
      } finally {
        await client.end();
      }
    }
    if (!current) {
      const started = Date.now();
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await ensureDatabase(templateUrl);
      const dataSource = await new DataSource(dataSourceOptions(templateUrl)).initialize();
      try {
        await runMigrations(dataSource);
        await dataSource.transaction(async (manager) => {
          // The seed writes consistent rows itself: no triggers, and versions set at the end.
          await manager.query(`SET LOCAL session_replication_role = replica`);
          for (const statement of statements) await manager.query(statement);
          await manager.query(`CREATE TABLE bench_seed (key text NOT NULL)`);
          await manager.query(`INSERT INTO bench_seed (key) VALUES ($1)`, [key]);
        });
        await dataSource.query('ANALYZE');
      } finally {
        await dataSource.destroy();
      }
      process.stderr.write(
        `Seeded ${template} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
      );
    }
    await admin.query(`DROP DATABASE IF EXISTS ${run} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${run} TEMPLATE ${template}`);
    return databaseUrl(baseUrl, run);
  } finally {
    await admin.end();
  }
}
