/**
 * PostgreSQL's codes for a server that is shutting down, starting or out of connections, and a
 * connection that failed (SQLSTATE classes 57P and 08, and 53300).
 */
const SERVER_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** A connection that could not be made or was lost, as Node reports it. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * TypeORM's errors for a transaction whose connection was lost under it (it releases the
 * connection on the error, and the transaction's next statement meets these).
 */
const RELEASED = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/** What pg says when the server goes away mid-query or a pooled connection cannot be had. */
const MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
];

/**
 * Whether a failure is a database (or other backing service) that is away for the moment, rather
 * than a fault of the request or the code: such a request is answered 503, to be tried again,
 * not 500. The error is looked at as pg and TypeORM raise it (`driverError` wraps pg's).
 */
export function isServiceAway(exception: unknown): boolean {
  for (let error = exception, depth = 0; error instanceof Error && depth < 4; depth += 1) {
    const { code } = error as { code?: unknown };
    if (typeof code === 'string' && (SERVER_CODES.has(code) || SOCKET_CODES.has(code))) {
      return true;
    }
    if (RELEASED.has(error.name)) return true;
    if (MESSAGES.some((pattern) => pattern.test(error instanceof Error ? error.message : ''))) {
      return true;
    }
    const next: unknown =
      (error as { driverError?: unknown }).driverError ?? (error as { cause?: unknown }).cause;
    error = next;
  }
  return false;
}
