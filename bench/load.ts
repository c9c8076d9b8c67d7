// How the benchmark loads the product and its baselines: HTTP through autocannon, SQL through a
// pool of pg clients, both with the same number of concurrent clients.
import autocannon from 'autocannon';
import { Pool, PoolClient } from 'pg';

/** Throughput and latency of one measured run. */
export interface Measured {
  operations: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export const CONNECTIONS = 8;

/**
 * Sends requests made by `next` (given a running count) for `seconds`, or `amount` of them, and
 * fails unless every answer has the expected status.
 */
export async function httpLoad(
  base: string,
  options: {
    next: (n: number) => HttpRequest;
    expect: number;
    seconds?: number;
    amount?: number;
    /** Clients at once; CONNECTIONS unless a latency alone is measured. */
    connections?: number;
    onResponse?: (request: HttpRequest, headers: Record<string, string>) => void;
  },
): Promise<Measured> {
  let n = 0;
  let unexpected: string | undefined;
  const at = performance.now();
  const result = await autocannon({
    url: base,
    connections: options.connections ?? CONNECTIONS,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    requests: [
      {
        setupRequest: (request, context) => {
          const next = options.next(n++);
          (context as Record<string, unknown>).request = next;
          return {
            ...request,
            method: next.method ?? 'GET',
            path: next.path,
            headers: {
              ...next.headers,
              ...(next.body ? { 'content-type': 'application/json' } : {}),
            },
            body: next.body,
          };
        },
        onResponse: (status, body, context, headers) => {
          if (status !== options.expect) unexpected ??= `${status} ${body}`;
          if (!options.onResponse) return;
          const request = (context as Record<string, unknown>).request as HttpRequest;
          // Header names as the server wrote them.
          const named = Object.fromEntries(
            Object.entries(headers ?? {}).map(([name, value]) => [
              name.toLowerCase(),
              String(value),
            ]),
          );
          options.onResponse(request, named);
        },
      },
    ],
  });
  const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>;
  const total = Object.values(statuses).reduce((sum, { count }) => sum + count, 0);
  const wrong = Object.entries(statuses).filter(([status]) => Number(status) !== options.expect);
  if (result.errors > 0 || result.timeouts > 0 || wrong.length > 0 || total === 0) {
    throw new Error(
      `${base}: expected ${options.expect} from every request, got ${JSON.stringify(statuses)}, ` +
        `${result.errors} errors, ${result.timeouts} timeouts; the first: ${unexpected}`,
    );
  }
  const seconds = (performance.now() - at) / 1000;
  return {
    operations: total,
    seconds,
    perSecond: total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

/** Figures from a list of per-operation times (ms) over a wall time. */
export function measuredFrom(durationsMs: number[], wallMs: number): Measured {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return {
    operations: sorted.length,
    seconds: wallMs / 1000,
    perSecond: sorted.length / (wallMs / 1000),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
  };
}

/** Runs `operation` `amount` times (or for `seconds`) on CONNECTIONS pooled clients at once. */
export async function sqlLoad(
  pool: Pool,
  options: { amount?: number; seconds?: number },
  operation: (client: PoolClient, n: number) => Promise<unknown>,
): Promise<Measured> {
  const durations: number[] = [];
  const started = performance.now();
  const deadline = started + (options.seconds ?? Infinity) * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = await pool.connect();
      try {
        while (
          performance.now() < deadline &&
          (options.amount === undefined || n < options.amount)
        ) {
          const mine = n++;
          const at = performance.now();
          await operation(client, mine);
          durations.push(performance.now() - at);
        }
      } finally {
        client.release();
      }
    }),
  );
  return measuredFrom(durations, performance.now() - started);
}
