import { QueryFailedError } from 'typeorm';
import { ConflictError } from './domain-error';

/**
 * Rules that PostgreSQL enforces (unique keys, exclusion constraints), named by constraint, with
 * the 409 each one means. A violation of one of them becomes that error; anything else is
 * rethrown.
 */
export async function withConstraintsAsConflicts<T>(
  conflicts: Record<string, ConflictError>,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QueryFailedError) {
      const driverError = error.driverError as { code?: string; constraint?: string };
      const conflict = driverError.constraint ? conflicts[driverError.constraint] : undefined;
      // 23505 unique_violation, 23P01 exclusion_violation.
      if (conflict && (driverError.code === '23505' || driverError.code === '23P01')) {
        throw conflict;
      }
    }
    throw error;
  }
}
