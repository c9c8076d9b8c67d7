import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { freePort, SmtpSink, ThrowawayPostgres, ThrowawayRedis } from '@app/testing';

export const JWT_SECRET = 'reliability-only-secret-of-forty-characters';

/** A built process of the product, which a fault may kill and a restart bring back. */
export class ProductProcess {
  private child: ChildProcess | null = null;
  /** What it wrote to stderr, kept to say why it stopped. */
  errors = '';
  /** The messages of the errors it logged (pino's level 50 and above), the last 200. */
  readonly loggedErrors: string[] = [];
  /** How each run ended: exit code or signal. */
  readonly exits: (number | string)[] = [];

  constructor(
    readonly name: 'api' | 'worker',
    private readonly env: Record<string, string>,
  ) {}

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    if (this.running) return;
    const child = spawn(process.execPath, [join('dist', 'apps', this.name, 'src', 'main.js')], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) this.read(line);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.errors = (this.errors + chunk.toString()).slice(-20_000);
    });
    child.on('exit', (code, signal) => this.exits.push(code ?? signal ?? 'unknown'));
    this.child = child;
  }

  killNow(): void {
    this.child?.kill('SIGKILL');
  }

  /** Keeps what a log line says went wrong: an error logged, or a request answered 5xx (not 503). */
  private read(line: string): void {
    let entry: {
      level?: number;
      msg?: string;
      err?: { message?: string };
      req?: { method?: string; url?: string };
      res?: { statusCode?: number };
    };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      return;
    }
    const status = entry.res?.statusCode ?? 0;
    if (status >= 500 && status !== 503) {
      this.loggedErrors.push(`${entry.req?.method} ${entry.req?.url} answered ${status}`);
    } else if ((entry.level ?? 0) >= 50) {
      this.loggedErrors.push((entry.err?.message ?? entry.msg ?? line).slice(0, 500));
    }
    this.loggedErrors.splice(0, Math.max(0, this.loggedErrors.length - 200));
  }

  /** Sends a signal and waits for the process to end; resolves with how long that took. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number> {
    const child = this.child;
    if (!child || !this.running) return 0;
    const started = Date.now();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
    return Date.now() - started;
  }
}

export interface SystemOptions {
  apis?: number;
  workers?: number;
}

/**
 * The whole product on its own parts: a PostgreSQL and a Redis server of its own (so that a
 * fault here never touches the machine's), an SMTP sink that can refuse or vanish, and the built
 * API and worker as separate processes, as an operator runs them.
 */
export class System {
  /** Systems running now, to end should the run itself be stopped. */
  private static readonly live = new Set<System>();
  readonly apis: ProductProcess[] = [];
  readonly workers: ProductProcess[] = [];
  private smtpPort = 0;
  pool!: Pool;

  private constructor(
    readonly postgres: ThrowawayPostgres,
    readonly redis: ThrowawayRedis,
    public sink: SmtpSink,
  ) {}

  static async start(options: SystemOptions = {}): Promise<System> {
    const [postgres, redis] = await Promise.all([
      ThrowawayPostgres.start(),
      ThrowawayRedis.start(),
    ]);
    const sink = new SmtpSink();
    const system = new System(postgres, redis, sink);
    System.live.add(system);
    system.smtpPort = await freePort();
    await sink.start(system.smtpPort);
    const ports = await Promise.all(Array.from({ length: options.apis ?? 1 }, () => freePort()));
    for (const port of ports) system.apis.push(new ProductProcess('api', system.env(port)));
    for (let n = 0; n < (options.workers ?? 1); n += 1) {
      system.workers.push(new ProductProcess('worker', system.env(0)));
    }
    // The APIs apply the migrations (taking turns on a lock), then the workers start.
    system.apis.forEach((api) => api.start());
    await Promise.all(system.apis.map((_, n) => system.ready(n)));
    system.workers.forEach((worker) => worker.start());
    system.pool = new Pool({ connectionString: system.databaseUrl, max: 4 });
    system.pool.on('error', () => undefined);
    return system;
  }

  get databaseUrl(): string {
    return this.postgres.url('partnership_scheduler');
  }

  apiUrl(n = 0): string {
    return `http://127.0.0.1:${this.apiPorts[n]}`;
  }

  private readonly apiPorts: number[] = [];

  private env(port: number): Record<string, string> {
    if (port) this.apiPorts.push(port);
    return {
      NODE_ENV: 'development',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redis.url,
      SMTP_URL: `smtp://127.0.0.1:${this.smtpPort}`,
      PORT: String(port || 3000),
      PUBLIC_URL: 'http://scheduler.reliability.test',
      JWT_SECRET,
      QUEUE_PREFIX: 'reliability',
      LOG_LEVEL: 'warn',
    };
  }

  /**
   * Another API or worker on other parts (a restored database, a new Redis), with this system's
   * settings otherwise; the caller starts and stops it.
   */
  async another(
    name: 'api' | 'worker',
    overrides: { DATABASE_URL: string; REDIS_URL: string },
  ): Promise<{ process: ProductProcess; url: string }> {
    const port = name === 'api' ? await freePort() : 0;
    const process = new ProductProcess(name, {
      ...this.env(0),
      PORT: String(port || 3000),
      ...overrides,
    });
    return { process, url: `http://127.0.0.1:${port}` };
  }

  /** Waits until an API answers ready (its database and Redis reachable). */
  async ready(n = 0, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ok = await fetch(`${this.apiUrl(n)}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return;
      const api = this.apis[n];
      if (!api.running && api.exits.length > 0 && Date.now() > deadline - timeoutMs + 5_000) {
        throw new Error(`The API stopped while starting:\n${api.errors}`);
      }
      if (Date.now() > deadline) throw new Error(`The API was not ready:\n${api.errors}`);
      await sleep(200);
    }
  }

  /** The SMTP server goes away (connections refused) until `smtpBack`. */
  async smtpAway(): Promise<void> {
    await this.sink.stop();
  }

  /** The SMTP server is back on the same port; what it had received is kept. */
  async smtpBack(): Promise<void> {
    const received = this.sink.received;
    const sink = new SmtpSink();
    sink.received.push(...received);
    await sink.start(this.smtpPort);
    this.sink = sink;
  }

  /** Ends every running system at once, synchronously: for a run that is exiting. */
  static killAllNow(): void {
    for (const system of System.live) {
      [...system.apis, ...system.workers].forEach((process) => process.killNow());
      system.redis.killNow();
      system.postgres.killNow();
    }
    System.live.clear();
  }

  async stop(): Promise<void> {
    System.live.delete(this);
    await Promise.all([...this.apis, ...this.workers].map((process) => process.stop('SIGKILL')));
    await this.pool?.end().catch(() => undefined);
    await this.sink.stop().catch(() => undefined);
    await this.redis.stop();
    await this.postgres.destroy();
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` holds, or fails saying what it waited for. */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}
