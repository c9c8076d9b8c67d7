import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import {
  apiCaller,
  shiftsOf as programmeShifts,
  ShiftView,
  signUp as askForPlace,
  volunteeringWorld,
  VolunteeringWorld as World,
} from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';
import { invalid, ok, refused } from './support/responses';

/** A JSON body; what it holds is what the expectations check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;

// Volunteers on weekly shifts: signing up and the first-come waiting list, giving a place up,
// standing weekly commitments, and after a shift the attendance that makes a volunteer's hours.
// "Now" is Thursday 1 October 2026, 08:00 in Copenhagen; the programme meets on Wednesdays. The
// clock only moves forward, so a test that moves it starts a stack of its own.

const START = new Date('2026-10-01T08:00:00+02:00');
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
const OCTOBER_7 = 'onsdag 7. oktober kl. 16.00–18.00';

interface Place {
  userId: string;
  status: string;
  position: number | null;
  attended: boolean | null;
  hours: number | null;
}

describe('signing up for shifts, commitments and attendance', () => {
  let stack: TestStack;
  let factories: Factories;
  let admin: UserEntity;

  let call: ReturnType<typeof apiCaller>;
  const world = (volunteers = 2) => volunteeringWorld(factories, volunteers);

  /** Wednesdays 16:00–18:00 in Copenhagen from 1 October, for the company's volunteers. */
  async function createProgramme(w: World, overrides: Body = {}): Promise<Body> {
    const body = {
      partnerId: w.partner.id,
      title: 'Lektiehjælp og fodbold i drengeklubben',
      location: 'Klubhuset, Vejle Øst',
      timezone: 'Europe/Copenhagen',
      companyIds: [w.company.id],
      coordinatorIds: [w.coordinator.id],
      schedule: { weekdays: [3], startTime: '16:00', endTime: '18:00', startsOn: '2026-10-01' },
      capacity: { min: 1, max: 2 },
      ...overrides,
    };
    return ok(await call(w.coordinator, 'post', '/programmes', body), 201);
  }

  const shiftsOf = (programmeId: string, from = '2026-10-01', to = '2027-06-30') =>
    programmeShifts(stack, programmeId, admin, { from, to });

  async function shiftOn(programmeId: string, date: string): Promise<ShiftView> {
    const found = await shiftsOf(programmeId, date, date);
    expect(found).toHaveLength(1);
    return found[0];
  }

  const signUp = (volunteer: UserEntity, shiftId: string) => askForPlace(stack, volunteer, shiftId);

  /** The places on a shift, in order of arrival, as its coordinators see them. */
  async function placesOn(shiftId: string): Promise<Partial<Place>[]> {
    const body = ok(await call(admin, 'get', `/shifts/${shiftId}`), 200);
    return (body.signups as Place[]).map(({ userId, status, position }) => ({
      userId,
      status,
      position,
    }));
  }

  /** Every sign-up a volunteer has, cancelled ones too, straight from the database. */
  async function signupsOf(
    userId: string,
  ): Promise<{ date: string; status: string; commitment: boolean }[]> {
    return stack.dataSource.query(
      `SELECT to_char(shifts.date, 'YYYY-MM-DD') AS date, signups.status,
              signups.commitment_id IS NOT NULL AS commitment
       FROM signups JOIN shifts ON shifts.id = signups.shift_id
       WHERE signups.user_id = $1 ORDER BY shifts.start_at, signups.arrival`,
      [userId],
    );
  }

  /** The templates of the messages the outbox holds for a person, oldest first. */
  /** The messages a sign-up change wrote for a person (reminders have tests of their own). */
  async function outboxFor(userId: string): Promise<{ template: string; params: Body }[]> {
    return stack.dataSource.query(
      `SELECT template, params FROM messages
       WHERE recipient_user_id = $1 AND template <> 'shift.reminder'
       ORDER BY created_at, id`,
      [userId],
    );
  }

  function mailTo(to: UserEntity, subject: string) {
    return stack.sink.waitFor((mail) => mail.to.includes(to.email) && mail.subject === subject);
  }

  /** Someone the programme is visible to (contact person of a named company) but who volunteers
   * for another company. */
  async function volunteerElsewhere(w: World): Promise<UserEntity> {
    const elsewhere = await factories.company();
    return factories.user([
      { role: Role.Contact, organisationId: w.company.id },
      { role: Role.Volunteer, organisationId: elsewhere.id },
    ]);
  }

  /** A stack whose clock starts at 1 October, with an admin. */
  async function startStack(): Promise<void> {
    stack = await startTestStack({ clockStart: START });
    call = apiCaller(stack);
    factories = new Factories(stack.dataSource);
    admin = await factories.user([{ role: Role.Admin }], { name: 'Områdesekretariatet' });
  }

  /** The file's stack while a test runs on one of its own. */
  let fileStack: {
    stack: TestStack;
    call: typeof call;
    factories: Factories;
    admin: UserEntity;
  } | null = null;

  /**
   * For a test that moves the clock on: a stack of its own from 1 October, stopped after the
   * test, so that the tests after it find the file's stack, and its clock, where they left them.
   */
  async function startOwnStack(): Promise<void> {
    fileStack = { stack, call, factories, admin };
    await startStack();
  }

  beforeAll(startStack);
  afterEach(async () => {
    if (!fileStack) return;
    if (stack !== fileStack.stack) await stack.stop();
    ({ stack, call, factories, admin } = fileStack);
    fileStack = null;
  });
  afterAll(() => stack?.stop());

  describe('signing up', () => {
    it('confirms while there is room, then waitlists in order of arrival', async () => {
      const w = await world(4);
      const programme = await createProgramme(w, { capacity: { min: 1, max: 2 } });
      const shift = await shiftOn(programme.id, '2026-10-07');
      const [first, second, third, fourth] = w.volunteers;

      const answers = [];
      for (const volunteer of w.volunteers)
        answers.push(ok(await signUp(volunteer, shift.id), 201));
      expect(
        answers.map(({ shiftId, userId, status, position }) => ({
          shiftId,
          userId,
          status,
          position,
        })),
      ).toEqual([
        { shiftId: shift.id, userId: first.id, status: 'confirmed', position: null },
        { shiftId: shift.id, userId: second.id, status: 'confirmed', position: null },
        { shiftId: shift.id, userId: third.id, status: 'waitlisted', position: 1 },
        { shiftId: shift.id, userId: fourth.id, status: 'waitlisted', position: 2 },
      ]);
      expect(await placesOn(shift.id)).toEqual([
        { userId: first.id, status: 'confirmed', position: null },
        { userId: second.id, status: 'confirmed', position: null },
        { userId: third.id, status: 'waitlisted', position: 1 },
        { userId: fourth.id, status: 'waitlisted', position: 2 },
      ]);
      expect(await shiftOn(programme.id, '2026-10-07')).toMatchObject({
        signedUp: 2,
        waitlisted: 2,
        short: false,
      });

      expect((await outboxFor(first.id)).map((m) => m.template)).toEqual([
        'shift.signup-confirmed',
      ]);
      expect(await outboxFor(fourth.id)).toEqual([
        {
          template: 'shift.signup-waitlisted',
          params: expect.objectContaining({ shiftId: shift.id, position: 2 }),
        },
      ]);
      await mailTo(first, `Frivillig i ${w.partner.name}: ${OCTOBER_7}`);
      await mailTo(third, `Venteliste: frivillig i ${w.partner.name} ${OCTOBER_7}`);
    });

    it('refuses a volunteer of a company the programme does not name: 409 signup.not-eligible', async () => {
      const w = await world(0);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      const other = await volunteerElsewhere(w);

      refused(await signUp(other, shift.id), 409, 'signup.not-eligible', /compan/);
      expect(await signupsOf(other.id)).toEqual([]);
      expect(await outboxFor(other.id)).toEqual([]);
    });

    it('refuses a shift that has started or is over: 409 signup.shift-started', async () => {
      await startOwnStack();
      const w = await world(1);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      const [volunteer] = w.volunteers;

      stack.clock.travelTo(new Date('2026-10-07T16:00:00+02:00'));
      refused(await signUp(volunteer, shift.id), 409, 'signup.shift-started', /started/);
      stack.clock.travelTo(new Date('2026-10-08T09:00:00+02:00'));
      refused(await signUp(volunteer, shift.id), 409, 'signup.shift-started', /started/);
      expect(await signupsOf(volunteer.id)).toEqual([]);
      expect((await shiftOn(programme.id, '2026-10-07')).signedUp).toBe(0);
    });

    it('refuses a cancelled shift: 409 signup.shift-cancelled', async () => {
      const w = await world(1);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      ok(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/cancel`, { reason: 'Lukket' }),
        200,
      );

      refused(await signUp(w.volunteers[0], shift.id), 409, 'signup.shift-cancelled', /cancelled/);
      expect(await signupsOf(w.volunteers[0].id)).toEqual([]);
    });

    it('refuses a second sign-up to the same shift: 409 signup.already-signed-up', async () => {
      const w = await world(2);
      const programme = await createProgramme(w, { capacity: { min: 1, max: 1 } });
      const shift = await shiftOn(programme.id, '2026-10-07');
      const [confirmed, waiting] = w.volunteers;
      ok(await signUp(confirmed, shift.id), 201);
      ok(await signUp(waiting, shift.id), 201);

      refused(await signUp(confirmed, shift.id), 409, 'signup.already-signed-up', /already/);
      refused(await signUp(waiting, shift.id), 409, 'signup.already-signed-up', /already/);
      expect(await placesOn(shift.id)).toEqual([
        { userId: confirmed.id, status: 'confirmed', position: null },
        { userId: waiting.id, status: 'waitlisted', position: 1 },
      ]);
      expect(await outboxFor(confirmed.id)).toHaveLength(1);
    });

    it('refuses a shift that overlaps one the volunteer has: 409 signup.overlaps', async () => {
      const w = await world(1);
      const [volunteer] = w.volunteers;
      const football = await createProgramme(w, { title: 'Fodbold' });
      const homework = await createProgramme(w, { title: 'Lektiecafé' });
      const later = await createProgramme(w, {
        title: 'Aftenklub',
        schedule: { weekdays: [3], startTime: '18:00', endTime: '20:00', startsOn: '2026-10-01' },
      });
      const mine = await shiftOn(football.id, '2026-10-07');
      const sameTime = await shiftOn(homework.id, '2026-10-07');
      const afterwards = await shiftOn(later.id, '2026-10-07');
      ok(await signUp(volunteer, mine.id), 201);

      refused(await signUp(volunteer, sameTime.id), 409, 'signup.overlaps', /one place at a time/);
      expect((await shiftOn(homework.id, '2026-10-07')).signedUp).toBe(0);
      // A shift that begins as the first one ends does not overlap it.
      expect(ok(await signUp(volunteer, afterwards.id), 201).status).toBe('confirmed');
      // Once the first place is given up, the same-time shift is free to take.
      ok(await call(volunteer, 'delete', `/shifts/${mine.id}/signups/me`), 200);
      expect(ok(await signUp(volunteer, sameTime.id), 201).status).toBe('confirmed');
    });

    it('keeps capacity and arrival order when volunteers sign up at the same moment', async () => {
      const w = await world(6);
      const programme = await createProgramme(w, { capacity: { min: 1, max: 2 } });
      const shift = await shiftOn(programme.id, '2026-10-07');

      const answers = await Promise.all(w.volunteers.map((v) => signUp(v, shift.id)));
      expect(answers.map((answer) => answer.status)).toEqual(w.volunteers.map(() => 201));
      const places = await placesOn(shift.id);
      expect(places.map((place) => place.status)).toEqual([
        'confirmed',
        'confirmed',
        'waitlisted',
        'waitlisted',
        'waitlisted',
        'waitlisted',
      ]);
      expect(places.map((place) => place.position)).toEqual([null, null, 1, 2, 3, 4]);
      // Each answer's position is the place it holds in the list.
      for (const answer of answers) {
        const place = places.find((p) => p.userId === answer.body.userId);
        expect({ status: answer.body.status, position: answer.body.position }).toEqual({
          status: place?.status,
          position: place?.position,
        });
      }
    });

    it('takes one place when the same volunteer signs up twice at once', async () => {
      const w = await world(1);
      const [volunteer] = w.volunteers;
      const football = await createProgramme(w, { title: 'Fodbold' });
      const homework = await createProgramme(w, { title: 'Lektiecafé' });
      const shift = await shiftOn(football.id, '2026-10-07');
      const sameTime = await shiftOn(homework.id, '2026-10-07');

      const twice = await Promise.all([signUp(volunteer, shift.id), signUp(volunteer, shift.id)]);
      expect(twice.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expect(twice.find((answer) => answer.status === 409)?.body.code).toBe(
        'signup.already-signed-up',
      );
      expect(await signupsOf(volunteer.id)).toEqual([
        { date: '2026-10-07', status: 'confirmed', commitment: false },
      ]);

      const [, other] = await Promise.all([
        signUp(volunteer, shift.id),
        signUp(volunteer, sameTime.id),
      ]);
      refused(other, 409, 'signup.overlaps');
      expect((await shiftOn(homework.id, '2026-10-07')).signedUp).toBe(0);
    });

    it('lets only volunteers sign up', async () => {
      const w = await world(0);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      const contact = await factories.user([{ role: Role.Contact, organisationId: w.company.id }]);
      refused(await signUp(w.coordinator, shift.id), 403, 'access.role');
      refused(await signUp(contact, shift.id), 403, 'access.role');
      expect((await shiftOn(programme.id, '2026-10-07')).signedUp).toBe(0);
    });
  });

  describe('giving up a place', () => {
    it('promotes the first on the waiting list at once and tells them', async () => {
      const w = await world(3);
      const programme = await createProgramme(w, { capacity: { min: 1, max: 1 } });
      const shift = await shiftOn(programme.id, '2026-10-07');
      const [first, second, third] = w.volunteers;
      for (const volunteer of w.volunteers) ok(await signUp(volunteer, shift.id), 201);
      await mailTo(second, `Venteliste: frivillig i ${w.partner.name} ${OCTOBER_7}`);

      const given = ok(await call(first, 'delete', `/shifts/${shift.id}/signups/me`), 200);
      expect(given).toMatchObject({ userId: first.id, status: 'cancelled', position: null });

      expect(await placesOn(shift.id)).toEqual([
        { userId: second.id, status: 'confirmed', position: null },
        { userId: third.id, status: 'waitlisted', position: 1 },
      ]);
      expect(await shiftOn(programme.id, '2026-10-07')).toMatchObject({
        signedUp: 1,
        waitlisted: 1,
      });
      expect(
        (await outboxFor(second.id)).map(({ template, params }) => [template, params.promoted]),
      ).toEqual([
        ['shift.signup-waitlisted', undefined],
        ['shift.signup-confirmed', true],
      ]);
      const mail = await mailTo(second, `Frivillig i ${w.partner.name}: ${OCTOBER_7}`);
      expect(mail.text).toContain('ventelisten');
      // It opens the shift in the web app, not in the JSON API.
      expect(mail.text).toMatch(/http:\/\/scheduler\.test\/shifts\/[\w-]+/);
      expect(mail.text).not.toContain('/api/v1/');
    });

    it('moves the waiting list up when a waiting volunteer leaves it', async () => {
      const w = await world(3);
      const programme = await createProgramme(w, { capacity: { min: 1, max: 1 } });
      const shift = await shiftOn(programme.id, '2026-10-07');
      const [first, second, third] = w.volunteers;
      for (const volunteer of w.volunteers) ok(await signUp(volunteer, shift.id), 201);

      ok(await call(second, 'delete', `/shifts/${shift.id}/signups/me`), 200);
      expect(await placesOn(shift.id)).toEqual([
        { userId: first.id, status: 'confirmed', position: null },
        { userId: third.id, status: 'waitlisted', position: 1 },
      ]);
    });

    it('answers 404 signup.not-found to someone without a place', async () => {
      const w = await world(2);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      const [signedUp, never] = w.volunteers;
      ok(await signUp(signedUp, shift.id), 201);

      refused(
        await call(never, 'delete', `/shifts/${shift.id}/signups/me`),
        404,
        'signup.not-found',
      );
      ok(await call(signedUp, 'delete', `/shifts/${shift.id}/signups/me`), 200);
      refused(
        await call(signedUp, 'delete', `/shifts/${shift.id}/signups/me`),
        404,
        'signup.not-found',
      );
      expect(await signupsOf(signedUp.id)).toEqual([
        { date: '2026-10-07', status: 'cancelled', commitment: false },
      ]);
      // Having given it up, they may take a place again.
      expect(ok(await signUp(signedUp, shift.id), 201).status).toBe('confirmed');
    });

    it('keeps places once the shift has started: 409 signup.shift-started', async () => {
      await startOwnStack();
      const w = await world(1);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      ok(await signUp(w.volunteers[0], shift.id), 201);
      stack.clock.travelTo(new Date('2026-10-07T16:15:00+02:00'));
      refused(
        await call(w.volunteers[0], 'delete', `/shifts/${shift.id}/signups/me`),
        409,
        'signup.shift-started',
      );
      expect(await placesOn(shift.id)).toEqual([
        { userId: w.volunteers[0].id, status: 'confirmed', position: null },
      ]);
    });
  });

  describe('standing commitments', () => {
    it('signs the volunteer up to every coming shift of the programme', async () => {
      const w = await world(1);
      const [volunteer] = w.volunteers;
      const programme = await createProgramme(w);
      const shifts = await shiftsOf(programme.id);
      expect(shifts).toHaveLength(12);

      const commitment = ok(
        await call(volunteer, 'post', `/programmes/${programme.id}/commitments`),
        201,
      );
      expect(commitment).toMatchObject({
        programmeId: programme.id,
        userId: volunteer.id,
        confirmed: shifts.length,
        waitlisted: 0,
      });
      const mine = await signupsOf(volunteer.id);
      expect(mine).toEqual(
        shifts.map((shift) => ({ date: shift.date, status: 'confirmed', commitment: true })),
      );
      for (const shift of await shiftsOf(programme.id)) expect(shift.signedUp).toBe(1);
      const templates = (await outboxFor(volunteer.id)).map((m) => m.template);
      // One mail with one recurring event, not a confirmation per shift.
      expect(templates.filter((t) => t === 'programme.commitment-started')).toHaveLength(1);
      expect(templates.filter((t) => t === 'shift.signup-confirmed')).toHaveLength(0);
      await mailTo(volunteer, `Fast frivillig i ${w.partner.name}: onsdage kl. 16.00–18.00`);
    });

    it('puts the committed volunteer on the waiting list where a shift is full', async () => {
      const w = await world(2);
      const [committed, early] = w.volunteers;
      const programme = await createProgramme(w, { capacity: { min: 1, max: 1 } });
      const full = await shiftOn(programme.id, '2026-10-14');
      ok(await signUp(early, full.id), 201);

      const commitment = ok(
        await call(committed, 'post', `/programmes/${programme.id}/commitments`),
        201,
      );
      expect(commitment).toMatchObject({ confirmed: 11, waitlisted: 1 });
      expect(await placesOn(full.id)).toEqual([
        { userId: early.id, status: 'confirmed', position: null },
        { userId: committed.id, status: 'waitlisted', position: 1 },
      ]);
    });

    it('refuses a second standing commitment: 409 commitment.exists', async () => {
      const w = await world(1);
      const [volunteer] = w.volunteers;
      const programme = await createProgramme(w);
      ok(await call(volunteer, 'post', `/programmes/${programme.id}/commitments`), 201);
      const before = await signupsOf(volunteer.id);

      refused(
        await call(volunteer, 'post', `/programmes/${programme.id}/commitments`),
        409,
        'commitment.exists',
        /already have a standing commitment/,
      );
      expect(await signupsOf(volunteer.id)).toEqual(before);
      const [row] = await stack.dataSource.query(
        `SELECT count(*)::int AS count FROM commitments WHERE user_id = $1`,
        [volunteer.id],
      );
      expect(row.count).toBe(1);
    });

    it('refuses a commitment from a volunteer of another company: 409 signup.not-eligible', async () => {
      const w = await world(0);
      const programme = await createProgramme(w);
      const other = await volunteerElsewhere(w);
      refused(
        await call(other, 'post', `/programmes/${programme.id}/commitments`),
        409,
        'signup.not-eligible',
      );
      expect(await signupsOf(other.id)).toEqual([]);
    });

    it('signs the committed volunteer up to the shifts the sweep creates later', async () => {
      await startOwnStack();
      const w = await world(1);
      const [volunteer] = w.volunteers;
      const programme = await createProgramme(w);
      ok(await call(volunteer, 'post', `/programmes/${programme.id}/commitments`), 201);

      stack.clock.travelTo(new Date('2026-10-22T08:00:00+02:00'));
      ok(await call(admin, 'post', '/admin/sweeps/materialise-shifts'), 200);

      const coming = await shiftsOf(programme.id, '2026-10-22', '2027-01-31');
      expect(coming.map((shift) => shift.date).slice(-3)).toEqual([
        '2026-12-30',
        '2027-01-06',
        '2027-01-13',
      ]);
      for (const shift of coming) expect(shift).toMatchObject({ signedUp: 1, short: false });
      const mine = await signupsOf(volunteer.id);
      expect(mine.slice(-3)).toEqual([
        { date: '2026-12-30', status: 'confirmed', commitment: true },
        { date: '2027-01-06', status: 'confirmed', commitment: true },
        { date: '2027-01-13', status: 'confirmed', commitment: true },
      ]);
      // The commitment's weekly event already holds those days: no mail about them.
      expect((await outboxFor(volunteer.id)).map((m) => m.template)).toEqual([
        'programme.commitment-started',
      ]);
    });

    it('follows the committed volunteer onto the new weekday when the schedule changes', async () => {
      const w = await world(1);
      const [volunteer] = w.volunteers;
      const programme = await createProgramme(w);
      ok(await call(volunteer, 'post', `/programmes/${programme.id}/commitments`), 201);

      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, {
          schedule: { weekdays: [4], startTime: '16:00', endTime: '18:00', startsOn: '2026-10-01' },
        }),
        200,
      );
      const thursdays = (await shiftsOf(programme.id)).filter((s) => s.status === 'scheduled');
      expect(thursdays).toHaveLength(13);
      for (const shift of thursdays) expect(shift.signedUp).toBe(1);
      const active = (await signupsOf(volunteer.id)).filter((s) => s.status !== 'cancelled');
      expect(active.map((s) => s.date)).toEqual(thursdays.map((s) => s.date));
    });

    it('puts the committed volunteer back on a shift that is reopened', async () => {
      const w = await world(1);
      const [volunteer] = w.volunteers;
      const programme = await createProgramme(w);
      ok(await call(volunteer, 'post', `/programmes/${programme.id}/commitments`), 201);
      const october14 = await shiftOn(programme.id, '2026-10-14');

      // Closed for the autumn holiday by mistake, and opened again.
      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, {
          closedDates: [{ from: '2026-10-12', to: '2026-10-18', label: 'Efterårsferie' }],
        }),
        200,
      );
      expect((await shiftOn(programme.id, '2026-10-14')).status).toBe('cancelled');
      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, { closedDates: [] }),
        200,
      );

      expect(await shiftOn(programme.id, '2026-10-14')).toMatchObject({
        id: october14.id,
        status: 'scheduled',
        signedUp: 1,
      });
      expect(await placesOn(october14.id)).toEqual([
        { userId: volunteer.id, status: 'confirmed', position: null },
      ]);
    });

    it('ends the commitment: releases the coming places, promotes those waiting, keeps the past', async () => {
      await startOwnStack();
      const w = await world(2);
      const [committed, waiting] = w.volunteers;
      const programme = await createProgramme(w, { capacity: { min: 1, max: 1 } });
      ok(await call(committed, 'post', `/programmes/${programme.id}/commitments`), 201);
      const october14 = await shiftOn(programme.id, '2026-10-14');
      const october21 = await shiftOn(programme.id, '2026-10-21');
      ok(await signUp(waiting, october14.id), 201);
      ok(await signUp(waiting, october21.id), 201);

      // The first shift is over; the other eleven are to come.
      stack.clock.travelTo(new Date('2026-10-08T08:00:00+02:00'));
      const coming = (await signupsOf(committed.id)).filter((s) => s.date > '2026-10-08');
      expect(coming).toHaveLength(11);
      const ended = ok(
        await call(committed, 'delete', `/programmes/${programme.id}/commitments/me`),
        200,
      );
      expect(ended).toEqual({ released: coming.length });

      expect(await signupsOf(committed.id)).toEqual([
        { date: '2026-10-07', status: 'confirmed', commitment: true },
        ...coming.map(({ date }) => ({ date, status: 'cancelled', commitment: true })),
      ]);
      expect(await placesOn(october14.id)).toEqual([
        { userId: waiting.id, status: 'confirmed', position: null },
      ]);
      expect(await placesOn(october21.id)).toEqual([
        { userId: waiting.id, status: 'confirmed', position: null },
      ]);
      expect((await shiftOn(programme.id, '2026-10-28')).signedUp).toBe(0);
      expect((await outboxFor(committed.id)).map((m) => m.template)).toContain(
        'programme.commitment-ended',
      );
      await mailTo(waiting, `Frivillig i ${w.partner.name}: onsdag 14. oktober kl. 16.00–18.00`);

      refused(
        await call(committed, 'delete', `/programmes/${programme.id}/commitments/me`),
        404,
        'commitment.not-found',
      );
      // Shifts created later no longer take the volunteer.
      stack.clock.travelTo(new Date('2026-10-29T08:00:00+02:00'));
      ok(await call(admin, 'post', '/admin/sweeps/materialise-shifts'), 200);
      expect((await shiftOn(programme.id, '2027-01-20')).signedUp).toBe(0);
    });
  });

  describe('attendance', () => {
    it('refuses attendance before the shift: 409 attendance.shift-not-started', async () => {
      await startOwnStack();
      const w = await world(1);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      ok(await signUp(w.volunteers[0], shift.id), 201);
      stack.clock.travelTo(new Date('2026-10-07T15:59:00+02:00'));

      refused(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/attendance`, {
          records: [{ userId: w.volunteers[0].id, attended: true }],
        }),
        409,
        'attendance.shift-not-started',
      );
      const body = ok(await call(admin, 'get', `/shifts/${shift.id}`), 200);
      expect(body.signups[0]).toMatchObject({ attended: null, hours: null });
    });

    it("marks who came: the shift's length by default, none for the absent, or the hours given", async () => {
      await startOwnStack();
      const w = await world(3);
      const [came, absent, left] = w.volunteers;
      const programme = await createProgramme(w, { capacity: { min: 1, max: 3 } });
      const shift = await shiftOn(programme.id, '2026-10-07');
      for (const volunteer of w.volunteers) ok(await signUp(volunteer, shift.id), 201);

      stack.clock.travelTo(new Date('2026-10-07T18:30:00+02:00'));
      const marked = ok(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/attendance`, {
          records: [
            { userId: came.id, attended: true },
            { userId: absent.id, attended: false },
            { userId: left.id, attended: true, hours: 1.5 },
          ],
        }),
        200,
      );
      const byUser = (marked.signups as Place[]).map(({ userId, attended, hours }) => ({
        userId,
        attended,
        hours,
      }));
      expect(byUser).toEqual([
        { userId: came.id, attended: true, hours: 2 },
        { userId: absent.id, attended: false, hours: null },
        { userId: left.id, attended: true, hours: 1.5 },
      ]);

      const hoursOf = async (user: UserEntity) => ok(await call(user, 'get', '/me/hours'), 200);
      expect(await hoursOf(came)).toMatchObject({ totalHours: 2, shiftsAttended: 1, noShows: 0 });
      expect(await hoursOf(absent)).toMatchObject({ totalHours: 0, shiftsAttended: 0, noShows: 1 });
      expect(await hoursOf(left)).toMatchObject({ totalHours: 1.5, shiftsAttended: 1, noShows: 0 });

      // A correction: the absent volunteer came after all.
      ok(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/attendance`, {
          records: [{ userId: absent.id, attended: true }],
        }),
        200,
      );
      expect(await hoursOf(absent)).toMatchObject({ totalHours: 2, shiftsAttended: 1, noShows: 0 });
    });

    it('refuses a record for someone without a place on the shift, naming records.N.userId', async () => {
      await startOwnStack();
      const w = await world(3);
      const [confirmed, waiting, never] = w.volunteers;
      const programme = await createProgramme(w, { capacity: { min: 1, max: 1 } });
      const shift = await shiftOn(programme.id, '2026-10-07');
      ok(await signUp(confirmed, shift.id), 201);
      ok(await signUp(waiting, shift.id), 201);
      stack.clock.travelTo(new Date('2026-10-07T19:00:00+02:00'));

      const attend = (records: object[]) =>
        call(w.coordinator, 'post', `/shifts/${shift.id}/attendance`, { records });
      invalid(await attend([{ userId: never.id, attended: true }]), 'records.0.userId');
      invalid(await attend([{ userId: waiting.id, attended: true }]), 'records.0.userId');
      invalid(
        await attend([
          { userId: confirmed.id, attended: true },
          { userId: UNKNOWN_UUID, attended: true },
        ]),
        'records.1.userId',
      );
      invalid(
        await attend([{ userId: confirmed.id, attended: true, hours: 0 }]),
        'records.0.hours',
      );
      invalid(
        await attend([{ userId: confirmed.id, attended: true, hours: 25 }]),
        'records.0.hours',
      );
      invalid(await attend([]), 'records');
      // Nothing of a refused request is kept.
      const body = ok(await call(admin, 'get', `/shifts/${shift.id}`), 200);
      expect(
        (body.signups as Place[]).map(({ userId, attended, hours }) => ({
          userId,
          attended,
          hours,
        })),
      ).toEqual([
        { userId: confirmed.id, attended: null, hours: null },
        { userId: waiting.id, attended: null, hours: null },
      ]);
      expect(ok(await call(confirmed, 'get', '/me/hours'), 200)).toMatchObject({
        totalHours: 0,
        months: [],
      });
    });

    it('lets only the coordinators mark attendance', async () => {
      await startOwnStack();
      const w = await world(1);
      const other = await world(0);
      const [volunteer] = w.volunteers;
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      ok(await signUp(volunteer, shift.id), 201);
      stack.clock.travelTo(new Date('2026-10-07T19:00:00+02:00'));
      const records = [{ userId: volunteer.id, attended: true, hours: 8 }];

      refused(
        await call(volunteer, 'post', `/shifts/${shift.id}/attendance`, { records }),
        403,
        'access.role',
      );
      refused(
        await call(other.coordinator, 'post', `/shifts/${shift.id}/attendance`, { records }),
        404,
        'shift.not-found',
      );
      expect(ok(await call(volunteer, 'get', '/me/hours'), 200).totalHours).toBe(0);
      ok(await call(admin, 'post', `/shifts/${shift.id}/attendance`, { records }), 200);
      expect(ok(await call(volunteer, 'get', '/me/hours'), 200).totalHours).toBe(8);
    });

    it('refuses attendance for a cancelled shift: 409 shift.cancelled', async () => {
      await startOwnStack();
      const w = await world(1);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      ok(await signUp(w.volunteers[0], shift.id), 201);
      ok(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/cancel`, { reason: 'Lukket' }),
        200,
      );
      stack.clock.travelTo(new Date('2026-10-07T19:00:00+02:00'));
      refused(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/attendance`, {
          records: [{ userId: w.volunteers[0].id, attended: true }],
        }),
        409,
        'shift.cancelled',
      );
    });

    it("shows a volunteer's own hours by month and programme, with totals and no-shows", async () => {
      await startOwnStack();
      const w = await world(2);
      const [volunteer, colleague] = w.volunteers;
      const football = await createProgramme(w, { title: 'Fodboldklubben' });
      const homework = await createProgramme(w, {
        title: 'Lektiecaféen',
        schedule: { weekdays: [4], startTime: '09:00', endTime: '12:30', startsOn: '2026-10-01' },
      });
      const attended: [string, string, object][] = [
        [football.id, '2026-10-07', { attended: true }],
        [football.id, '2026-10-14', { attended: false }],
        [football.id, '2026-11-04', { attended: true, hours: 1.5 }],
        [homework.id, '2026-10-08', { attended: true }],
      ];
      const shifts: ShiftView[] = [];
      for (const [programmeId, date] of attended) {
        const shift = await shiftOn(programmeId, date);
        ok(await signUp(volunteer, shift.id), 201);
        shifts.push(shift);
      }
      // The colleague's hours are theirs alone.
      ok(await signUp(colleague, shifts[0].id), 201);

      stack.clock.travelTo(new Date('2026-11-05T10:00:00+01:00'));
      for (const [index, [, , record]] of attended.entries()) {
        ok(
          await call(w.coordinator, 'post', `/shifts/${shifts[index].id}/attendance`, {
            records: [{ userId: volunteer.id, ...record }],
          }),
          200,
        );
      }
      ok(
        await call(w.coordinator, 'post', `/shifts/${shifts[0].id}/attendance`, {
          records: [{ userId: colleague.id, attended: true, hours: 0.5 }],
        }),
        200,
      );

      expect(ok(await call(volunteer, 'get', '/me/hours'), 200)).toEqual({
        totalHours: 7,
        shiftsAttended: 3,
        noShows: 1,
        months: [
          {
            month: '2026-10',
            programmeId: football.id,
            programmeTitle: 'Fodboldklubben',
            hours: 2,
            shiftsAttended: 1,
            noShows: 1,
          },
          {
            month: '2026-10',
            programmeId: homework.id,
            programmeTitle: 'Lektiecaféen',
            hours: 3.5,
            shiftsAttended: 1,
            noShows: 0,
          },
          {
            month: '2026-11',
            programmeId: football.id,
            programmeTitle: 'Fodboldklubben',
            hours: 1.5,
            shiftsAttended: 1,
            noShows: 0,
          },
        ],
      });
      expect(ok(await call(colleague, 'get', '/me/hours'), 200)).toEqual({
        totalHours: 0.5,
        shiftsAttended: 1,
        noShows: 0,
        months: [
          {
            month: '2026-10',
            programmeId: football.id,
            programmeTitle: 'Fodboldklubben',
            hours: 0.5,
            shiftsAttended: 1,
            noShows: 0,
          },
        ],
      });
    });
  });
});
