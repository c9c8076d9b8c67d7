import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** A stable 64-bit advisory lock key for a name, so every process agrees on it. */
export function advisoryLockKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}

/**
 * Runs `work` while holding a session-level advisory lock, on one dedicated connection. Other
 * processes asking for the same lock wait until it is released.
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  name: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = advisoryLockKey(name);
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work(runner.manager);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

/** Waits for a transaction-level advisory lock; it is released when the transaction ends. */
export async function transactionLock(manager: EntityManager, name: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [advisoryLockKey(name)]);
}
