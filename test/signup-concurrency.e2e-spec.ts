import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { Answer, answerer, inParallel } from './support/answers';
import { startTestStack, TestStack } from './support/test-stack';

// Volunteers who sign up, and give up their places, all at once: the shift's capacity holds, the
// waiting list keeps the order in which PostgreSQL let them in, and nobody is on a shift twice or
// in two places at once. The short races run several rounds on fresh volunteers, so that a race
// that is lost now and then shows.

const CLOCK_START = new Date('2026-10-01T08:00:00+02:00');
const ROUNDS = 5;
const CROWD = 50;
const CAPACITY = { min: 2, max: 4 };
/** The first Wednesday of the programmes' schedule after the clock's start. */
const FIRST_SHIFT_DATE = '2026-10-07';

/** A sign-up as the API shows it, or the error that refused it. */
interface SignupBody {
  id: string;
  shiftId: string;
  userId: string;
  status: string;
  position: number | null;
  code?: string;
}

interface ShiftBody {
  id: string;
  date: string;
  signedUp: number;
  waitlisted: number;
  short: boolean;
  signups?: SignupBody[];
}

type Method = 'get' | 'post' | 'delete';

interface SignupRow {
  id: string;
  user_id: string;
  status: string;
  arrival: string;
}

/** Parallel answers, lowest status first, so that the order they came in does not matter. */
function sorted<Body>(answers: Answer<Body>[]): Answer<Body>[] {
  return [...answers].sort((a, b) => a.status - b.status);
}

/** 1, 2, …, n. */
function oneTo(n: number): number[] {
  return Array.from({ length: n }, (_, index) => index + 1);
}

describe('sign-ups under concurrent requests', () => {
  let stack: TestStack;
  let factories: Factories;
  let partnerId: string;
  let companyId: string;
  let coordinator: UserEntity;

  const call = <Body>(user: UserEntity, method: Method, path: string, body?: object) =>
    answerer(stack)<Body>(user, method, path, body);

  /** Requests that race: all signed first, then sent together. */
  const racing = (requests: [UserEntity, Method, string][]): Promise<Answer<SignupBody>[]> =>
    inParallel<SignupBody>(
      stack,
      requests.map(([user, method, path]) => ({ user, method, path })),
    );

  /** A weekly Wednesday programme of the partner; returns it and its first shift's id. */
  async function programme(
    startTime = '16:00',
    endTime = '18:00',
  ): Promise<{ programmeId: string; shiftId: string }> {
    const created = await call<{ id: string }>(coordinator, 'post', '/programmes', {
      partnerId,
      title: 'Lektiehjælp og fodbold i drengeklubben',
      location: 'Klubhuset, Vejle Øst',
      timezone: 'Europe/Copenhagen',
      companyIds: [companyId],
      coordinatorIds: [coordinator.id],
      schedule: { weekdays: [3], startTime, endTime, startsOn: '2026-10-01' },
      capacity: CAPACITY,
    });
    expect(created).toMatchObject({ status: 201 });
    const shifts = await call<{ items: ShiftBody[] }>(
      coordinator,
      'get',
      `/programmes/${created.body.id}/shifts`,
    );
    expect(shifts).toMatchObject({ status: 200 });
    const first = shifts.body.items[0];
    expect(first).toMatchObject({ date: FIRST_SHIFT_DATE, signedUp: 0, waitlisted: 0 });
    return { programmeId: created.body.id, shiftId: first.id };
  }

  async function volunteers(count: number): Promise<UserEntity[]> {
    const people: UserEntity[] = [];
    for (let i = 0; i < count; i++) {
      people.push(await factories.user([{ role: Role.Volunteer, organisationId: companyId }]));
    }
    return people;
  }

  /** The shift's sign-ups of every status, in the order they arrived (by number, not text). */
  function signupRows(shiftId: string): Promise<SignupRow[]> {
    return stack.dataSource.query<SignupRow[]>(
      `SELECT id, user_id, status, arrival::text AS arrival FROM signups
       WHERE shift_id = $1 ORDER BY signups.arrival`,
      [shiftId],
    );
  }

  beforeAll(async () => {
    stack = await startTestStack({ worker: false, clockStart: CLOCK_START });
    factories = new Factories(stack.dataSource);
    partnerId = (await factories.partner()).id;
    companyId = (await factories.company()).id;
    coordinator = await factories.user([{ role: Role.Coordinator, organisationId: partnerId }]);
    // One listening server for all requests, so parallel requests share it.
    await stack.api.listen(0, '127.0.0.1');
  });
  afterAll(() => stack?.stop());

  it('confirms 4 of 50 volunteers signing up at once and waitlists 46 in order', async () => {
    const { programmeId, shiftId } = await programme();
    const crowd = await volunteers(CROWD);

    const answers = await racing(
      crowd.map((volunteer): [UserEntity, Method, string] => [
        volunteer,
        'post',
        `/shifts/${shiftId}/signups`,
      ]),
    );

    expect(answers.map((answer) => answer.status)).toEqual(crowd.map(() => 201));
    answers.forEach((answer, index) => {
      expect(answer.body).toMatchObject({ shiftId, userId: crowd[index].id });
    });
    const confirmed = answers.filter((answer) => answer.body.status === 'confirmed');
    const waitlisted = answers.filter((answer) => answer.body.status === 'waitlisted');
    expect(confirmed).toHaveLength(CAPACITY.max);
    expect(waitlisted).toHaveLength(CROWD - CAPACITY.max);
    expect(confirmed.map((answer) => answer.body.position)).toEqual([null, null, null, null]);
    const positions = waitlisted.map((answer) => answer.body.position ?? 0);
    expect(positions.sort((a, b) => a - b)).toEqual(oneTo(CROWD - CAPACITY.max));

    // Arrival order is the order PostgreSQL let the sign-ups in: the first four took the places,
    // and each waitlisted sign-up's position is its place among those that came after them.
    const rows = await signupRows(shiftId);
    expect(rows).toHaveLength(CROWD);
    expect(new Set(rows.map((row) => row.arrival)).size).toBe(CROWD);
    expect(rows.map((row) => row.status)).toEqual([
      ...oneTo(CAPACITY.max).map(() => 'confirmed'),
      ...oneTo(CROWD - CAPACITY.max).map(() => 'waitlisted'),
    ]);
    const positionOf = new Map(waitlisted.map((answer) => [answer.body.id, answer.body.position]));
    expect(rows.slice(CAPACITY.max).map((row) => positionOf.get(row.id))).toEqual(
      oneTo(CROWD - CAPACITY.max),
    );
    expect(new Set(rows.map((row) => row.user_id))).toEqual(new Set(crowd.map((v) => v.id)));

    // Each waitlisted volunteer's mail names the same place in line as the answer did.
    const mails = await stack.dataSource.query<{ recipient_user_id: string; position: number }[]>(
      `SELECT recipient_user_id, (params->>'position')::int AS position FROM messages
       WHERE template = 'shift.signup-waitlisted' AND params->>'shiftId' = $1`,
      [shiftId],
    );
    const answerPositionOf = new Map(
      waitlisted.map((answer) => [answer.body.userId, answer.body.position]),
    );
    expect(mails).toHaveLength(CROWD - CAPACITY.max);
    for (const mail of mails) {
      expect(mail.position).toBe(answerPositionOf.get(mail.recipient_user_id));
    }

    const shifts = await call<{ items: ShiftBody[] }>(
      coordinator,
      'get',
      `/programmes/${programmeId}/shifts`,
    );
    expect(shifts.body.items[0]).toMatchObject({
      id: shiftId,
      signedUp: CAPACITY.max,
      waitlisted: CROWD - CAPACITY.max,
      short: false,
    });
    expect(shifts.body.items.slice(1).map((item) => item.signedUp + item.waitlisted)).toEqual(
      shifts.body.items.slice(1).map(() => 0),
    );
  });

  it('moves the first four in line up when the four confirmed cancel at once', async () => {
    const { shiftId } = await programme();
    const crowd = await volunteers(CROWD);
    const signedUp = await racing(
      crowd.map((volunteer): [UserEntity, Method, string] => [
        volunteer,
        'post',
        `/shifts/${shiftId}/signups`,
      ]),
    );
    expect(signedUp.map((answer) => answer.status)).toEqual(crowd.map(() => 201));
    const confirmedIds = signedUp
      .filter((answer) => answer.body.status === 'confirmed')
      .map((answer) => answer.body.userId);
    expect(confirmedIds).toHaveLength(CAPACITY.max);
    /** The waitlisted volunteers' ids, first in line first. */
    const line = signedUp
      .filter((answer) => answer.body.status === 'waitlisted')
      .sort((a, b) => (a.body.position ?? 0) - (b.body.position ?? 0))
      .map((answer) => answer.body.userId);
    expect(line).toHaveLength(CROWD - CAPACITY.max);
    const byId = new Map(crowd.map((volunteer) => [volunteer.id, volunteer]));

    const cancelled = await racing(
      confirmedIds.map((id): [UserEntity, Method, string] => [
        byId.get(id)!,
        'delete',
        `/shifts/${shiftId}/signups/me`,
      ]),
    );

    expect(sorted(cancelled)).toMatchObject(
      confirmedIds.map(() => ({ status: 200, body: { status: 'cancelled' } })),
    );
    const detail = await call<ShiftBody>(coordinator, 'get', `/shifts/${shiftId}`);
    expect(detail).toMatchObject({
      status: 200,
      body: { signedUp: CAPACITY.max, waitlisted: CROWD - 2 * CAPACITY.max },
    });
    const places = detail.body.signups ?? [];
    const nowConfirmed = places.filter((place) => place.status === 'confirmed');
    const stillWaiting = places.filter((place) => place.status === 'waitlisted');
    expect(nowConfirmed.map((place) => place.userId).sort()).toEqual(
      line.slice(0, CAPACITY.max).sort(),
    );
    expect(stillWaiting.map((place) => place.userId)).toEqual(line.slice(CAPACITY.max));
    expect(stillWaiting.map((place) => place.position)).toEqual(oneTo(CROWD - 2 * CAPACITY.max));

    const rows = await signupRows(shiftId);
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(CAPACITY.max);
    expect(
      rows
        .filter((row) => row.status === 'cancelled')
        .map((row) => row.user_id)
        .sort(),
    ).toEqual([...confirmedIds].sort());
    // Each of the four moved up is told once.
    const promotedMails = await stack.dataSource.query<{ recipient_user_id: string }[]>(
      `SELECT recipient_user_id FROM messages
       WHERE template = 'shift.signup-confirmed' AND params->>'shiftId' = $1
         AND (params->>'promoted')::boolean`,
      [shiftId],
    );
    expect(promotedMails.map((mail) => mail.recipient_user_id).sort()).toEqual(
      line.slice(0, CAPACITY.max).sort(),
    );
  });

  it('signs a volunteer up once when they send five sign-ups for a shift at once', async () => {
    const { shiftId } = await programme();
    for (let round = 0; round < ROUNDS; round++) {
      const [volunteer] = await volunteers(1);

      const answers = await racing(
        oneTo(5).map((): [UserEntity, Method, string] => [
          volunteer,
          'post',
          `/shifts/${shiftId}/signups`,
        ]),
      );

      // Room for the first four rounds; the fifth goes on the waiting list.
      expect(sorted(answers)).toMatchObject([
        {
          status: 201,
          body: { userId: volunteer.id, status: round < CAPACITY.max ? 'confirmed' : 'waitlisted' },
        },
        ...oneTo(4).map(() => ({ status: 409, body: { code: 'signup.already-signed-up' } })),
      ]);
      const rows = await stack.dataSource.query<{ status: string }[]>(
        'SELECT status FROM signups WHERE shift_id = $1 AND user_id = $2',
        [shiftId, volunteer.id],
      );
      expect(rows).toHaveLength(1);
    }
    const rows = await signupRows(shiftId);
    expect(rows.map((row) => row.status)).toEqual([
      ...oneTo(CAPACITY.max).map(() => 'confirmed'),
      ...oneTo(ROUNDS - CAPACITY.max).map(() => 'waitlisted'),
    ]);
  });

  it('signs a volunteer up for one of two overlapping shifts they ask for at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const afternoon = await programme('16:00', '18:00');
      // Overlaps the afternoon shift by an hour.
      const evening = await programme('17:00', '19:00');
      const [volunteer] = await volunteers(1);

      const answers = await racing([
        [volunteer, 'post', `/shifts/${afternoon.shiftId}/signups`],
        [volunteer, 'post', `/shifts/${evening.shiftId}/signups`],
      ]);

      expect(sorted(answers)).toMatchObject([
        { status: 201, body: { userId: volunteer.id, status: 'confirmed' } },
        { status: 409, body: { code: 'signup.overlaps' } },
      ]);
      const rows = await stack.dataSource.query<{ shift_id: string; status: string }[]>(
        'SELECT shift_id, status FROM signups WHERE user_id = $1',
        [volunteer.id],
      );
      expect(rows).toEqual([{ shift_id: sorted(answers)[0].body.shiftId, status: 'confirmed' }]);
    }
  });
});
