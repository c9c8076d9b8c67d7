import { EntityManager } from 'typeorm';
import { Actor } from '../accounts/actor';
import { ShiftEntity } from './shift.entity';
import { SignupStatus } from './signup.entity';

/** A volunteer's own place on a shift, as their screens show it. */
export interface MySignup {
  status: SignupStatus.Confirmed | SignupStatus.Waitlisted;
  /** Place on the waiting list, 1 for the first in line; null when placed. */
  position: number | null;
}

/**
 * The waiting list is first come, first served: a volunteer's position is one more than the
 * number of those waiting on the shift who arrived before them.
 */
const WAITING_POSITION = `CASE WHEN status = 'waitlisted' THEN
  (SELECT count(*)::int + 1 FROM signups ahead
   WHERE ahead.shift_id = signups.shift_id AND ahead.status = 'waitlisted'
     AND ahead.arrival < signups.arrival) END`;

/** The volunteer's places (placed or waiting) on many shifts at once, by shift id. */
export async function mySignupsOn(
  manager: EntityManager,
  userId: string,
  shiftIds: string[],
): Promise<Map<string, MySignup>> {
  if (shiftIds.length === 0) return new Map();
  const rows = await manager.query<
    { shift_id: string; status: MySignup['status']; position: number | null }[]
  >(
    `SELECT shift_id, status, ${WAITING_POSITION} AS position FROM signups
     WHERE user_id = $1 AND shift_id = ANY($2::uuid[]) AND status IN ('confirmed', 'waitlisted')`,
    [userId, shiftIds],
  );
  return new Map(rows.map((row) => [row.shift_id, { status: row.status, position: row.position }]));
}

/** Listed shifts, each with the caller's own place on it. */
export async function withMySignups<T extends { shift: ShiftEntity }>(
  manager: EntityManager,
  actor: Actor,
  items: T[],
): Promise<(T & { mySignup: MySignup | null })[]> {
  const mine = await mySignupsOn(
    manager,
    actor.userId,
    items.map((item) => item.shift.id),
  );
  return items.map((item) => ({ ...item, mySignup: mine.get(item.shift.id) ?? null }));
}
