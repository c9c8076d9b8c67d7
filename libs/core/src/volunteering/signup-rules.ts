import { ConflictError } from '../errors/domain-error';
import { ShiftEntity, ShiftStatus } from './shift.entity';
import { ACTIVE, SignupEntity, SignupStatus } from './signup.entity';

/** A volunteer's place elsewhere, with its shift's times, as the rules between places need it. */
export interface PlaceElsewhere {
  shiftId: string;
  start: Date;
  end: Date;
}

/**
 * How a new place on `shift` stands against the volunteer's other places (active, on scheduled
 * shifts): `same-shift` if one is on this shift, `overlap` if one overlaps it in time, else null.
 * A shift that ends as another starts does not overlap it.
 */
export function placeConflict(
  shift: Pick<ShiftEntity, 'id' | 'start' | 'end'>,
  places: PlaceElsewhere[],
): 'same-shift' | 'overlap' | null {
  if (places.some((place) => place.shiftId === shift.id)) return 'same-shift';
  const clash = places.some((place) => place.start < shift.end && shift.start < place.end);
  return clash ? 'overlap' : null;
}

/** A new place is confirmed while the shift has room, otherwise it waits at the end of the list. */
export function statusOfNewPlace(confirmed: number, capacityMax: number): SignupStatus {
  return confirmed < capacityMax ? SignupStatus.Confirmed : SignupStatus.Waitlisted;
}

/**
 * Who moves up from the waiting list: first come, first served, as many as there is room for.
 * `signups` may be any of the shift's places; only waitlisted ones move.
 */
export function promotable<T extends Pick<SignupEntity, 'status' | 'arrival'>>(
  signups: T[],
  confirmed: number,
  capacityMax: number,
): T[] {
  const room = Math.max(0, capacityMax - confirmed);
  return signups
    .filter((signup) => signup.status === SignupStatus.Waitlisted)
    .sort((a, b) => a.arrival - b.arrival)
    .slice(0, room);
}

/** Whether a place still holds or waits for room (not given up). */
export function isActivePlace(signup: Pick<SignupEntity, 'status'>): boolean {
  return ACTIVE.includes(signup.status);
}

/** Sign-ups are taken only for a scheduled shift that has not started. */
export function requireOpen(shift: Pick<ShiftEntity, 'status' | 'start'>, nowMs: number): void {
  if (shift.status === ShiftStatus.Cancelled) {
    throw new ConflictError('signup.shift-cancelled', 'The shift is cancelled.');
  }
  if (shift.start.getTime() <= nowMs) {
    throw new ConflictError(
      'signup.shift-started',
      'The shift has started or is over; sign up for a coming one.',
    );
  }
}

/** A volunteer gives up a place only before the shift starts; then its sign-ups are fixed. */
export function requireNotStarted(shift: Pick<ShiftEntity, 'start'>, nowMs: number): void {
  if (shift.start.getTime() <= nowMs) {
    throw new ConflictError(
      'signup.shift-started',
      'The shift has started; its sign-ups are fixed.',
    );
  }
}
