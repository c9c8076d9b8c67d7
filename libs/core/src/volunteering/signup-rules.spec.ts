import { Actor } from '../accounts/actor';
import { Role } from '../accounts/role';
import { DomainError } from '../errors/domain-error';
import { isEligibleVolunteer } from './programme-access';
import { ProgrammeEntity } from './programme.entity';
import {
  isActivePlace,
  PlaceElsewhere,
  placeConflict,
  promotable,
  requireNotStarted,
  requireOpen,
  statusOfNewPlace,
} from './signup-rules';
import { ShiftStatus } from './shift.entity';
import { SignupStatus } from './signup.entity';

// Europe/Copenhagen moves to summer time on Sunday 2026-03-29 at 02:00 CET (01:00Z) and back to
// winter time on Sunday 2026-10-25 at 03:00 CEST (01:00Z).

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

function shift(id: string, start: string, end: string) {
  return { id, start: new Date(start), end: new Date(end) };
}

function place(shiftId: string, start: string, end: string): PlaceElsewhere {
  return { shiftId, start: new Date(start), end: new Date(end) };
}

describe('capacity: confirmed while there is room, otherwise waitlisted', () => {
  it('confirms the last place and waitlists the next', () => {
    expect(statusOfNewPlace(2, 3)).toBe(SignupStatus.Confirmed);
    expect(statusOfNewPlace(3, 3)).toBe(SignupStatus.Waitlisted);
  });

  it('waitlists when a smaller capacity left more confirmed than room', () => {
    expect(statusOfNewPlace(5, 3)).toBe(SignupStatus.Waitlisted);
  });
});

describe('the waiting list: first come, first served', () => {
  const waiting = (arrival: number, name: string) => ({
    name,
    arrival,
    status: SignupStatus.Waitlisted,
  });

  it('moves up the earliest arrival, whatever order the places are given in', () => {
    const list = [waiting(7, 'late'), waiting(3, 'first'), waiting(5, 'second')];
    expect(promotable(list, 2, 3).map((s) => s.name)).toEqual(['first']);
  });

  it('moves up as many as there is room for, in arrival order', () => {
    const list = [waiting(7, 'third'), waiting(3, 'first'), waiting(5, 'second')];
    expect(promotable(list, 1, 3).map((s) => s.name)).toEqual(['first', 'second']);
    expect(promotable(list, 0, 10).map((s) => s.name)).toEqual(['first', 'second', 'third']);
  });

  it('moves no one up while the shift is full or over full', () => {
    const list = [waiting(1, 'first')];
    expect(promotable(list, 3, 3)).toEqual([]);
    expect(promotable(list, 4, 3)).toEqual([]);
  });

  it('moves up only waitlisted places, never a cancelled one', () => {
    const list = [
      { name: 'gave-up', arrival: 1, status: SignupStatus.Cancelled },
      { name: 'in', arrival: 2, status: SignupStatus.Confirmed },
      waiting(3, 'next'),
    ];
    expect(promotable(list, 1, 3).map((s) => s.name)).toEqual(['next']);
  });

  it('counts a confirmed or waitlisted place as held, a cancelled one as given up', () => {
    expect(isActivePlace({ status: SignupStatus.Confirmed })).toBe(true);
    expect(isActivePlace({ status: SignupStatus.Waitlisted })).toBe(true);
    expect(isActivePlace({ status: SignupStatus.Cancelled })).toBe(false);
  });
});

describe('one place per shift, one shift at a time', () => {
  // Monday 2026-03-30, summer time: 17:00–20:00 local is 15:00Z–18:00Z.
  const evening = shift('evening', '2026-03-30T15:00:00Z', '2026-03-30T18:00:00Z');

  it('refuses a second place on the same shift', () => {
    expect(
      placeConflict(evening, [place('evening', '2026-03-30T15:00:00Z', '2026-03-30T18:00:00Z')]),
    ).toBe('same-shift');
  });

  it('passes a volunteer with no other place', () => {
    expect(placeConflict(evening, [])).toBeNull();
  });

  it('refuses a place that overlaps another by a minute', () => {
    expect(
      placeConflict(evening, [place('before', '2026-03-30T13:00:00Z', '2026-03-30T15:01:00Z')]),
    ).toBe('overlap');
    expect(
      placeConflict(evening, [place('after', '2026-03-30T17:59:00Z', '2026-03-30T19:00:00Z')]),
    ).toBe('overlap');
    expect(
      placeConflict(evening, [place('inside', '2026-03-30T16:00:00Z', '2026-03-30T17:00:00Z')]),
    ).toBe('overlap');
  });

  it('passes shifts back to back', () => {
    expect(
      placeConflict(evening, [
        place('before', '2026-03-30T13:00:00Z', '2026-03-30T15:00:00Z'),
        place('after', '2026-03-30T18:00:00Z', '2026-03-30T20:00:00Z'),
      ]),
    ).toBeNull();
  });

  it('reckons overlap in real time over the autumn change, not on the wall clock', () => {
    // Sunday 2026-10-25: 00:30–02:30 CEST (22:30Z–00:30Z) and 02:00–03:00 CET (01:00Z–02:00Z)
    // look overlapping on the wall clock, but the second starts half an hour after the first ends.
    const night = shift('night', '2026-10-24T22:30:00Z', '2026-10-25T00:30:00Z');
    expect(
      placeConflict(night, [place('late', '2026-10-25T01:00:00Z', '2026-10-25T02:00:00Z')]),
    ).toBeNull();
    // 02:15 CEST (00:15Z) starts inside it.
    expect(
      placeConflict(night, [place('early', '2026-10-25T00:15:00Z', '2026-10-25T01:00:00Z')]),
    ).toBe('overlap');
  });

  it('reckons overlap in real time over the spring change', () => {
    // Sunday 2026-03-29: 01:00–03:00 local is one real hour (00:00Z–01:00Z); 03:00–04:00 CEST
    // (01:00Z–02:00Z) follows it back to back, and 01:30 CET (00:30Z) lies inside it.
    const night = shift('night', '2026-03-29T00:00:00Z', '2026-03-29T01:00:00Z');
    expect(
      placeConflict(night, [place('next', '2026-03-29T01:00:00Z', '2026-03-29T02:00:00Z')]),
    ).toBeNull();
    expect(
      placeConflict(night, [place('in', '2026-03-29T00:30:00Z', '2026-03-29T02:00:00Z')]),
    ).toBe('overlap');
  });
});

describe('sign-ups are open until the shift starts', () => {
  const start = new Date('2026-10-26T08:00:00Z');
  const scheduled = { status: ShiftStatus.Scheduled, start };

  it('takes a sign-up a millisecond before the start and refuses one at the start', () => {
    expect(codeOf(() => requireOpen(scheduled, start.getTime() - 1))).toBeUndefined();
    expect(codeOf(() => requireOpen(scheduled, start.getTime()))).toBe('signup.shift-started');
  });

  it('refuses a cancelled shift however far ahead', () => {
    expect(
      codeOf(() =>
        requireOpen({ status: ShiftStatus.Cancelled, start }, start.getTime() - 86_400_000),
      ),
    ).toBe('signup.shift-cancelled');
  });

  it('lets a place be given up before the start, not from the start on', () => {
    expect(codeOf(() => requireNotStarted({ start }, start.getTime() - 1))).toBeUndefined();
    expect(codeOf(() => requireNotStarted({ start }, start.getTime()))).toBe(
      'signup.shift-started',
    );
  });
});

describe('the volunteer’s company is among the programme’s companies', () => {
  const programme = {
    companies: [{ id: 'acme' }, { id: 'globex' }],
  } as unknown as ProgrammeEntity;
  const actor = (...memberships: [Role, string][]): Actor => ({
    userId: 'u',
    email: 'u@example.test',
    name: 'U',
    locale: 'da',
    isAdmin: false,
    memberships: memberships.map(([role, organisationId]) => ({
      role,
      organisationKind: role === Role.Coordinator ? 'partner' : 'company',
      organisationId,
    })),
  });

  it('passes a volunteer of a named company', () => {
    expect(isEligibleVolunteer(actor([Role.Volunteer, 'globex']), programme)).toBe(true);
  });

  it('refuses a volunteer of another company', () => {
    expect(isEligibleVolunteer(actor([Role.Volunteer, 'initech']), programme)).toBe(false);
  });

  it('refuses a contact person of a named company who is not its volunteer', () => {
    expect(isEligibleVolunteer(actor([Role.Contact, 'acme']), programme)).toBe(false);
  });

  it('refuses everyone when the programme names no company', () => {
    const none = { companies: [] } as unknown as ProgrammeEntity;
    expect(isEligibleVolunteer(actor([Role.Volunteer, 'acme']), none)).toBe(false);
  });
});
