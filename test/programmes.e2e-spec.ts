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

// Weekly programmes and their shifts: setting one up, the shifts materialised for its horizon on
// the local wall clock, listing them, cancelling one, and changing the schedule under sign-ups.
// "Now" is Thursday 1 October 2026, 08:00 in Copenhagen; summer time ends on 25 October. The
// clock only moves forward, so a test that moves it starts a stack of its own.

const START = new Date('2026-10-01T08:00:00+02:00');
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

/** The Wednesdays of the default 12-week horizon from 1 October 2026 (to 24 December). */
const WEDNESDAYS = [
  '2026-10-07',
  '2026-10-14',
  '2026-10-21',
  '2026-10-28',
  '2026-11-04',
  '2026-11-11',
  '2026-11-18',
  '2026-11-25',
  '2026-12-02',
  '2026-12-09',
  '2026-12-16',
  '2026-12-23',
];

describe('weekly programmes and their shifts', () => {
  let stack: TestStack;
  let factories: Factories;
  let admin: UserEntity;

  let call: ReturnType<typeof apiCaller>;
  const world = (volunteers = 2) => volunteeringWorld(factories, volunteers);

  /** Wednesdays 16:00–18:00 in Copenhagen from 1 October, 2 to 4 volunteers. */
  function programmeBody(w: World, overrides: Body = {}): Body {
    return {
      partnerId: w.partner.id,
      title: 'Lektiehjælp og fodbold i drengeklubben',
      location: 'Klubhuset, Vejle Øst',
      timezone: 'Europe/Copenhagen',
      companyIds: [w.company.id],
      coordinatorIds: [w.coordinator.id],
      schedule: { weekdays: [3], startTime: '16:00', endTime: '18:00', startsOn: '2026-10-01' },
      capacity: { min: 2, max: 4 },
      closedDates: [],
      ...overrides,
    };
  }

  async function createProgramme(w: World, overrides: Body = {}): Promise<Body> {
    return ok(await call(w.coordinator, 'post', '/programmes', programmeBody(w, overrides)), 201);
  }

  const shiftsOf = (programmeId: string, from = '2026-10-01', to = '2027-06-30') =>
    programmeShifts(stack, programmeId, admin, { from, to });

  async function shiftOn(programmeId: string, date: string): Promise<ShiftView> {
    const found = (await shiftsOf(programmeId, date, date)).filter(
      (shift) => shift.status === 'scheduled',
    );
    expect(found).toHaveLength(1);
    return found[0];
  }

  const signUp = async (volunteer: UserEntity, shiftId: string): Promise<Body> =>
    ok(await askForPlace(stack, volunteer, shiftId), 201);

  /** Every sign-up of a shift, cancelled ones too, straight from the database. */
  async function signupsOf(shiftId: string): Promise<{ user_id: string; status: string }[]> {
    return stack.dataSource.query(
      `SELECT user_id, status FROM signups WHERE shift_id = $1 ORDER BY arrival`,
      [shiftId],
    );
  }

  /** Who the outbox holds a message of this template about this shift for. */
  async function outboxFor(template: string, shiftId: string): Promise<string[]> {
    const rows: { recipient_user_id: string }[] = await stack.dataSource.query(
      `SELECT recipient_user_id FROM messages WHERE template = $1 AND params->>'shiftId' = $2`,
      [template, shiftId],
    );
    return rows.map((row) => row.recipient_user_id).sort();
  }

  async function programmeCount(partnerId: string): Promise<number> {
    const [row] = await stack.dataSource.query(
      `SELECT count(*)::int AS count FROM programmes WHERE partner_id = $1`,
      [partnerId],
    );
    return row.count;
  }

  function cancelledMail(w: World, to: UserEntity, when: string) {
    return stack.sink.waitFor(
      (mail) =>
        mail.to.includes(to.email) &&
        mail.subject === `Aflyst: frivillig i ${w.partner.name} ${when}`,
    );
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

  describe('setting up a programme', () => {
    it("lets the partner's coordinator create a programme and answers with its fields", async () => {
      const w = await world();
      const created = await createProgramme(w, {
        closedDates: [{ from: '2026-10-12', to: '2026-10-18', label: 'Efterårsferie' }],
      });
      expect(created).toMatchObject({
        partnerId: w.partner.id,
        title: 'Lektiehjælp og fodbold i drengeklubben',
        location: 'Klubhuset, Vejle Øst',
        timezone: 'Europe/Copenhagen',
        companyIds: [w.company.id],
        coordinatorIds: [w.coordinator.id],
        schedule: {
          weekdays: [3],
          startTime: '16:00',
          endTime: '18:00',
          startsOn: '2026-10-01',
          endsOn: null,
        },
        capacity: { min: 2, max: 4 },
        closedDates: [{ from: '2026-10-12', to: '2026-10-18', label: 'Efterårsferie' }],
        horizonWeeks: 12,
      });
      const read = ok(await call(w.volunteers[0], 'get', `/programmes/${created.id}`), 200);
      expect(read).toEqual(created);
    });

    it('lets an admin create a programme for any partner', async () => {
      const w = await world();
      const created = ok(await call(admin, 'post', '/programmes', programmeBody(w)), 201);
      expect(created.partnerId).toBe(w.partner.id);
      expect(await shiftsOf(created.id)).toHaveLength(12);
    });

    const invalidBodies: [string, string, (body: Body, w: World) => void][] = [
      ['no weekday', 'schedule.weekdays', (b) => (b.schedule.weekdays = [])],
      ['a weekday 8', 'schedule.weekdays', (b) => (b.schedule.weekdays = [3, 8])],
      ['a weekday twice', 'schedule.weekdays', (b) => (b.schedule.weekdays = [3, 3])],
      ['a start time 24:30', 'schedule.startTime', (b) => (b.schedule.startTime = '24:30')],
      ['an end at the start', 'schedule.endTime', (b) => (b.schedule.endTime = '16:00')],
      ['an end before the start', 'schedule.endTime', (b) => (b.schedule.endTime = '15:00')],
      ['a first date not a date', 'schedule.startsOn', (b) => (b.schedule.startsOn = '1/10/26')],
      [
        'a last date before the first',
        'schedule.endsOn',
        (b) => (b.schedule.endsOn = '2026-09-30'),
      ],
      ['an unknown time zone', 'timezone', (b) => (b.timezone = 'Europe/Vejle')],
      ['a minimum of 0', 'capacity.min', (b) => (b.capacity = { min: 0, max: 4 })],
      ['a minimum above the maximum', 'capacity', (b) => (b.capacity = { min: 5, max: 4 })],
      [
        'a closed period ending before it starts',
        'closedDates.0.to',
        (b) => (b.closedDates = [{ from: '2026-10-18', to: '2026-10-12', label: 'Efterårsferie' }]),
      ],
      [
        'a closed period with a malformed date',
        'closedDates.0.from',
        (b) => (b.closedDates = [{ from: '2026-10-32', to: '2026-10-18', label: 'Efterårsferie' }]),
      ],
      ['an unknown company', 'companyIds', (b) => (b.companyIds = [UNKNOWN_UUID])],
      [
        'a coordinator who is a volunteer',
        'coordinatorIds',
        (b, w) => (b.coordinatorIds = [w.volunteers[0].id]),
      ],
      ['a horizon of 0 weeks', 'horizonWeeks', (b) => (b.horizonWeeks = 0)],
      ['a horizon of 53 weeks', 'horizonWeeks', (b) => (b.horizonWeeks = 53)],
      ['no title', 'title', (b) => delete b.title],
      ['an unknown field', 'colour', (b) => (b.colour = 'red')],
      ['an unknown field in the schedule', 'schedule.every', (b) => (b.schedule.every = 2)],
    ];

    it.each(invalidBodies)(
      'refuses %s with 400 naming %s and creates nothing',
      async (_, field, change) => {
        const w = await world();
        const body = programmeBody(w);
        change(body, w);
        const response = await call(w.coordinator, 'post', '/programmes', body);
        invalid(response, field);
        expect(await programmeCount(w.partner.id)).toBe(0);
      },
    );

    it("refuses a coordinator of another partner's programme as coordinator", async () => {
      const w = await world();
      const other = await world(0);
      const response = await call(
        w.coordinator,
        'post',
        '/programmes',
        programmeBody(w, { coordinatorIds: [w.coordinator.id, other.coordinator.id] }),
      );
      invalid(response, 'coordinatorIds');
      expect(await programmeCount(w.partner.id)).toBe(0);
    });

    it('refuses a programme for a partner the coordinator does not coordinate, naming partnerId', async () => {
      const w = await world();
      const other = await world(0);
      invalid(await call(other.coordinator, 'post', '/programmes', programmeBody(w)), 'partnerId');
      invalid(
        await call(
          w.coordinator,
          'post',
          '/programmes',
          programmeBody(w, { partnerId: UNKNOWN_UUID }),
        ),
        'partnerId',
      );
      expect(await programmeCount(w.partner.id)).toBe(0);
    });

    it('refuses a volunteer or a contact person with 403 access.role', async () => {
      const w = await world();
      const contact = await factories.user([{ role: Role.Contact, organisationId: w.company.id }]);
      refused(
        await call(w.volunteers[0], 'post', '/programmes', programmeBody(w)),
        403,
        'access.role',
      );
      refused(await call(contact, 'post', '/programmes', programmeBody(w)), 403, 'access.role');
      const programme = await createProgramme(w);
      refused(
        await call(w.volunteers[0], 'patch', `/programmes/${programme.id}`, { title: 'Mit eget' }),
        403,
        'access.role',
      );
      expect(await programmeCount(w.partner.id)).toBe(1);
    });
  });

  describe('changing a programme', () => {
    it('changes the title, place and capacity for the coordinator and an admin', async () => {
      const w = await world();
      const programme = await createProgramme(w);
      const changed = ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, {
          title: 'Fodbold og lektier',
          location: 'Hallen',
          capacity: { min: 1, max: 6 },
        }),
        200,
      );
      expect(changed).toMatchObject({
        title: 'Fodbold og lektier',
        location: 'Hallen',
        capacity: { min: 1, max: 6 },
        schedule: programme.schedule,
      });
      const byAdmin = ok(
        await call(admin, 'patch', `/programmes/${programme.id}`, { horizonWeeks: 4 }),
        200,
      );
      expect(byAdmin).toMatchObject({ title: 'Fodbold og lektier', horizonWeeks: 4 });
    });

    const invalidPatches: [string, string, Body][] = [
      [
        'an end before the start',
        'schedule.endTime',
        {
          schedule: { weekdays: [3], startTime: '18:00', endTime: '16:00', startsOn: '2026-10-01' },
        },
      ],
      [
        'no weekday',
        'schedule.weekdays',
        {
          schedule: { weekdays: [], startTime: '16:00', endTime: '18:00', startsOn: '2026-10-01' },
        },
      ],
      ['an unknown time zone', 'timezone', { timezone: 'Mars/Olympus_Mons' }],
      ['a minimum above the maximum', 'capacity', { capacity: { min: 3, max: 2 } }],
      [
        'a closed period ending before it starts',
        'closedDates.0.to',
        { closedDates: [{ from: '2026-12-31', to: '2026-12-20', label: 'Juleferie' }] },
      ],
      ['an unknown company', 'companyIds', { companyIds: [UNKNOWN_UUID] }],
      ['an unknown coordinator', 'coordinatorIds', { coordinatorIds: [UNKNOWN_UUID] }],
      ['a new partner', 'partnerId', { partnerId: UNKNOWN_UUID }],
      ['an unknown field', 'colour', { colour: 'red' }],
    ];

    it.each(invalidPatches)(
      'refuses %s with 400 naming %s and changes nothing',
      async (_, field, patch) => {
        const w = await world();
        const programme = await createProgramme(w);
        const before = await shiftsOf(programme.id);
        invalid(await call(w.coordinator, 'patch', `/programmes/${programme.id}`, patch), field);
        expect(ok(await call(admin, 'get', `/programmes/${programme.id}`), 200)).toEqual(programme);
        expect(await shiftsOf(programme.id)).toEqual(before);
      },
    );

    it('answers 404 to a coordinator of another partner, and changes nothing', async () => {
      const w = await world();
      const other = await world(0);
      const programme = await createProgramme(w);
      refused(
        await call(other.coordinator, 'patch', `/programmes/${programme.id}`, {
          title: 'Vores nu',
        }),
        404,
        'programme.not-found',
      );
      refused(
        await call(w.coordinator, 'patch', `/programmes/${UNKNOWN_UUID}`, { title: 'Ingen' }),
        404,
        'programme.not-found',
      );
      expect(ok(await call(admin, 'get', `/programmes/${programme.id}`), 200).title).toBe(
        programme.title,
      );
    });
  });

  describe('materialising shifts', () => {
    it('keeps 16:00–18:00 on the Copenhagen wall clock across the end of summer time', async () => {
      const w = await world();
      const programme = await createProgramme(w);
      const shifts = await shiftsOf(programme.id, '2026-10-01', '2026-11-08');
      expect(shifts.map(({ date, start, end }) => ({ date, start, end }))).toEqual([
        { date: '2026-10-07', start: '2026-10-07T14:00:00.000Z', end: '2026-10-07T16:00:00.000Z' },
        { date: '2026-10-14', start: '2026-10-14T14:00:00.000Z', end: '2026-10-14T16:00:00.000Z' },
        { date: '2026-10-21', start: '2026-10-21T14:00:00.000Z', end: '2026-10-21T16:00:00.000Z' },
        { date: '2026-10-28', start: '2026-10-28T15:00:00.000Z', end: '2026-10-28T17:00:00.000Z' },
        { date: '2026-11-04', start: '2026-11-04T15:00:00.000Z', end: '2026-11-04T17:00:00.000Z' },
      ]);
      for (const shift of shifts) {
        expect(shift).toMatchObject({ programmeId: programme.id, status: 'scheduled' });
      }
    });

    it('creates shifts for 12 weeks by default, and for the horizon a programme sets', async () => {
      const w = await world();
      const byDefault = await createProgramme(w);
      expect((await shiftsOf(byDefault.id)).map((shift) => shift.date)).toEqual(WEDNESDAYS);

      const short = await createProgramme(w, { horizonWeeks: 4 });
      expect(short.horizonWeeks).toBe(4);
      expect((await shiftsOf(short.id)).map((shift) => shift.date)).toEqual(WEDNESDAYS.slice(0, 4));
    });

    it('creates a shift on each weekday of the schedule', async () => {
      const w = await world();
      const programme = await createProgramme(w, {
        schedule: {
          weekdays: [3, 1],
          startTime: '16:00',
          endTime: '18:00',
          startsOn: '2026-10-01',
        },
      });
      expect(programme.schedule.weekdays).toEqual([1, 3]);
      expect((await shiftsOf(programme.id, '2026-10-01', '2026-10-18')).map((s) => s.date)).toEqual(
        ['2026-10-05', '2026-10-07', '2026-10-12', '2026-10-14'],
      );
    });

    it('creates no shift in a closed week', async () => {
      const w = await world();
      const programme = await createProgramme(w, {
        closedDates: [
          { from: '2026-10-12', to: '2026-10-18', label: 'Efterårsferie' },
          { from: '2026-12-23', to: '2026-12-23', label: 'Lillejuleaften' },
        ],
      });
      const dates = (await shiftsOf(programme.id)).map((shift) => shift.date);
      expect(dates).toEqual(
        WEDNESDAYS.filter((date) => date !== '2026-10-14' && date !== '2026-12-23'),
      );
    });

    it('creates no shift before the first date or after the last', async () => {
      const w = await world();
      const programme = await createProgramme(w, {
        schedule: {
          weekdays: [3],
          startTime: '16:00',
          endTime: '18:00',
          startsOn: '2026-10-20',
          endsOn: '2026-11-11',
        },
      });
      expect((await shiftsOf(programme.id)).map((shift) => shift.date)).toEqual([
        '2026-10-21',
        '2026-10-28',
        '2026-11-04',
        '2026-11-11',
      ]);
    });

    it('extends the horizon in the sweep as time passes, and a second run creates nothing', async () => {
      await startOwnStack();
      const w = await world();
      const programme = await createProgramme(w, { horizonWeeks: 2 });
      expect((await shiftsOf(programme.id)).map((shift) => shift.date)).toEqual([
        '2026-10-07',
        '2026-10-14',
      ]);

      stack.clock.travelTo(new Date('2026-10-15T08:00:00+02:00'));
      const first = ok(await call(admin, 'post', '/admin/sweeps/materialise-shifts'), 200);
      expect(first.name).toBe('materialise-shifts');
      const second = ok(await call(admin, 'post', '/admin/sweeps/materialise-shifts'), 200);
      expect(second).toEqual({ name: 'materialise-shifts', processed: 0 });

      const shifts = await shiftsOf(programme.id);
      expect(shifts.map((shift) => shift.date)).toEqual([
        '2026-10-07',
        '2026-10-14',
        '2026-10-21',
        '2026-10-28',
      ]);
      const [row] = await stack.dataSource.query(
        `SELECT count(*)::int AS count, count(DISTINCT start_at)::int AS starts
         FROM shifts WHERE programme_id = $1`,
        [programme.id],
      );
      expect(row).toEqual({ count: 4, starts: 4 });
    });

    it('runs the sweep for admins only', async () => {
      const w = await world(1);
      refused(
        await call(w.coordinator, 'post', '/admin/sweeps/materialise-shifts'),
        403,
        'access.role',
      );
    });
  });

  describe('listing shifts', () => {
    it('shows each shift with its sign-ups, capacity, waiting list and whether it is short', async () => {
      const w = await world(3);
      const programme = await createProgramme(w, { capacity: { min: 2, max: 2 } });
      const shift = await shiftOn(programme.id, '2026-10-07');
      expect(shift).toMatchObject({
        signedUp: 0,
        waitlisted: 0,
        capacity: { min: 2, max: 2 },
        short: true,
      });

      await signUp(w.volunteers[0], shift.id);
      expect(await shiftOn(programme.id, '2026-10-07')).toMatchObject({
        signedUp: 1,
        waitlisted: 0,
        short: true,
      });
      await signUp(w.volunteers[1], shift.id);
      expect(await shiftOn(programme.id, '2026-10-07')).toMatchObject({
        signedUp: 2,
        waitlisted: 0,
        short: false,
      });
      await signUp(w.volunteers[2], shift.id);
      expect(await shiftOn(programme.id, '2026-10-07')).toMatchObject({
        signedUp: 2,
        waitlisted: 1,
        short: false,
      });
      // The other shifts are untouched.
      expect(await shiftOn(programme.id, '2026-10-14')).toMatchObject({
        signedUp: 0,
        waitlisted: 0,
        short: true,
      });
    });

    it('lists the shifts between two dates, both included, to its volunteers', async () => {
      const w = await world();
      const programme = await createProgramme(w);
      const listed = ok(
        await call(
          w.volunteers[0],
          'get',
          `/programmes/${programme.id}/shifts?from=2026-10-14&to=2026-10-28`,
        ),
        200,
      );
      expect(listed.items.map((shift: ShiftView) => shift.date)).toEqual([
        '2026-10-14',
        '2026-10-21',
        '2026-10-28',
      ]);
      expect(listed.next).toBeNull();
      // Without a range: from today to the end of the horizon.
      const coming = ok(await call(admin, 'get', `/programmes/${programme.id}/shifts`), 200);
      expect(coming.items.map((shift: ShiftView) => shift.date)).toEqual(WEDNESDAYS);
    });

    it('refuses a range that ends before it starts, naming to', async () => {
      const w = await world();
      const programme = await createProgramme(w);
      invalid(
        await call(
          admin,
          'get',
          `/programmes/${programme.id}/shifts?from=2026-11-01&to=2026-10-01`,
        ),
        'to',
      );
      invalid(
        await call(admin, 'get', `/programmes/${programme.id}/shifts?from=2026-11-01&to=soon`),
        'to',
      );
    });
  });

  describe('who sees a programme', () => {
    it('answers 404 to a volunteer of a company the programme does not name', async () => {
      const w = await world();
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      const elsewhere = await factories.company();
      const outsider = await factories.user([
        { role: Role.Volunteer, organisationId: elsewhere.id },
      ]);

      refused(
        await call(outsider, 'get', `/programmes/${programme.id}`),
        404,
        'programme.not-found',
      );
      refused(
        await call(outsider, 'get', `/programmes/${programme.id}/shifts`),
        404,
        'programme.not-found',
      );
      refused(await call(outsider, 'get', `/shifts/${shift.id}`), 404, 'shift.not-found');
      refused(await call(outsider, 'post', `/shifts/${shift.id}/signups`), 404, 'shift.not-found');
      const listed = ok(await call(outsider, 'get', '/programmes'), 200);
      expect(listed.items.map((item: Body) => item.id)).not.toContain(programme.id);
      expect(await signupsOf(shift.id)).toEqual([]);

      // The programme's own volunteer sees both.
      ok(await call(w.volunteers[0], 'get', `/programmes/${programme.id}`), 200);
      ok(await call(w.volunteers[0], 'get', `/shifts/${shift.id}`), 200);
    });
  });

  describe('cancelling a shift', () => {
    it('cancels the shift and the places on it, and tells its volunteers', async () => {
      const w = await world(3);
      const programme = await createProgramme(w, { capacity: { min: 1, max: 2 } });
      const shift = await shiftOn(programme.id, '2026-10-07');
      for (const volunteer of w.volunteers) await signUp(volunteer, shift.id);

      const cancelled = ok(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/cancel`, {
          reason: 'Klubben er lukket på grund af vandskade.',
        }),
        200,
      );
      expect(cancelled).toMatchObject({
        id: shift.id,
        status: 'cancelled',
        cancelReason: 'Klubben er lukket på grund af vandskade.',
        signedUp: 0,
        waitlisted: 0,
        short: false,
        signups: [],
      });
      expect(await signupsOf(shift.id)).toEqual(
        w.volunteers.map((volunteer) => ({ user_id: volunteer.id, status: 'cancelled' })),
      );
      expect(await outboxFor('shift.cancelled', shift.id)).toEqual(
        w.volunteers.map((volunteer) => volunteer.id).sort(),
      );
      for (const volunteer of w.volunteers) {
        const mail = await cancelledMail(w, volunteer, 'onsdag 7. oktober kl. 16.00–18.00');
        expect(mail.text).toContain('Klubben er lukket på grund af vandskade.');
      }
      expect((await shiftsOf(programme.id, '2026-10-07', '2026-10-07'))[0]).toMatchObject({
        status: 'cancelled',
        signedUp: 0,
      });
      // The next week's shift stands.
      expect((await shiftOn(programme.id, '2026-10-14')).status).toBe('scheduled');
    });

    it('refuses to cancel a cancelled shift with 409 shift.cancelled', async () => {
      const w = await world();
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      await signUp(w.volunteers[0], shift.id);
      ok(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/cancel`, { reason: 'Lukket' }),
        200,
      );
      const again = await call(w.coordinator, 'post', `/shifts/${shift.id}/cancel`, {
        reason: 'Lukket igen',
      });
      refused(again, 409, 'shift.cancelled');
      expect(again.body.message).toMatch(/already cancelled/);
      expect(await outboxFor('shift.cancelled', shift.id)).toEqual([w.volunteers[0].id]);
    });

    it('refuses to cancel a shift that has started with 409 shift.started', async () => {
      await startOwnStack();
      const w = await world();
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      stack.clock.travelTo(new Date('2026-10-07T16:30:00+02:00'));
      refused(
        await call(w.coordinator, 'post', `/shifts/${shift.id}/cancel`, { reason: 'For sent' }),
        409,
        'shift.started',
      );
      expect((await shiftsOf(programme.id, '2026-10-07', '2026-10-07'))[0].status).toBe(
        'scheduled',
      );
    });

    it('asks for a reason, and lets only the coordinators cancel', async () => {
      const w = await world();
      const other = await world(0);
      const programme = await createProgramme(w);
      const shift = await shiftOn(programme.id, '2026-10-07');
      invalid(await call(w.coordinator, 'post', `/shifts/${shift.id}/cancel`, {}), 'reason');
      refused(
        await call(w.volunteers[0], 'post', `/shifts/${shift.id}/cancel`, { reason: 'Syg' }),
        403,
        'access.role',
      );
      refused(
        await call(other.coordinator, 'post', `/shifts/${shift.id}/cancel`, { reason: 'Lukket' }),
        404,
        'shift.not-found',
      );
      expect((await shiftOn(programme.id, '2026-10-07')).status).toBe('scheduled');
    });
  });

  describe('changing the schedule', () => {
    const wednesdays = {
      weekdays: [3],
      startTime: '16:00',
      endTime: '18:00',
      startsOn: '2026-10-01',
    };

    it('moving Wednesday to Thursday cancels the Wednesday shifts and tells their volunteers', async () => {
      const w = await world(2);
      const programme = await createProgramme(w);
      const first = await shiftOn(programme.id, '2026-10-07');
      const second = await shiftOn(programme.id, '2026-10-14');
      await signUp(w.volunteers[0], first.id);
      await signUp(w.volunteers[1], second.id);

      const changed = ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, {
          schedule: { ...wednesdays, weekdays: [4] },
        }),
        200,
      );
      expect(changed.schedule.weekdays).toEqual([4]);

      const shifts = await shiftsOf(programme.id);
      const wednesday = shifts.filter((shift) => WEDNESDAYS.includes(shift.date));
      expect(wednesday).toHaveLength(12);
      expect(new Set(wednesday.map((shift) => shift.status))).toEqual(new Set(['cancelled']));
      const thursdays = shifts.filter((shift) => !WEDNESDAYS.includes(shift.date));
      expect(thursdays.map((shift) => shift.date)).toEqual([
        '2026-10-01',
        '2026-10-08',
        '2026-10-15',
        '2026-10-22',
        '2026-10-29',
        '2026-11-05',
        '2026-11-12',
        '2026-11-19',
        '2026-11-26',
        '2026-12-03',
        '2026-12-10',
        '2026-12-17',
        '2026-12-24',
      ]);
      expect(new Set(thursdays.map((shift) => shift.status))).toEqual(new Set(['scheduled']));
      expect(thursdays[1]).toMatchObject({ start: '2026-10-08T14:00:00.000Z', signedUp: 0 });

      // The sign-ups are kept, marked cancelled, and their volunteers told.
      expect(await signupsOf(first.id)).toEqual([
        { user_id: w.volunteers[0].id, status: 'cancelled' },
      ]);
      expect(await signupsOf(second.id)).toEqual([
        { user_id: w.volunteers[1].id, status: 'cancelled' },
      ]);
      expect(await outboxFor('shift.cancelled', first.id)).toEqual([w.volunteers[0].id]);
      expect(await outboxFor('shift.cancelled', second.id)).toEqual([w.volunteers[1].id]);
      const mail = await cancelledMail(w, w.volunteers[0], 'onsdag 7. oktober kl. 16.00–18.00');
      expect(mail.text).toContain('ugentlige plan');
      await cancelledMail(w, w.volunteers[1], 'onsdag 14. oktober kl. 16.00–18.00');
    });

    it('keeps every shift and sign-up when only the title or the capacity changes', async () => {
      const w = await world(3);
      const programme = await createProgramme(w, { capacity: { min: 1, max: 1 } });
      const before = await shiftsOf(programme.id);
      const shift = before[0];
      await signUp(w.volunteers[0], shift.id);
      await signUp(w.volunteers[1], shift.id);

      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, {
          title: 'Fodbold og lektier',
        }),
        200,
      );
      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, {
          capacity: { min: 1, max: 3 },
        }),
        200,
      );

      const after = await shiftsOf(programme.id);
      expect(after.map(({ id, start, status }) => ({ id, start, status }))).toEqual(
        before.map(({ id, start }) => ({ id, start, status: 'scheduled' })),
      );
      expect(after[0]).toMatchObject({ signedUp: 2, waitlisted: 0, capacity: { min: 1, max: 3 } });
      // The larger capacity moved the waiting volunteer up.
      expect(await signupsOf(shift.id)).toEqual([
        { user_id: w.volunteers[0].id, status: 'confirmed' },
        { user_id: w.volunteers[1].id, status: 'confirmed' },
      ]);
      const [row] = await stack.dataSource.query(
        `SELECT count(*)::int AS count FROM messages
         WHERE template = 'shift.cancelled' AND params->>'shiftId' = ANY($1::text[])`,
        [before.map((s) => s.id)],
      );
      expect(row.count).toBe(0);
    });

    it('changing the time of day cancels the old shifts and creates new ones', async () => {
      const w = await world(1);
      const programme = await createProgramme(w);
      const old = await shiftOn(programme.id, '2026-10-07');
      await signUp(w.volunteers[0], old.id);

      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, {
          schedule: { ...wednesdays, startTime: '17:00', endTime: '19:00' },
        }),
        200,
      );

      const day = await shiftsOf(programme.id, '2026-10-07', '2026-10-07');
      expect(day.map(({ id, start, end, status }) => ({ id, start, end, status }))).toEqual([
        {
          id: old.id,
          start: '2026-10-07T14:00:00.000Z',
          end: '2026-10-07T16:00:00.000Z',
          status: 'cancelled',
        },
        {
          id: expect.any(String),
          start: '2026-10-07T15:00:00.000Z',
          end: '2026-10-07T17:00:00.000Z',
          status: 'scheduled',
        },
      ]);
      expect(day[1].id).not.toBe(old.id);
      // After the change of summer time the new shifts still start at 17:00 local.
      expect((await shiftOn(programme.id, '2026-11-04')).start).toBe('2026-11-04T16:00:00.000Z');
      const scheduled = (await shiftsOf(programme.id)).filter((s) => s.status === 'scheduled');
      expect(scheduled.map((shift) => shift.date)).toEqual(WEDNESDAYS);

      expect(await signupsOf(old.id)).toEqual([
        { user_id: w.volunteers[0].id, status: 'cancelled' },
      ]);
      await cancelledMail(w, w.volunteers[0], 'onsdag 7. oktober kl. 16.00–18.00');
    });

    it('keeps the shifts already made, and their sign-ups, when the horizon is shortened', async () => {
      const w = await world(1);
      const programme = await createProgramme(w);
      const november11 = await shiftOn(programme.id, '2026-11-11');
      await signUp(w.volunteers[0], november11.id);

      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, { horizonWeeks: 4 }),
        200,
      );

      // The weekly schedule is the same: every Wednesday still meets at 16:00–18:00.
      const shifts = await shiftsOf(programme.id);
      expect(shifts.map(({ date, status }) => ({ date, status }))).toEqual(
        WEDNESDAYS.map((date) => ({ date, status: 'scheduled' })),
      );
      expect(await signupsOf(november11.id)).toEqual([
        { user_id: w.volunteers[0].id, status: 'confirmed' },
      ]);
      expect(await outboxFor('shift.cancelled', november11.id)).toEqual([]);
    });

    it('has shifts on every Wednesday the shortened horizon reaches as time passes', async () => {
      await startOwnStack();
      const w = await world(0);
      const programme = await createProgramme(w);
      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, { horizonWeeks: 4 }),
        200,
      );

      // Four weeks on, the sweep extends the horizon to 3 December.
      stack.clock.travelTo(new Date('2026-11-05T08:00:00+01:00'));
      ok(await call(admin, 'post', '/admin/sweeps/materialise-shifts'), 200);
      const scheduled = (await shiftsOf(programme.id, '2026-11-05', '2026-12-03')).filter(
        (shift) => shift.status === 'scheduled',
      );
      expect(scheduled.map((shift) => shift.date)).toEqual([
        '2026-11-11',
        '2026-11-18',
        '2026-11-25',
        '2026-12-02',
      ]);
    });

    it('closing a week later cancels its shift and tells its volunteers; the rest stand', async () => {
      const w = await world(2);
      const programme = await createProgramme(w);
      const closing = await shiftOn(programme.id, '2026-10-14');
      const staying = await shiftOn(programme.id, '2026-10-21');
      await signUp(w.volunteers[0], closing.id);
      await signUp(w.volunteers[1], staying.id);

      ok(
        await call(w.coordinator, 'patch', `/programmes/${programme.id}`, {
          closedDates: [{ from: '2026-10-12', to: '2026-10-18', label: 'Efterårsferie' }],
        }),
        200,
      );

      expect((await shiftsOf(programme.id, '2026-10-14', '2026-10-14'))[0]).toMatchObject({
        id: closing.id,
        status: 'cancelled',
      });
      expect(await signupsOf(closing.id)).toEqual([
        { user_id: w.volunteers[0].id, status: 'cancelled' },
      ]);
      expect(await signupsOf(staying.id)).toEqual([
        { user_id: w.volunteers[1].id, status: 'confirmed' },
      ]);
      await cancelledMail(w, w.volunteers[0], 'onsdag 14. oktober kl. 16.00–18.00');
      expect(await outboxFor('shift.cancelled', staying.id)).toEqual([]);
    });
  });
});
