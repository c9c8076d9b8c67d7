// npm run bench [-- --smoke]: seeds its own database, starts the built API and worker as their
// own processes, and measures each hot path beside a baseline taken in the same run on the same
// machine. Prints a table and writes it as JSON to bench/results/<date>.json. A benchmark, not a
// test: it fails only when the product answers wrongly. The smoke run (tiny data, a second a
// scenario) is part of `npm test`, so the benchmark cannot rot.
import 'reflect-metadata';
import { Queue, Worker } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { loadConfig } from '@app/config';
import {
  Actor,
  AgreementsService,
  Clock,
  CompanyReportService,
  DonationProgrammesService,
  ProgrammeReportService,
} from '@app/core';
import { dataSourceOptions } from '@app/db';
import { MailTransport } from '@app/messaging';
import { CONNECTIONS, httpLoad, HttpRequest, Measured, measuredFrom, sqlLoad } from './load';
import { companiesOf, eventsOf, FULL, GROWTH, id, prepareDatabase, Scale, SMOKE } from './seed';

const smoke = process.argv.includes('--smoke');
const scale: Scale = smoke ? SMOKE : FULL;
const JWT_SECRET = 'benchmark-only-secret-of-forty-characters!';
const TARGET_RATIO = 0.5;
/**
 * Requests per feed in each feed scenario: a count, not a duration, so that the three of them
 * stay under the product's 60 requests a minute per feed however fast the machine is.
 */
const POLLS_PER_FEED = 12;
/** What calendar apps send with every poll. */
const ACCEPT_GZIP = { 'accept-encoding': 'gzip' };

interface Row {
  scenario: string;
  unit: string;
  measured: Measured;
  baseline: { name: string; measured: Measured } | null;
  ratio: number | null;
  /** One operation (a sweep): a throughput, and no latency to speak of. */
  single: boolean;
}

const rows: Row[] = [];
const notes: Record<string, number | string> = {};

function record(
  scenario: string,
  unit: string,
  measured: Measured,
  baseline?: { name: string; measured: Measured },
  single = false,
): void {
  rows.push({
    scenario,
    unit,
    measured,
    baseline: baseline ?? null,
    ratio: baseline ? measured.perSecond / baseline.measured.perSecond : null,
    single,
  });
  process.stderr.write(`  ${scenario}: ${measured.perSecond.toFixed(1)} ${unit}\n`);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, check: () => Promise<T | null | false>, ms = 120_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await sleep(100);
  }
}

/** An SMTP server that accepts everything, and counts. */
async function startSink(): Promise<{
  port: number;
  received: () => number;
  close(): Promise<void>;
}> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A built process of the product (`api` or `worker`), its log thrown away, its errors kept. */
function startProcess(name: 'api' | 'worker', env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join('dist', 'apps', name, 'src', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM' && !stopping) {
      process.stderr.write(`The ${name} stopped (${code ?? signal}):\n${errors}\n`);
      process.exit(1);
    }
  });
  return child;
}

let stopping = false;

/** Peak resident memory of a process so far (VmHWM), in MB. */
function peakRssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** The SQL statements a report runs, caught once, to run again as plain SQL. */
async function reportStatements(
  databaseUrl: string,
  run: (dataSource: DataSource, clock: Clock) => Promise<unknown>,
): Promise<[string, unknown[]][]> {
  const statements: [string, unknown[]][] = [];
  const logger: TypeOrmLogger = {
    logQuery: (query, parameters) => void statements.push([query, parameters ?? []]),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const dataSource = await new DataSource({
    ...dataSourceOptions(databaseUrl),
    logging: ['query'],
    logger,
  }).initialize();
  try {
    await run(dataSource, new Clock());
    return statements;
  } finally {
    await dataSource.destroy();
  }
}

/** The API on its own database, ready to answer. */
async function startApi(
  databaseUrl: string,
  extra: Record<string, string>,
): Promise<{ api: string; env: Record<string, string>; child: ChildProcess }> {
  const port = await freePort();
  const api = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: api,
    JWT_SECRET,
    BENCHMARK_ROUTES: 'true',
    LOG_LEVEL: 'info',
    ...extra,
  };
  const child = startProcess('api', env);
  await until('the API', () =>
    fetch(`${api}/health/ready`).then(
      (response) => response.ok,
      () => false,
    ),
  );
  return { api, env, child };
}

const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { algorithm: 'HS256' } });

/** Bearer tokens for the first `count` people of a kind, as a sign-in would give them. */
async function bearers(pool: Pool, kind: string, count: number): Promise<string[]> {
  const now = Math.floor(Date.now() / 1000);
  const { rows } = await pool.query<{ id: string }>(
    `SELECT ${id(kind, 'n')} AS id FROM generate_series(1, $1::int) AS n ORDER BY n`,
    [count],
  );
  return Promise.all(
    rows.map(
      async ({ id: sub }) =>
        `Bearer ${await jwt.signAsync({ sub, sv: 1, iat: now, exp: now + 7200 })}`,
    ),
  );
}

/** Each person's feed path, as their calendar settings show it. */
async function feedPathsOf(api: string, tokens: string[]): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < tokens.length; i += CONNECTIONS) {
    const answers = await Promise.all(
      tokens
        .slice(i, i + CONNECTIONS)
        .map((authorization) =>
          fetch(`${api}/api/v1/me/calendar`, { headers: { authorization } }).then(
            (response) => response.json() as Promise<{ feedUrl: string }>,
          ),
        ),
    );
    paths.push(...answers.map((answer) => new URL(answer.feedUrl).pathname));
  }
  return paths;
}

/** The last year, as the reports are asked for it. */
function lastYear(): { from: string; to: string } {
  return {
    from: new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10),
    to: new Date().toISOString().slice(0, 10),
  };
}

/**
 * Feed and company report latency for the same people, with ever more events around them: one
 * client at a time, so that the figures are the work of one request and not a queue.
 */
interface GrowthRow {
  events: number;
  feedFirstBuildP50Ms: number;
  feedUnchangedP50Ms: number;
  companyReportP50Ms: number;
}

const growth: GrowthRow[] = [];

async function measureGrowth(baseUrl: string): Promise<void> {
  const measured = smoke ? SMOKE : GROWTH;
  const own = eventsOf(measured);
  const sizes = smoke ? [own, own + 1_000] : [10_000, 100_000, 1_000_000];
  for (const events of sizes) {
    process.stderr.write(`Growth: ${events} events\n`);
    const databaseUrl = await prepareDatabase(baseUrl, measured, events - own);
    const pool = new Pool({ connectionString: databaseUrl, max: 2 });
    const { api, child } = await startApi(databaseUrl, {
      QUEUE_PREFIX: `bench_growth_${process.pid}`,
    });
    try {
      const count = Math.min(measured.volunteers, 100);
      const paths = await feedPathsOf(api, await bearers(pool, 'volunteer', count));
      const etags = new Map<string, string>();
      const firstBuild = await httpLoad(api, {
        amount: paths.length,
        connections: 1,
        expect: 200,
        next: (n) => ({ path: paths[n % paths.length], headers: ACCEPT_GZIP }),
        onResponse: (request, headers) => etags.set(request.path, headers.etag),
      });
      const unchanged = await httpLoad(api, {
        amount: paths.length * 10,
        connections: 1,
        expect: 304,
        next: (n) => {
          const path = paths[n % paths.length];
          return { path, headers: { ...ACCEPT_GZIP, 'if-none-match': etags.get(path)! } };
        },
      });
      const readers = await bearers(pool, 'admin', measured.readers);
      const [{ company }] = (
        await pool.query<{ company: string }>(`SELECT ${id('company', '1')} AS company`)
      ).rows;
      const period = lastYear();
      const report = await httpLoad(api, {
        amount: readers.length * 5,
        connections: 1,
        expect: 200,
        next: (n) => ({
          path: `/api/v1/reports/companies/${company}?from=${period.from}&to=${period.to}`,
          headers: { authorization: readers[n % readers.length] },
        }),
      });
      growth.push({
        events,
        feedFirstBuildP50Ms: firstBuild.p50Ms,
        feedUnchangedP50Ms: unchanged.p50Ms,
        companyReportP50Ms: report.p50Ms,
      });
    } finally {
      child.kill('SIGTERM');
      await pool.end();
    }
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const base = loadConfig(process.env);
  const databaseUrl = await prepareDatabase(base.databaseUrl, scale);
  const pool = new Pool({ connectionString: databaseUrl, max: CONNECTIONS + 2 });
  const sink = await startSink();
  const queuePrefix = `bench_${scale.name}_${process.pid}`;
  const started_ = await startApi(databaseUrl, {
    REDIS_URL: base.redisUrl,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    QUEUE_PREFIX: queuePrefix,
  });
  const { api, env } = started_;
  const apiProcess = started_.child;
  let workerProcess: ChildProcess | null = null;
  try {
    const people = async (kind: string, count: number) =>
      (
        await pool.query<{ id: string; n: number }>(
          `SELECT ${id(kind, 'n')} AS id, n FROM generate_series(1, $1::int) AS n ORDER BY n`,
          [count],
        )
      ).rows;
    const volunteerTokens = await bearers(pool, 'volunteer', scale.volunteers);
    const readerTokens = await bearers(pool, 'admin', scale.readers);

    // ---- Feeds ---------------------------------------------------------------------------
    process.stderr.write('Feeds\n');
    const feedPaths = await feedPathsOf(api, volunteerTokens);
    const feedBaseline = await httpLoad(api, {
      amount: feedPaths.length * POLLS_PER_FEED,
      expect: 200,
      next: (n) => ({
        path: feedPaths[n % feedPaths.length].replace('/feeds/', '/feeds/baseline/'),
        headers: ACCEPT_GZIP,
      }),
    });
    const etags = new Map<string, string>();
    const firstBuild = await httpLoad(api, {
      amount: feedPaths.length,
      expect: 200,
      next: (n) => ({ path: feedPaths[n % feedPaths.length], headers: ACCEPT_GZIP }),
      onResponse: (request, headers) => etags.set(request.path, headers.etag),
    });
    const baseline = { name: 'constant route, same guards', measured: feedBaseline };
    record(`feed, first build (${scale.placesEach} events)`, 'requests/s', firstBuild, baseline);
    const full = await httpLoad(api, {
      amount: feedPaths.length * POLLS_PER_FEED,
      expect: 200,
      next: (n) => ({ path: feedPaths[n % feedPaths.length], headers: ACCEPT_GZIP }),
    });
    record(`feed, full again (${scale.placesEach} events)`, 'requests/s', full, baseline);
    const unchanged = await httpLoad(api, {
      amount: feedPaths.length * POLLS_PER_FEED,
      expect: 304,
      next: (n) => {
        const path = feedPaths[n % feedPaths.length];
        // What Node's fetch and many calendar clients send with a conditional request.
        return {
          path,
          headers: {
            ...ACCEPT_GZIP,
            'if-none-match': etags.get(path)!,
            'cache-control': 'no-cache',
          },
        };
      },
    });
    record('feed, unchanged (304)', 'requests/s', unchanged, baseline);
    record('feed, constant route (baseline)', 'requests/s', feedBaseline);

    // ---- Reports -------------------------------------------------------------------------
    process.stderr.write('Reports\n');
    const period = lastYear();
    const [{ company, programme }] = (
      await pool.query<{ company: string; programme: string }>(
        `SELECT ${id('company', '1')} AS company, ${id('programme', '1')} AS programme`,
      )
    ).rows;
    const admin: Actor = {
      userId: (await people('admin', 1))[0].id,
      email: 'bench-admin-1@bench.test',
      name: 'Bench admin 1',
      locale: 'da',
      isAdmin: true,
      memberships: [],
    };
    const half = Math.max(1, Math.floor(readerTokens.length / 2));
    const reports = [
      {
        name: 'company report',
        path: `/api/v1/reports/companies/${company}?from=${period.from}&to=${period.to}`,
        readers: readerTokens.slice(0, half),
        statements: await reportStatements(databaseUrl, (dataSource, clock) =>
          new CompanyReportService(
            dataSource,
            clock,
            new AgreementsService(dataSource, clock),
            new DonationProgrammesService(dataSource, clock),
          ).report(admin, company, period),
        ),
      },
      {
        name: 'programme report',
        path: `/api/v1/reports/programmes/${programme}?from=${period.from}&to=${period.to}`,
        readers: readerTokens.slice(half),
        statements: await reportStatements(databaseUrl, (dataSource, clock) =>
          new ProgrammeReportService(dataSource, clock).report(admin, programme, period),
        ),
      },
    ];
    for (const report of reports) {
      // Each reader may read 30 reports a minute; five each stays well inside.
      const measured = await httpLoad(api, {
        amount: report.readers.length * 5,
        expect: 200,
        next: (n) => ({
          path: report.path,
          headers: { authorization: report.readers[n % report.readers.length] },
        }),
      });
      const plain = await sqlLoad(pool, { seconds: scale.seconds }, async (client) => {
        for (const [query, parameters] of report.statements) await client.query(query, parameters);
      });
      record(report.name, 'reports/s', measured, {
        name: `its ${report.statements.length} statements as plain SQL`,
        measured: plain,
      });
    }

    // ---- Writes --------------------------------------------------------------------------
    const [adminToken] = readerTokens;
    const writesPerOperation = async (operation: () => Promise<number>) => {
      const counted = async () =>
        Number(
          (
            await pool.query<{ n: string }>(
              `SELECT sum(n_tup_ins + n_tup_upd + n_tup_del)::bigint AS n FROM pg_stat_user_tables`,
            )
          ).rows[0].n,
        );
      await pool.query('SELECT pg_stat_clear_snapshot()');
      const before = await counted();
      const operations = await operation();
      // The statistics collector reports a little after the commit.
      await sleep(1500);
      await pool.query('SELECT pg_stat_clear_snapshot()');
      return Math.max(1, Math.round((await counted()) - before) / operations);
    };
    const inserts = (rowsEach: number, amount: number) =>
      sqlLoad(pool, { amount }, async (client) => {
        await client.query('BEGIN');
        for (let i = 0; i < rowsEach; i++) {
          await client.query(`INSERT INTO bench_scratch (payload) VALUES ($1)`, ['x'.repeat(200)]);
        }
        await client.query('COMMIT');
      });

    process.stderr.write('Materialising shifts\n');
    const materialiseStarted = new Date();
    let materialise: Measured | null = null;
    let materialised = 0;
    await writesPerOperation(async () => {
      const at = performance.now();
      const response = await fetch(`${api}/api/v1/admin/sweeps/materialise-shifts`, {
        method: 'POST',
        headers: { authorization: adminToken },
      });
      if (response.status !== 200) throw new Error(`materialise answered ${response.status}`);
      materialised = ((await response.json()) as { processed: number }).processed;
      materialise = measuredFrom(new Array<number>(materialised).fill(0), performance.now() - at);
      return 1;
    });
    if (materialised === 0) throw new Error('The materialiser made no shifts');
    const copyAt = performance.now();
    await pool.query(`INSERT INTO bench_shift_copy SELECT * FROM shifts WHERE created_at >= $1`, [
      materialiseStarted,
    ]);
    record(
      `materialise 12 weeks, ${scale.programmes} programmes`,
      'shifts/s',
      materialise!,
      {
        name: 'one INSERT … SELECT of the same rows',
        measured: measuredFrom(new Array<number>(materialised).fill(0), performance.now() - copyAt),
      },
      true,
    );

    // Each volunteer on a shift of a programme that their company takes part in (the n-th
    // programme belongs to the n-th company), all of a company's volunteers on the same shift.
    process.stderr.write('Taking places\n');
    const places = (
      await pool.query<{ shift: string }>(
        `SELECT (SELECT id FROM shifts
                 WHERE programme_id = ${id('programme', `((n - 1) % ${companiesOf(scale)} + 1)`)}
                   AND date >= current_date + 7 ORDER BY date LIMIT 1) AS shift
         FROM generate_series(1, $1::int) AS n ORDER BY n`,
        [scale.volunteers],
      )
    ).rows;
    /** A command many times over HTTP, beside as many raw inserts as each one writes rows. */
    const measureWrites = async (
      scenario: string,
      unit: string,
      expect: number,
      requests: HttpRequest[],
    ) => {
      let measured: Measured | null = null;
      const writes = await writesPerOperation(async () => {
        measured = await httpLoad(api, {
          amount: requests.length,
          expect,
          next: (n) => requests[n % requests.length],
        });
        return requests.length;
      });
      record(scenario, unit, measured!, {
        name: `${writes.toFixed(0)} single-row inserts each, through pg`,
        measured: await inserts(Math.round(writes), requests.length),
      });
    };
    await measureWrites(
      'a volunteer takes a place',
      'places/s',
      201,
      places.map(({ shift }, n) => ({
        method: 'POST',
        path: `/api/v1/shifts/${shift}/signups`,
        headers: { authorization: volunteerTokens[n] },
      })),
    );

    process.stderr.write('Confirming visits\n');
    const contactTokens = await bearers(pool, 'contact', scale.adoptions);
    await measureWrites(
      'a contact person confirms a visit',
      'visits/s',
      200,
      (await people('requested', scale.adoptions)).map(({ id: visit }, n) => ({
        method: 'POST',
        path: `/api/v1/visits/${visit}/confirm`,
        headers: { authorization: contactTokens[n] },
        body: JSON.stringify({ slot: 0 }),
      })),
    );

    // ---- Messages ------------------------------------------------------------------------
    process.stderr.write('Messages\n');
    workerProcess = startProcess('worker', env);
    // Everything due now (the sign-ups' and confirmations' mail) goes out first.
    await until(
      'the mail of the sign-ups and confirmations',
      async () =>
        Number(
          (
            await pool.query<{ n: string }>(
              `SELECT count(*) AS n FROM messages LEFT JOIN deliveries ON deliveries.message_id = messages.id
               WHERE coalesce(messages.due_at, messages.created_at) <= now()
                 AND (deliveries.status IS DISTINCT FROM 'sent')`,
            )
          ).rows[0].n,
        ) === 0,
      600_000,
    );
    const copies = async (template: string, dueAt: string) =>
      (
        await pool.query<{ id: string }>(
          `WITH model AS (SELECT * FROM messages WHERE template = $1 ORDER BY created_at LIMIT 1),
                copies AS (
                  INSERT INTO messages (template, recipient_user_id, recipient_email, recipient_name, locale,
                                        params, created_at, due_at)
                  SELECT template, recipient_user_id, recipient_email, recipient_name, locale, params,
                         now(), ${dueAt}
                  FROM model, generate_series(1, $2::int)
                  RETURNING id)
           SELECT id FROM copies`,
          [template, scale.messages],
        )
      ).rows.map((row) => row.id);
    const sentOf = async (ids: string[], from: 'created_at' | 'due_at') => {
      await until(
        `${ids.length} messages`,
        async () =>
          Number(
            (
              await pool.query<{ n: string }>(
                `SELECT count(*) AS n FROM deliveries WHERE message_id = ANY($1::uuid[]) AND status = 'sent'`,
                [ids],
              )
            ).rows[0].n,
          ) === ids.length,
        600_000,
      );
      const { rows: times } = await pool.query<{ late: number; first: Date; last: Date }>(
        `SELECT extract(epoch FROM deliveries.sent_at - messages.${from}) * 1000 AS late,
                min(messages.created_at) OVER () AS first, max(deliveries.sent_at) OVER () AS last
         FROM deliveries JOIN messages ON messages.id = deliveries.message_id
         WHERE messages.id = ANY($1::uuid[])`,
        [ids],
      );
      return measuredFrom(
        times.map((row) => Number(row.late)),
        times[0].last.getTime() - times[0].first.getTime(),
      );
    };
    const mailModel = (
      await pool.query<{
        text_body: string;
        html_body: string;
        calendar: string | null;
        subject: string;
      }>(
        `SELECT deliveries.text_body, deliveries.html_body, deliveries.calendar, deliveries.subject
         FROM deliveries JOIN messages ON messages.id = deliveries.message_id
         WHERE messages.template = 'shift.signup-confirmed' LIMIT 1`,
      )
    ).rows[0];
    const ids = await copies('shift.signup-confirmed', 'NULL');
    await pool.query(`SELECT pg_notify('outbox', '')`);
    const endToEnd = await sentOf(ids, 'created_at');

    // The same number of jobs through a queue that does nothing, then the same mails sent.
    const connection = { url: base.redisUrl };
    const queueName = `${queuePrefix}_baseline`;
    const queue = new Queue(queueName, { connection, prefix: queuePrefix });
    let processed = 0;
    const noop = new Worker(queueName, () => Promise.resolve(++processed), {
      connection,
      prefix: queuePrefix,
      concurrency: 8,
    });
    const queueAt = performance.now();
    await queue.addBulk(ids.map((id) => ({ name: 'noop', data: { id } })));
    await until('the no-op queue', () => Promise.resolve(processed >= ids.length));
    const queueMs = performance.now() - queueAt;
    await noop.close();
    await queue.obliterate({ force: true });
    await queue.close();
    // The product's own transport (kept connections, Nagle off), so the baseline is the
    // fastest these mails can reach the server from this machine.
    const transport = new MailTransport(
      loadConfig({ ...process.env, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, JWT_SECRET }),
    );
    const mailAt = performance.now();
    const mailTimes: number[] = [];
    for (let i = 0; i < ids.length; i += CONNECTIONS) {
      await Promise.all(
        ids.slice(i, i + CONNECTIONS).map(async (id) => {
          const at = performance.now();
          await transport.send({
            to: 'someone@bench.test',
            subject: mailModel.subject,
            text: mailModel.text_body,
            html: mailModel.html_body,
            messageId: `<${id}@bench.test>`,
            calendar: mailModel.calendar
              ? { method: 'REQUEST', content: mailModel.calendar }
              : undefined,
          });
          mailTimes.push(performance.now() - at);
        }),
      );
    }
    const mailMs = performance.now() - mailAt;
    await transport.onApplicationShutdown();
    record('messages end to end (outbox → SMTP)', 'messages/s', endToEnd, {
      name: 'no-op BullMQ jobs, then the same transport sending pre-rendered mail',
      measured: measuredFrom(mailTimes, queueMs + mailMs),
    });

    const dueIn = smoke ? 3 : 15;
    const reminders = await copies('shift.reminder', `now() + interval '${dueIn} seconds'`);
    await pool.query(`SELECT pg_notify('outbox', '')`);
    const lateness = await sentOf(reminders, 'due_at');
    notes.remindersDueInTheSameMinute = reminders.length;
    notes.reminderLatenessP50Ms = Math.round(lateness.p50Ms);
    notes.reminderLatenessP99Ms = Math.round(lateness.p99Ms);
    notes.apiPeakRssMb = peakRssMb(apiProcess);
    notes.workerPeakRssMb = peakRssMb(workerProcess);
    notes.mailsReceivedBySink = sink.received();
  } finally {
    stopping = true;
    apiProcess.kill('SIGTERM');
    workerProcess?.kill('SIGTERM');
    await pool.end();
    await sink.close();
  }
  await measureGrowth(base.databaseUrl);
  report(Date.now() - started);
}

function report(wallMs: number): void {
  const fixed = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const lines = [
    `| scenario | throughput | p50 / p99 ms | baseline (same run) | baseline throughput | ratio |`,
    `| --- | --: | --: | --- | --: | --: |`,
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${fixed(row.measured.perSecond)} ${row.unit} | ${row.single ? '—' : `${fixed(row.measured.p50Ms)} / ${fixed(row.measured.p99Ms)}`} | ` +
        `${row.baseline?.name ?? '—'} | ${row.baseline ? fixed(row.baseline.measured.perSecond) : '—'} | ` +
        `${row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×${row.ratio >= TARGET_RATIO ? '' : ' (below 0.5×)'}`} |`,
    ),
  ];
  const growthLines = [
    '| events in the database | feed, first build p50 ms | feed, unchanged (304) p50 ms | company report p50 ms |',
    '| --: | --: | --: | --: |',
    ...growth.map(
      (row) =>
        `| ${row.events.toLocaleString('en')} | ${fixed(row.feedFirstBuildP50Ms)} | ${fixed(row.feedUnchangedP50Ms)} | ${fixed(row.companyReportP50Ms)} |`,
    ),
  ];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  process.stdout.write(
    `\nBenchmark (${scale.name}), ${new Date().toISOString()}, ${machine}, ${CONNECTIONS} concurrent clients\n\n` +
      `${lines.join('\n')}\n\n` +
      `The same people (their own ${eventsOf(smoke ? SMOKE : GROWTH).toLocaleString('en')} events) as the database grows, one client at a time:\n\n` +
      `${growthLines.join('\n')}\n\n` +
      Object.entries(notes)
        .map(([key, value]) => `${key}: ${value}`)
        .join('\n') +
      `\n\nTook ${(wallMs / 1000).toFixed(0)} s.\n`,
  );
  const result = {
    scale,
    date: new Date().toISOString(),
    machine,
    connections: CONNECTIONS,
    rows,
    growth,
    notes,
  };
  if (smoke) {
    if (process.env.TEST_COUNTS_FILE) {
      writeFileSync(
        process.env.TEST_COUNTS_FILE,
        JSON.stringify({ passed: rows.length + growth.length, failed: 0 }),
      );
    }
    return;
  }
  mkdirSync(join('bench', 'results'), { recursive: true });
  const file = join('bench', 'results', `${result.date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`Written to ${file}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
