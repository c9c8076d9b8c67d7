import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import {
  apiCaller,
  shiftsOf,
  ShiftView,
  signUp,
  volunteeringWorld,
  VolunteeringWorld as World,
} from './support/scenarios';
import { invalid, Json, ok } from './support/responses';
import { startTestStack, TestStack } from './support/test-stack';

// A volunteer's own state on every shift they see (placed, or waiting in which position), the
// shifts of every programme open to them across programmes, their places and their standing
// commitments. "Now" is Thursday 1 October 2026, 08:00 in Copenhagen; programmes meet on
// Wednesdays from 16:00 to 18:00, the first on 7 October.

const START = new Date('2026-10-01T08:00:00+02:00');

interface MySignup {
  status: string;
  position: number | null;
}

describe("a volunteer's own state", () => {
  let stack: TestStack;
  let factories: Factories;
  let call: ReturnType<typeof apiCaller>;

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: START, worker: false });
    factories = new Factories(stack.dataSource);
    call = apiCaller(stack);
  });
  afterAll(() => stack.stop());

  /** A weekly programme of the world's partner for its company, set up by its coordinator. */
  async function programmeOf(
    w: World,
    overrides: { title?: string; weekdays?: number[]; capacity?: object } = {},
  ): Promise<Json> {
    return ok(
      await call(w.coordinator, 'post', '/programmes', {
        partnerId: w.partner.id,
        title: overrides.title ?? 'Lektiehjælp',
        location: 'Klubhuset, Vejle Øst',
        timezone: 'Europe/Copenhagen',
        companyIds: [w.company.id],
        coordinatorIds: [w.coordinator.id],
        schedule: {
          weekdays: overrides.weekdays ?? [3],
          startTime: '16:00',
          endTime: '18:00',
          startsOn: '2026-10-01',
          endsOn: '2026-10-31',
        },
        capacity: overrides.capacity ?? { min: 1, max: 1 },
      }),
      201,
    );
  }

  async function firstShift(programmeId: string, viewer: UserEntity): Promise<ShiftView> {
    const [shift] = await shiftsOf(stack, programmeId, viewer, {
      from: '2026-10-07',
      to: '2026-10-07',
    });
    return shift;
  }

  /** The viewer's own place on each shift of a list, by date. */
  const mine = (items: Json[]) =>
    Object.fromEntries(items.map((item) => [item.date, item.mySignup as MySignup | null]));

  describe('on every shift they see', () => {
    it('shows a volunteer third in line their waiting position 2, in lists and by id', async () => {
      const w = await volunteeringWorld(factories, 3);
      const [placed, first, second] = w.volunteers;
      const programme = await programmeOf(w);
      const shift = await firstShift(programme.id, w.coordinator);
      for (const volunteer of w.volunteers) ok(await signUp(stack, volunteer, shift.id), 201);

      const listed = await call(second, 'get', `/programmes/${programme.id}/shifts`);
      expect(mine(ok(listed, 200).items)).toEqual({
        '2026-10-07': { status: 'waitlisted', position: 2 },
        '2026-10-14': null,
        '2026-10-21': null,
        '2026-10-28': null,
      });
      const byId = ok(await call(second, 'get', `/shifts/${shift.id}`), 200);
      expect(byId.mySignup).toEqual({ status: 'waitlisted', position: 2 });
      const open = ok(await call(second, 'get', '/shifts'), 200);
      expect(mine(open.items)['2026-10-07']).toEqual({ status: 'waitlisted', position: 2 });

      expect(ok(await call(placed, 'get', `/shifts/${shift.id}`), 200).mySignup).toEqual({
        status: 'confirmed',
        position: null,
      });
      expect(ok(await call(first, 'get', `/shifts/${shift.id}`), 200).mySignup).toEqual({
        status: 'waitlisted',
        position: 1,
      });
      // The coordinator has no place of their own.
      expect(ok(await call(w.coordinator, 'get', `/shifts/${shift.id}`), 200).mySignup).toBeNull();
    });

    it('moves the waiting position up when the one placed gives up', async () => {
      const w = await volunteeringWorld(factories, 3);
      const [placed, first, second] = w.volunteers;
      const programme = await programmeOf(w);
      const shift = await firstShift(programme.id, w.coordinator);
      for (const volunteer of w.volunteers) ok(await signUp(stack, volunteer, shift.id), 201);

      ok(await call(placed, 'delete', `/shifts/${shift.id}/signups/me`), 200);
      expect(ok(await call(placed, 'get', `/shifts/${shift.id}`), 200).mySignup).toBeNull();
      expect(ok(await call(first, 'get', `/shifts/${shift.id}`), 200).mySignup).toEqual({
        status: 'confirmed',
        position: null,
      });
      expect(ok(await call(second, 'get', `/shifts/${shift.id}`), 200).mySignup).toEqual({
        status: 'waitlisted',
        position: 1,
      });
    });

    it('shows a volunteer how many are placed and the places left, not only a coordinator', async () => {
      const w = await volunteeringWorld(factories, 2);
      const [volunteer, colleague] = w.volunteers;
      const programme = await programmeOf(w, { capacity: { min: 2, max: 3 } });
      const shift = await firstShift(programme.id, w.coordinator);
      ok(await signUp(stack, colleague, shift.id), 201);

      const seen = ok(await call(volunteer, 'get', `/shifts/${shift.id}`), 200);
      expect(seen).toMatchObject({
        signedUp: 1,
        waitlisted: 0,
        freePlaces: 2,
        short: true,
        signups: [],
        programme: { id: programme.id, title: 'Lektiehjælp', partner: { id: w.partner.id } },
      });
    });

    it('shows no places left on a full shift or a cancelled one', async () => {
      const w = await volunteeringWorld(factories, 1);
      const programme = await programmeOf(w);
      const shift = await firstShift(programme.id, w.coordinator);
      ok(await signUp(stack, w.volunteers[0], shift.id), 201);
      const [, later] = await shiftsOf(stack, programme.id, w.coordinator);
      ok(
        await call(w.coordinator, 'post', `/shifts/${later.id}/cancel`, { reason: 'Lukket' }),
        200,
      );

      const listed = ok(
        await call(w.volunteers[0], 'get', `/programmes/${programme.id}/shifts`),
        200,
      );
      expect(
        (listed.items as Json[]).map(({ date, status, freePlaces }) => ({
          date,
          status,
          freePlaces,
        })),
      ).toEqual([
        { date: '2026-10-07', status: 'scheduled', freePlaces: 0 },
        { date: '2026-10-14', status: 'cancelled', freePlaces: 0 },
        { date: '2026-10-21', status: 'scheduled', freePlaces: 1 },
        { date: '2026-10-28', status: 'scheduled', freePlaces: 1 },
      ]);
    });
  });

  describe('GET /shifts', () => {
    it('lists only the shifts of programmes open to the caller, soonest first', async () => {
      const a = await volunteeringWorld(factories, 1);
      const b = await volunteeringWorld(factories, 1);
      const mondays = await programmeOf(a, { title: 'Fodbold', weekdays: [1] });
      const wednesdays = await programmeOf(a, { title: 'Lektiehjælp' });
      const elsewhere = await programmeOf(b, { title: 'Syning' });
      const programmesIn = (items: Json[]) => [...new Set(items.map((item) => item.programmeId))];

      const volunteerA = ok(await call(a.volunteers[0], 'get', '/shifts'), 200);
      expect(new Set(programmesIn(volunteerA.items))).toEqual(new Set([mondays.id, wednesdays.id]));
      expect((volunteerA.items as Json[]).slice(0, 2)).toMatchObject([
        { date: '2026-10-05', programme: { id: mondays.id, title: 'Fodbold' } },
        { date: '2026-10-07', programme: { id: wednesdays.id, title: 'Lektiehjælp' } },
      ]);
      const starts = (volunteerA.items as Json[]).map((item) => item.start as string);
      expect(starts).toEqual([...starts].sort());
      expect(volunteerA.next).toBeNull();

      const coordinatorB = ok(await call(b.coordinator, 'get', '/shifts'), 200);
      expect(programmesIn(coordinatorB.items)).toEqual([elsewhere.id]);
      expect(coordinatorB.items[0]).toMatchObject({
        programme: { title: 'Syning', partner: { id: b.partner.id, name: b.partner.name } },
        capacity: { min: 1, max: 1 },
        freePlaces: 1,
        short: true,
        mySignup: null,
      });

      // A contact person of a named company sees the programme, but volunteers for none.
      const contact = await factories.user([{ role: Role.Contact, organisationId: a.company.id }]);
      expect(ok(await call(contact, 'get', '/shifts'), 200)).toEqual({ items: [], next: null });
      const outsider = await factories.user();
      expect(ok(await call(outsider, 'get', '/shifts'), 200)).toEqual({ items: [], next: null });
    });

    it('shows a volunteer of two companies the programmes of both', async () => {
      const a = await volunteeringWorld(factories, 0);
      const b = await volunteeringWorld(factories, 0);
      const first = await programmeOf(a);
      const second = await programmeOf(b, { weekdays: [4] });
      const both = await factories.user([
        { role: Role.Volunteer, organisationId: a.company.id },
        { role: Role.Volunteer, organisationId: b.company.id },
      ]);
      const listed = ok(await call(both, 'get', '/shifts?from=2026-10-07&to=2026-10-08'), 200);
      expect((listed.items as Json[]).map((item) => [item.date, item.programmeId])).toEqual([
        ['2026-10-07', first.id],
        ['2026-10-08', second.id],
      ]);
    });

    it('lists the days asked for, both included', async () => {
      const w = await volunteeringWorld(factories, 1);
      await programmeOf(w);
      const listed = ok(
        await call(w.volunteers[0], 'get', '/shifts?from=2026-10-14&to=2026-10-21'),
        200,
      );
      expect((listed.items as Json[]).map((item) => item.date)).toEqual([
        '2026-10-14',
        '2026-10-21',
      ]);
    });
  });

  describe('GET /me/signups', () => {
    it('lists the places placed and waiting, with position, time and programme', async () => {
      const w = await volunteeringWorld(factories, 3);
      const [placed, first, second] = w.volunteers;
      const programme = await programmeOf(w, { title: 'Lektiehjælp og fodbold' });
      const shift = await firstShift(programme.id, w.coordinator);
      for (const volunteer of w.volunteers) ok(await signUp(stack, volunteer, shift.id), 201);
      const [, later] = await shiftsOf(stack, programme.id, w.coordinator);
      ok(await signUp(stack, second, later.id), 201);

      const places = ok(await call(second, 'get', '/me/signups'), 200);
      expect(places.next).toBeNull();
      expect(places.items).toEqual([
        expect.objectContaining({
          shiftId: shift.id,
          userId: second.id,
          status: 'waitlisted',
          position: 2,
          shift: {
            id: shift.id,
            date: '2026-10-07',
            start: '2026-10-07T14:00:00.000Z',
            end: '2026-10-07T16:00:00.000Z',
            status: 'scheduled',
          },
          programme: {
            id: programme.id,
            title: 'Lektiehjælp og fodbold',
            location: 'Klubhuset, Vejle Øst',
            timezone: 'Europe/Copenhagen',
            partner: { id: w.partner.id, name: w.partner.name },
          },
        }),
        expect.objectContaining({ shiftId: later.id, status: 'confirmed', position: null }),
      ]);
      expect(ok(await call(placed, 'get', '/me/signups'), 200).items).toEqual([
        expect.objectContaining({ shiftId: shift.id, status: 'confirmed', position: null }),
      ]);
      expect(ok(await call(first, 'get', '/me/signups'), 200).items).toEqual([
        expect.objectContaining({ shiftId: shift.id, status: 'waitlisted', position: 1 }),
      ]);
    });

    it('leaves out a place given up, and places outside the days asked for', async () => {
      const w = await volunteeringWorld(factories, 1);
      const [volunteer] = w.volunteers;
      const programme = await programmeOf(w, { capacity: { min: 1, max: 2 } });
      const shifts = await shiftsOf(stack, programme.id, w.coordinator);
      for (const shift of shifts) ok(await signUp(stack, volunteer, shift.id), 201);
      ok(await call(volunteer, 'delete', `/shifts/${shifts[1].id}/signups/me`), 200);

      const dates = async (query: string) =>
        (ok(await call(volunteer, 'get', `/me/signups${query}`), 200).items as Json[]).map(
          (item) => item.shift.date,
        );
      expect(await dates('')).toEqual(['2026-10-07', '2026-10-21', '2026-10-28']);
      expect(await dates('?from=2026-10-20&to=2026-10-21')).toEqual(['2026-10-21']);
      expect(await dates('?from=2026-11-01')).toEqual([]);
    });
  });

  describe('GET /me/commitments', () => {
    it('lists the standing commitments with the programme and since when, until one ends', async () => {
      const w = await volunteeringWorld(factories, 1);
      const [volunteer] = w.volunteers;
      const programme = await programmeOf(w, {
        title: 'Lektiehjælp',
        capacity: { min: 1, max: 3 },
      });
      expect(ok(await call(volunteer, 'get', '/me/commitments'), 200)).toEqual({
        items: [],
        next: null,
      });
      const commitment = ok(
        await call(volunteer, 'post', `/programmes/${programme.id}/commitments`),
        201,
      );

      const listed = ok(await call(volunteer, 'get', '/me/commitments'), 200);
      expect(listed).toEqual({
        items: [
          {
            id: commitment.id,
            programmeId: programme.id,
            programme: {
              id: programme.id,
              title: 'Lektiehjælp',
              location: 'Klubhuset, Vejle Øst',
              timezone: 'Europe/Copenhagen',
              partner: { id: w.partner.id, name: w.partner.name },
            },
            since: expect.stringMatching(/^2026-10-01T06:/),
          },
        ],
        next: null,
      });

      ok(await call(volunteer, 'delete', `/programmes/${programme.id}/commitments/me`), 200);
      expect(ok(await call(volunteer, 'get', '/me/commitments'), 200).items).toEqual([]);
    });
  });

  describe('the days asked for', () => {
    const lists = ['/shifts', '/me/signups'];

    it.each(lists)('refuses a day that is no date in %s, naming the field', async (path) => {
      const w = await volunteeringWorld(factories, 1);
      invalid(await call(w.volunteers[0], 'get', `${path}?from=1.%20oktober`), 'from');
      invalid(await call(w.volunteers[0], 'get', `${path}?to=2026-02-30`), 'to');
    });

    it.each(lists)('refuses in %s an end before the start, naming to', async (path) => {
      const w = await volunteeringWorld(factories, 1);
      const response = await call(w.volunteers[0], 'get', `${path}?from=2026-10-14&to=2026-10-07`);
      invalid(response, 'to');
      expect(response.body.code).toBe('shifts.range');
    });

    it.each(lists)('refuses in %s more than 366 days at a time, naming to', async (path) => {
      const w = await volunteeringWorld(factories, 1);
      await programmeOf(w);
      const longest = await call(w.volunteers[0], 'get', `${path}?from=2026-10-01&to=2027-10-02`);
      ok(longest, 200);
      const tooLong = await call(w.volunteers[0], 'get', `${path}?from=2026-10-01&to=2027-10-03`);
      invalid(tooLong, 'to');
      expect(tooLong.body.code).toBe('shifts.range-too-long');
    });
  });
});
