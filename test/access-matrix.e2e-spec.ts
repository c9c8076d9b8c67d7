import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { CsrModel, LoginTokenEntity, Role, UserEntity } from '@app/core';
import { hashToken } from '@app/core/accounts/login-links.service';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { Factories } from '@app/testing';
import { startTestStack, TestStack } from './support/test-stack';

/** A JSON body as the API answers it. */
type Json = Response['body'];

// Who may call what, proved for every route and every kind of caller. "Now" is Tuesday
// 1 September 2026 in Copenhagen, so that visits can be planned in the autumn term.

const START = new Date('2026-09-01T08:00:00+02:00');

const ACTORS = [
  'anonymous',
  'forged',
  'admin',
  'teacherA',
  'contactA',
  'volunteerA',
  'coordinatorA',
  'outsider',
] as const;
type ActorName = (typeof ACTORS)[number];
type SignedInActor = Exclude<ActorName, 'anonymous' | 'forged'>;
type Expected = Record<ActorName, number>;

interface World {
  schoolA: SchoolEntity;
  schoolB: SchoolEntity;
  companyA: CompanyEntity;
  companyB: CompanyEntity;
  partnerA: PartnerEntity;
  partnerB: PartnerEntity;
  users: Record<SignedInActor, UserEntity>;
  tokens: Record<ActorName, string | null>;
  /** School B's teacher and company B's contact person: the other side, never callers. */
  teacherB: UserEntity;
  contactB: UserEntity;
  /** A class at each school, adopted by the company of the same letter, each with a visit. */
  classA: string;
  classB: string;
  adoptionA: string;
  adoptionB: string;
  visitA: string;
  visitB: string;
  /** Partner B's coordinator and company B's volunteer: the other side, never callers. */
  coordinatorB: UserEntity;
  volunteerB: UserEntity;
  /** A weekly programme of each partner, naming the company of the same letter. */
  programmeA: FreshProgramme;
  programmeB: FreshProgramme;
  /** A donation programme of each company, each with a request of the partner of its letter. */
  donationA: string;
  donationB: string;
  allocationA: string;
  allocationB: string;
  /** The agreement of adoption A and of adoption B, each as `agreementBody` writes it. */
  agreementA: string;
  agreementB: string;
}

/** A programme that meets once, and its one shift. */
interface FreshProgramme {
  id: string;
  shiftId: string;
}

type Letter = 'A' | 'B';

interface Slot {
  start: string;
  end: string;
}

interface RouteCase {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** How the route reads in a test name, e.g. `GET /schools/:schoolB`. */
  label: string;
  /** May build what the call changes, fresh for each caller. */
  path: (world: World, actor: ActorName) => Promise<string> | string;
  body?: (world: World) => Promise<object> | object;
  form?: boolean;
  expected: Expected;
  /** The code a 404 answers with. */
  notFound?: string;
  /** The code a 403 answers with, where it is not `access.role`. */
  forbidden?: Partial<Record<ActorName, string>>;
  /** The code a caller's refusal answers with, where it is not the usual one for its status. */
  codes?: Partial<Record<ActorName, string>>;
  /** Puts back what the call took from the caller, e.g. a session it ended. */
  after?: (world: World, actor: ActorName) => Promise<void>;
}

const SIGNED_IN: SignedInActor[] = [
  'admin',
  'teacherA',
  'contactA',
  'volunteerA',
  'coordinatorA',
  'outsider',
];

/** Anyone, signed in or not, with a bad token or none. */
function everyone(status: number): Expected {
  return Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Expected;
}

/** Anyone signed in; no token or a bad one is 401. */
function signedIn(status: number): Expected {
  return { ...everyone(status), anonymous: 401, forged: 401 };
}

/** Admins only: everyone else signed in is 403. */
function adminOnly(status: number): Expected {
  return { ...signedIn(403), admin: status };
}

/** Visible to admins and the given people; to everyone else signed in it does not exist. */
function visibleTo(...actors: SignedInActor[]): Expected {
  const expected = { ...signedIn(404), admin: 200 };
  for (const actor of actors) expected[actor] = 200;
  return expected;
}

/** Teachers and contact persons of A; everyone else signed in is 403, as a role. */
function sidesOnly(status: number, others: Partial<Expected> = {}): Expected {
  return { ...signedIn(403), teacherA: status, contactA: status, ...others };
}

/** Coordinators of A (and admins); everyone else signed in is 403, as a role. */
function coordinatorsOnly(status: number, others: Partial<Expected> = {}): Expected {
  return { ...signedIn(403), admin: status, coordinatorA: status, ...others };
}

/**
 * Volunteers of A; everyone else signed in is 403, as a role. Admins pass the role check but
 * are nobody's volunteer, so what they get is given with the case.
 */
function volunteersOnly(status: number, others: Partial<Expected> & { admin: number }): Expected {
  return { ...signedIn(403), volunteerA: status, ...others };
}

const unique = () => randomBytes(4).toString('hex');

/** The ISO weekday of a YYYY-MM-DD day, 1 = Monday … 7 = Sunday. */
const isoWeekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() || 7;

/** Weekdays from a first day to a last, as YYYY-MM-DD. */
function weekdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T12:00:00Z`); day <= new Date(`${to}T12:00:00Z`);) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 24 * 60 * 60 * 1000);
  }
  return days;
}

/**
 * Two-hour slots, four a day, that no other visit in this file uses, so that no visit ever
 * overlaps another of the same contact person. All in summer time.
 */
function slotsOn(days: string[]): () => Slot {
  const slots = days.flatMap((day) =>
    ['08', '10', '12', '14'].map((hour) => ({
      start: `${day}T${hour}:00:00+02:00`,
      end: `${day}T${String(Number(hour) + 2).padStart(2, '0')}:00:00+02:00`,
    })),
  );
  return () => {
    const slot = slots.shift();
    if (!slot) throw new Error('No slots left');
    return slot;
  };
}

describe('access to every route', () => {
  let stack: TestStack;
  let factories: Factories;
  const world = {} as World;

  /** A fresh one-time sign-in token, as a mailed link carries, for the outsider. */
  async function freshLoginToken(): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await stack.dataSource.getRepository(LoginTokenEntity).insert({
      userId: world.users.outsider.id,
      tokenHash: hashToken(token),
      createdAt: stack.clock.now(),
      expiresAt: new Date(stack.clock.nowMs() + 10 * 60 * 1000),
      usedAt: null,
    });
    return token;
  }

  function as(actor: ActorName) {
    const token = world.tokens[actor];
    const bearer = (test: ReturnType<ReturnType<TestStack['http']>['get']>) =>
      token ? test.set('Authorization', `Bearer ${token}`) : test;
    return {
      get: (path: string) => bearer(stack.http().get(path)),
      post: (path: string) => bearer(stack.http().post(path)),
      put: (path: string) => bearer(stack.http().put(path)),
      patch: (path: string) => bearer(stack.http().patch(path)),
      delete: (path: string) => bearer(stack.http().delete(path)),
    };
  }

  const futureSlot = slotsOn(weekdays('2026-09-02', '2026-10-09'));
  const pastSlot = slotsOn(weekdays('2026-08-18', '2026-08-31'));
  /**
   * A slot for each programme's one shift, so that no volunteer's shifts ever overlap. Only its
   * local date and times are used, so winter time does not matter.
   */
  const shiftSlot = slotsOn(weekdays('2026-09-07', '2026-11-20'));

  /** A call that sets up a case; it must succeed. */
  async function setUp(user: UserEntity, path: string, body: object = {}): Promise<Json> {
    const response: Response = await stack
      .http()
      .post(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await stack.tokenFor(user.id)}`)
      .send(body);
    if (response.status >= 300) {
      throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  /** A look that sets up a case; it must succeed. */
  async function lookUp(user: UserEntity, path: string): Promise<Json> {
    const response: Response = await stack
      .http()
      .get(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await stack.tokenFor(user.id)}`);
    if (response.status !== 200) {
      throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  function sideOf(letter: Letter) {
    return letter === 'A'
      ? { school: world.schoolA, company: world.companyA, teacher: world.users.teacherA }
      : { school: world.schoolB, company: world.companyB, teacher: world.teacherB };
  }

  function contactOf(letter: Letter): UserEntity {
    return letter === 'A' ? world.users.contactA : world.contactB;
  }

  function volunteeringOf(letter: Letter) {
    return letter === 'A'
      ? {
          partner: world.partnerA,
          coordinator: world.users.coordinatorA,
          volunteer: world.users.volunteerA,
        }
      : { partner: world.partnerB, coordinator: world.coordinatorB, volunteer: world.volunteerB };
  }

  /** A new class of school A or B, taught by its teacher. */
  async function freshClass(letter: Letter): Promise<string> {
    const { school, teacher } = sideOf(letter);
    const schoolClass = await setUp(world.users.admin, `/schools/${school.id}/classes`, {
      label: `${letter}-${unique()}`,
      grade: 3,
      schoolYear: '2026/27',
      pupils: 22,
      teacherIds: [teacher.id],
    });
    return schoolClass.id;
  }

  /** The class adopted by company A or B, with its contact person. */
  async function adopt(letter: Letter, classId: string): Promise<string> {
    const adoption = await setUp(world.users.admin, '/adoptions', {
      classId,
      companyId: sideOf(letter).company.id,
      contactPersonId: contactOf(letter).id,
      startsOn: '2026-08-17',
    });
    return adoption.id;
  }

  /** A new class of school A or B, adopted by company A or B. */
  async function freshAdoption(letter: Letter): Promise<string> {
    return adopt(letter, await freshClass(letter));
  }

  function proposal(slot: Slot = futureSlot()): object {
    return { kind: 'class-visit', location: 'LEGO House', agenda: 'Rundvisning', slots: [slot] };
  }

  /**
   * A visit of a new adoption, requested by one side (the other side of the caller, so that the
   * caller may answer it) or also confirmed.
   */
  async function freshVisit(
    letter: Letter,
    state: 'requested' | 'confirmed',
    proposer: 'school' | 'company' = 'school',
  ): Promise<string> {
    const adoptionId = await freshAdoption(letter);
    const [by, other] =
      proposer === 'school'
        ? [sideOf(letter).teacher, contactOf(letter)]
        : [contactOf(letter), sideOf(letter).teacher];
    const visit = await setUp(by, `/adoptions/${adoptionId}/visits`, proposal());
    if (state === 'confirmed') await setUp(other, `/visits/${visit.id}/confirm`, { slot: 0 });
    return visit.id;
  }

  /**
   * A confirmed visit that has ended. The callers' tokens live on the application clock, so
   * rather than moving the clock past the visit, the visit is moved into the past.
   */
  async function heldVisit(letter: Letter): Promise<string> {
    const id = await freshVisit(letter, 'confirmed');
    const slot = pastSlot();
    await stack.dataSource.query(
      'UPDATE visits SET start_at = $2, end_at = $3, slots = $4 WHERE id = $1',
      [id, slot.start, slot.end, JSON.stringify([slot])],
    );
    return id;
  }

  /** A programme of partner A or B for company A or B that meets once, in a slot of its own. */
  function programmeBody(letter: Letter): object {
    const { start, end } = shiftSlot();
    const day = start.slice(0, 10);
    const { partner, coordinator } = volunteeringOf(letter);
    return {
      partnerId: partner.id,
      title: `Lektiehjælp ${letter}-${unique()}`,
      location: 'Klubhuset, Vejle Øst',
      timezone: 'Europe/Copenhagen',
      companyIds: [sideOf(letter).company.id],
      coordinatorIds: [coordinator.id],
      schedule: {
        weekdays: [isoWeekday(day)],
        startTime: start.slice(11, 16),
        endTime: end.slice(11, 16),
        startsOn: day,
        endsOn: day,
      },
      capacity: { min: 1, max: 4 },
    };
  }

  /**
   * A new programme of partner A or B, set up by its coordinator, with its one shift; also with
   * the volunteer of the same letter signed up for the shift, or committed to the programme.
   */
  async function freshProgramme(
    letter: Letter,
    volunteer: 'none' | 'signed-up' | 'committed' = 'none',
  ): Promise<FreshProgramme> {
    const people = volunteeringOf(letter);
    const programme = await setUp(people.coordinator, '/programmes', programmeBody(letter));
    const shifts = await lookUp(people.coordinator, `/programmes/${programme.id}/shifts`);
    if (shifts.items.length !== 1) {
      throw new Error(`Expected one shift, got ${JSON.stringify(shifts.items)}`);
    }
    const fresh = { id: programme.id, shiftId: shifts.items[0].id };
    if (volunteer === 'signed-up') {
      await setUp(people.volunteer, `/shifts/${fresh.shiftId}/signups`);
    } else if (volunteer === 'committed') {
      await setUp(people.volunteer, `/programmes/${fresh.id}/commitments`);
    }
    return fresh;
  }

  function donationBody(letter: Letter): object {
    return {
      companyId: sideOf(letter).company.id,
      title: `Computere ${unique()}`,
      unit: 'computer',
    };
  }

  /** A donation programme of company A or B, set up by its contact person. */
  async function freshDonation(letter: Letter): Promise<string> {
    return (await setUp(contactOf(letter), '/donation-programmes', donationBody(letter))).id;
  }

  /**
   * Ten units the partner of A or B asked its own company's programme for, answered as far as
   * `state`: still requested, pledged (approved) or prepared.
   */
  async function freshAllocation(
    letter: Letter,
    state: 'requested' | 'pledged' | 'prepared' = 'requested',
  ): Promise<string> {
    const { partner, coordinator } = volunteeringOf(letter);
    const programme = letter === 'A' ? world.donationA : world.donationB;
    const { id } = await setUp(coordinator, `/donation-programmes/${programme}/requests`, {
      partnerId: partner.id,
      units: 10,
    });
    if (state !== 'requested')
      await setUp(contactOf(letter), `/allocations/${id}/approve`, { units: 10 });
    if (state === 'prepared') await setUp(contactOf(letter), `/allocations/${id}/prepare`);
    return id;
  }

  /**
   * The text of an agreement of each kind of partnership. Written again the same, it makes no new
   * version, so the agreements keep their one version whoever writes in the cases below.
   */
  function agreementBody(kind: 'adoption' | 'programme' | 'donation'): object {
    const sides = {
      adoption: ['school', 'company'],
      programme: ['partner', 'company'],
      donation: ['company', 'secretariat'],
    }[kind];
    return {
      goals: 'Et godt partnerskab',
      startsOn: '2026-09-01',
      endsOn: '2027-06-30',
      deciders: sides.map((side) => ({ side, name: `Beslutter for ${side}` })),
    };
  }

  async function writeAgreement(
    user: UserEntity,
    subjectPath: string,
    kind: 'adoption' | 'programme' | 'donation',
  ): Promise<string> {
    const response: Response = await stack
      .http()
      .put(`/api/v1${subjectPath}/agreement`)
      .set('Authorization', `Bearer ${await stack.tokenFor(user.id)}`)
      .send(agreementBody(kind));
    if (response.status !== 200) {
      throw new Error(`${subjectPath}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body.id;
  }

  /**
   * A shift that has begun, with the volunteer of the same letter on it. As with visits, the shift
   * is moved into the past on the application clock (the database's own clock is another).
   */
  async function begunShift(letter: Letter): Promise<string> {
    const { shiftId } = await freshProgramme(letter, 'signed-up');
    const now = stack.clock.nowMs();
    await stack.dataSource.query('UPDATE shifts SET start_at = $2, end_at = $3 WHERE id = $1', [
      shiftId,
      new Date(now - 3 * 60 * 60 * 1000),
      new Date(now - 60 * 60 * 1000),
    ]);
    return shiftId;
  }

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: START, worker: false });
    factories = new Factories(stack.dataSource);

    world.schoolA = await factories.school({ name: 'Bakkeskolen' });
    world.schoolB = await factories.school({ name: 'Østervangskolen' });
    world.companyA = await factories.company({ name: 'LEGO' });
    world.companyB = await factories.company({ name: 'Danfoss' });
    world.partnerA = await factories.partner({ name: 'Dansk Flygtningehjælp' });
    world.partnerB = await factories.partner({ name: 'Red Barnet' });
    world.users = {
      admin: await factories.user([{ role: Role.Admin }], { name: 'Sekretariatet' }),
      teacherA: await factories.user([{ role: Role.Teacher, organisationId: world.schoolA.id }], {
        name: 'Marianne',
      }),
      contactA: await factories.user([{ role: Role.Contact, organisationId: world.companyA.id }], {
        name: 'Jonas',
      }),
      volunteerA: await factories.user(
        [{ role: Role.Volunteer, organisationId: world.companyA.id }],
        { name: 'Sofie' },
      ),
      coordinatorA: await factories.user(
        [{ role: Role.Coordinator, organisationId: world.partnerA.id }],
        { name: 'Ahmed' },
      ),
      outsider: await factories.user([], { name: 'Ole' }),
    };
    world.tokens = { anonymous: null, forged: 'nonsense' } as World['tokens'];
    for (const actor of SIGNED_IN) {
      world.tokens[actor] = await stack.tokenFor(world.users[actor].id);
    }
    world.teacherB = await factories.user([
      { role: Role.Teacher, organisationId: world.schoolB.id },
    ]);
    world.contactB = await factories.user([
      { role: Role.Contact, organisationId: world.companyB.id },
    ]);
    world.classA = await freshClass('A');
    world.classB = await freshClass('B');
    world.adoptionA = await adopt('A', world.classA);
    world.adoptionB = await adopt('B', world.classB);
    const teacherA = world.users.teacherA;
    world.visitA = (await setUp(teacherA, `/adoptions/${world.adoptionA}/visits`, proposal())).id;
    world.visitB = (
      await setUp(world.teacherB, `/adoptions/${world.adoptionB}/visits`, proposal())
    ).id;
    world.coordinatorB = await factories.user([
      { role: Role.Coordinator, organisationId: world.partnerB.id },
    ]);
    world.volunteerB = await factories.user([
      { role: Role.Volunteer, organisationId: world.companyB.id },
    ]);
    world.programmeA = await freshProgramme('A');
    world.programmeB = await freshProgramme('B');
    world.donationA = await freshDonation('A');
    world.donationB = await freshDonation('B');
    world.allocationA = await freshAllocation('A');
    world.allocationB = await freshAllocation('B');
    world.agreementA = await writeAgreement(teacherA, `/adoptions/${world.adoptionA}`, 'adoption');
    world.agreementB = await writeAgreement(
      world.teacherB,
      `/adoptions/${world.adoptionB}`,
      'adoption',
    );
    await writeAgreement(
      world.users.coordinatorA,
      `/programmes/${world.programmeA.id}`,
      'programme',
    );
    await writeAgreement(
      world.users.contactA,
      `/donation-programmes/${world.donationA}`,
      'donation',
    );
  });
  afterAll(() => stack.stop());

  const routes: RouteCase[] = [
    {
      method: 'post',
      label: 'POST /auth/login-links',
      path: () => '/api/v1/auth/login-links',
      body: () => ({ email: 'someone@scheduler.test' }),
      expected: everyone(202),
    },
    {
      method: 'post',
      label: 'POST /auth/sessions',
      path: () => '/api/v1/auth/sessions',
      body: async () => ({ token: await freshLoginToken() }),
      expected: everyone(201),
    },
    {
      method: 'get',
      label: 'GET /sign-in?token=',
      path: () => `/sign-in?token=${randomBytes(32).toString('base64url')}`,
      expected: everyone(200),
    },
    {
      method: 'post',
      label: 'POST /sign-in',
      path: () => '/sign-in',
      body: async () => ({ token: await freshLoginToken() }),
      form: true,
      // On to the web app, with the session cookie.
      expected: everyone(303),
    },
    { method: 'get', label: 'GET /health', path: () => '/health', expected: everyone(200) },
    {
      method: 'get',
      label: 'GET /health/ready',
      path: () => '/health/ready',
      expected: everyone(200),
    },
    { method: 'get', label: 'GET /docs', path: () => '/docs', expected: everyone(200) },
    { method: 'get', label: 'GET /docs-json', path: () => '/docs-json', expected: everyone(200) },
    { method: 'get', label: 'GET /me', path: () => '/api/v1/me', expected: signedIn(200) },
    {
      method: 'patch',
      label: 'PATCH /me',
      path: () => '/api/v1/me',
      body: () => ({ locale: 'da' }),
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /me/signups',
      path: () => '/api/v1/me/signups',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /me/commitments',
      path: () => '/api/v1/me/commitments',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /me/hours',
      path: () => '/api/v1/me/hours',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /me/calendar',
      path: () => '/api/v1/me/calendar',
      expected: signedIn(200),
    },
    {
      method: 'post',
      label: 'POST /me/calendar/rotate',
      path: () => '/api/v1/me/calendar/rotate',
      expected: signedIn(200),
    },
    {
      method: 'post',
      label: 'POST /auth/sign-out',
      path: () => '/api/v1/auth/sign-out',
      expected: signedIn(204),
      // Signing out ends the caller's session: the next cases get a new one.
      after: async (w, actor) => {
        if (actor in w.users) {
          w.tokens[actor] = await stack.tokenFor(w.users[actor as SignedInActor].id);
        }
      },
    },
    {
      method: 'post',
      label: 'POST /users',
      path: () => '/api/v1/users',
      body: (w) => ({
        email: `invited-${unique()}@scheduler.test`,
        name: 'Invited',
        role: 'teacher',
        organisationId: w.schoolA.id,
      }),
      expected: adminOnly(201),
    },
    { method: 'get', label: 'GET /users', path: () => '/api/v1/users', expected: signedIn(200) },
    {
      method: 'get',
      label: 'GET /users/:teacherA',
      path: (w) => `/api/v1/users/${w.users.teacherA.id}`,
      expected: visibleTo('teacherA'),
      notFound: 'user.not-found',
    },
    {
      method: 'get',
      label: 'GET /users/:contactA',
      path: (w) => `/api/v1/users/${w.users.contactA.id}`,
      expected: visibleTo('contactA', 'volunteerA'),
      notFound: 'user.not-found',
    },
    {
      method: 'get',
      label: 'GET /users/:coordinatorA',
      path: (w) => `/api/v1/users/${w.users.coordinatorA.id}`,
      expected: visibleTo('coordinatorA'),
      notFound: 'user.not-found',
    },
    {
      method: 'get',
      label: 'GET /users/:outsider',
      path: (w) => `/api/v1/users/${w.users.outsider.id}`,
      expected: visibleTo('outsider'),
      notFound: 'user.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /users/:person',
      // A person of their own for each caller, so that the world's people stay as they are.
      path: async () => `/api/v1/users/${(await factories.user([])).id}`,
      body: () => ({ name: `Person ${unique()}` }),
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /users/:person/memberships',
      path: async () => `/api/v1/users/${(await factories.user([])).id}/memberships`,
      body: async () => ({ role: 'coordinator', organisationId: (await factories.partner()).id }),
      expected: adminOnly(201),
    },
    {
      method: 'delete',
      label: 'DELETE /users/:volunteer/memberships/:membership',
      // A fresh volunteer of a company of their own for each caller, so that the lists of
      // company A stay as they are.
      path: async () => {
        const company = await factories.company();
        const volunteer = await factories.user([
          { role: Role.Volunteer, organisationId: company.id },
        ]);
        const [{ id }] = await stack.dataSource.query<{ id: string }[]>(
          'SELECT id FROM memberships WHERE user_id = $1',
          [volunteer.id],
        );
        return `/api/v1/users/${volunteer.id}/memberships/${id}`;
      },
      expected: adminOnly(204),
    },
    {
      method: 'post',
      label: 'POST /users/:volunteer/deactivate',
      path: async () => {
        const company = await factories.company();
        const volunteer = await factories.user([
          { role: Role.Volunteer, organisationId: company.id },
        ]);
        return `/api/v1/users/${volunteer.id}/deactivate`;
      },
      expected: adminOnly(200),
    },
    {
      method: 'get',
      label: 'GET /users/:teacherA/export',
      path: (w) => `/api/v1/users/${w.users.teacherA.id}/export`,
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /users/:volunteer/erase',
      // A fresh volunteer for each caller: erasing cannot be undone.
      path: async () => {
        const company = await factories.company();
        const volunteer = await factories.user([
          { role: Role.Volunteer, organisationId: company.id },
        ]);
        return `/api/v1/users/${volunteer.id}/erase`;
      },
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /schools',
      path: () => '/api/v1/schools',
      body: () => ({ name: `Skole ${unique()}`, city: 'Esbjerg' }),
      expected: adminOnly(201),
    },
    {
      method: 'get',
      label: 'GET /schools',
      path: () => '/api/v1/schools',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /schools/:schoolA',
      path: (w) => `/api/v1/schools/${w.schoolA.id}`,
      expected: visibleTo('teacherA'),
      notFound: 'school.not-found',
    },
    {
      method: 'get',
      label: 'GET /schools/:schoolB',
      path: (w) => `/api/v1/schools/${w.schoolB.id}`,
      expected: visibleTo(),
      notFound: 'school.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /schools/:school',
      // A school of its own for each caller, so that schools A and B stay as they are.
      path: async () => `/api/v1/schools/${(await factories.school()).id}`,
      body: () => ({ name: `Skole ${unique()}`, closedDates: [] }),
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /companies',
      path: () => '/api/v1/companies',
      body: () => ({ name: `Virksomhed ${unique()}`, city: 'Vejle', csrModel: CsrModel.AddOn }),
      expected: adminOnly(201),
    },
    {
      method: 'get',
      label: 'GET /companies',
      path: () => '/api/v1/companies',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /companies/directory',
      path: () => '/api/v1/companies/directory',
      expected: coordinatorsOnly(200),
    },
    {
      method: 'get',
      label: 'GET /companies/:companyA',
      path: (w) => `/api/v1/companies/${w.companyA.id}`,
      expected: visibleTo('contactA', 'volunteerA'),
      notFound: 'company.not-found',
    },
    {
      method: 'get',
      label: 'GET /companies/:companyB',
      path: (w) => `/api/v1/companies/${w.companyB.id}`,
      expected: visibleTo(),
      notFound: 'company.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /companies/:company',
      path: async () => `/api/v1/companies/${(await factories.company()).id}`,
      body: () => ({ name: `Virksomhed ${unique()}` }),
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /partners',
      path: () => '/api/v1/partners',
      body: () => ({ name: `Forening ${unique()}`, city: 'Vejle' }),
      expected: adminOnly(201),
    },
    {
      method: 'get',
      label: 'GET /partners',
      path: () => '/api/v1/partners',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /partners/:partnerA',
      path: (w) => `/api/v1/partners/${w.partnerA.id}`,
      expected: visibleTo('coordinatorA'),
      notFound: 'partner.not-found',
    },
    {
      method: 'get',
      label: 'GET /partners/:partnerB',
      path: (w) => `/api/v1/partners/${w.partnerB.id}`,
      expected: visibleTo(),
      notFound: 'partner.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /partners/:partner',
      path: async () => `/api/v1/partners/${(await factories.partner()).id}`,
      body: () => ({ description: 'Lektiehjælp' }),
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /schools/:schoolA/classes',
      path: (w) => `/api/v1/schools/${w.schoolA.id}/classes`,
      body: (w) => ({
        label: `A-${unique()}`,
        grade: 2,
        schoolYear: '2026/27',
        pupils: 22,
        teacherIds: [w.users.teacherA.id],
      }),
      expected: { ...signedIn(403), admin: 201, teacherA: 201 },
      notFound: 'school.not-found',
    },
    {
      method: 'post',
      label: 'POST /schools/:schoolB/classes',
      path: (w) => `/api/v1/schools/${w.schoolB.id}/classes`,
      body: () => ({
        label: `B-${unique()}`,
        grade: 2,
        schoolYear: '2026/27',
        pupils: 22,
        teacherIds: [],
      }),
      expected: { ...signedIn(403), admin: 201, teacherA: 404 },
      notFound: 'school.not-found',
    },
    {
      method: 'get',
      label: 'GET /schools/:schoolA/classes',
      path: (w) => `/api/v1/schools/${w.schoolA.id}/classes`,
      expected: visibleTo('teacherA'),
      notFound: 'school.not-found',
    },
    {
      method: 'get',
      label: 'GET /schools/:schoolB/classes',
      path: (w) => `/api/v1/schools/${w.schoolB.id}/classes`,
      expected: visibleTo(),
      notFound: 'school.not-found',
    },
    {
      method: 'get',
      label: 'GET /classes/:classA',
      path: (w) => `/api/v1/classes/${w.classA}`,
      expected: visibleTo('teacherA', 'contactA'),
      notFound: 'class.not-found',
    },
    {
      method: 'get',
      label: 'GET /classes/:classB',
      path: (w) => `/api/v1/classes/${w.classB}`,
      expected: visibleTo(),
      notFound: 'class.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /classes/:classA',
      path: async () => `/api/v1/classes/${await freshClass('A')}`,
      body: () => ({ pupils: 23 }),
      expected: { ...signedIn(403), admin: 200, teacherA: 200 },
      notFound: 'class.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /classes/:classB',
      path: async () => `/api/v1/classes/${await freshClass('B')}`,
      body: () => ({ pupils: 23 }),
      expected: { ...signedIn(403), admin: 200, teacherA: 404 },
      notFound: 'class.not-found',
    },
    {
      method: 'post',
      label: 'POST /adoptions',
      path: () => '/api/v1/adoptions',
      body: async (w) => ({
        classId: await freshClass('A'),
        companyId: w.companyA.id,
        contactPersonId: w.users.contactA.id,
        startsOn: '2026-09-01',
      }),
      expected: adminOnly(201),
    },
    {
      method: 'get',
      label: 'GET /adoptions',
      path: () => '/api/v1/adoptions',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /adoptions/:adoptionA',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}`,
      expected: visibleTo('teacherA', 'contactA'),
      notFound: 'adoption.not-found',
    },
    {
      method: 'get',
      label: 'GET /adoptions/:adoptionB',
      path: (w) => `/api/v1/adoptions/${w.adoptionB}`,
      expected: visibleTo(),
      notFound: 'adoption.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /adoptions/:adoptionA',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}`,
      body: () => ({ hoursBudgetPerTerm: 7.4 }),
      expected: adminOnly(200),
    },
    {
      method: 'put',
      label: 'PUT /adoptions/:adoptionA/contact-person',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}/contact-person`,
      body: (w) => ({ contactPersonId: w.users.contactA.id }),
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /adoptions/:adoptionA/end',
      path: async () => `/api/v1/adoptions/${await freshAdoption('A')}/end`,
      body: () => ({ reason: 'Samarbejdet stopper' }),
      expected: sidesOnly(200, { admin: 200 }),
    },
    {
      method: 'post',
      label: 'POST /adoptions/:adoptionB/end',
      path: async () => `/api/v1/adoptions/${await freshAdoption('B')}/end`,
      body: () => ({ reason: 'Samarbejdet stopper' }),
      expected: sidesOnly(404, { admin: 200 }),
      notFound: 'adoption.not-found',
    },
    {
      method: 'post',
      label: 'POST /adoptions/:adoptionA/visits',
      path: async () => `/api/v1/adoptions/${await freshAdoption('A')}/visits`,
      body: () => proposal(),
      // An admin sees every adoption but is no side of any.
      expected: sidesOnly(201),
      forbidden: { admin: 'visit.not-a-side' },
    },
    {
      method: 'post',
      label: 'POST /adoptions/:adoptionB/visits',
      path: (w) => `/api/v1/adoptions/${w.adoptionB}/visits`,
      body: () => proposal(),
      expected: sidesOnly(404),
      notFound: 'adoption.not-found',
      forbidden: { admin: 'visit.not-a-side' },
    },
    {
      method: 'post',
      label: 'POST /adoptions/:adoptionA/hours',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}/hours`,
      body: () => ({ date: '2026-08-31', hours: 1, activity: 'planning' }),
      expected: { ...signedIn(403), contactA: 201 },
      forbidden: { admin: 'hours.contact-person-only', teacherA: 'hours.contact-person-only' },
    },
    {
      method: 'post',
      label: 'POST /adoptions/:adoptionB/hours',
      path: (w) => `/api/v1/adoptions/${w.adoptionB}/hours`,
      body: () => ({ date: '2026-08-31', hours: 1, activity: 'planning' }),
      expected: { ...signedIn(403), contactA: 404, teacherA: 404 },
      notFound: 'adoption.not-found',
      forbidden: { admin: 'hours.contact-person-only' },
    },
    {
      method: 'get',
      label: 'GET /adoptions/:adoptionA/hours',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}/hours`,
      expected: visibleTo('teacherA', 'contactA'),
      notFound: 'adoption.not-found',
    },
    {
      method: 'get',
      label: 'GET /adoptions/:adoptionB/hours',
      path: (w) => `/api/v1/adoptions/${w.adoptionB}/hours`,
      expected: visibleTo(),
      notFound: 'adoption.not-found',
    },
    ...(['patch', 'delete'] as const).flatMap((method): RouteCase[] => {
      const status = method === 'patch' ? 200 : 204;
      const body = method === 'patch' ? () => ({ hours: 0.25 }) : undefined;
      return (['A', 'B'] as const).map((letter) => ({
        method,
        label: `${method.toUpperCase()} /adoptions/:adoption${letter}/hours/:entry`,
        // An entry the contact person logs afresh for each caller.
        path: async (w) => {
          const adoptionId = letter === 'A' ? w.adoptionA : w.adoptionB;
          const entry = await setUp(contactOf(letter), `/adoptions/${adoptionId}/hours`, {
            date: '2026-08-28',
            hours: 0.5,
            activity: 'planning',
          });
          return `/api/v1/adoptions/${adoptionId}/hours/${entry.id}`;
        },
        body,
        expected: { ...signedIn(403), admin: status, contactA: letter === 'A' ? status : 404 },
        notFound: 'adoption.not-found',
      }));
    }),
    { method: 'get', label: 'GET /visits', path: () => '/api/v1/visits', expected: signedIn(200) },
    {
      method: 'get',
      label: 'GET /visits?status=requested',
      path: () => '/api/v1/visits?status=requested',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /visits/:visitA',
      path: (w) => `/api/v1/visits/${w.visitA}`,
      expected: visibleTo('teacherA', 'contactA'),
      notFound: 'visit.not-found',
    },
    {
      method: 'get',
      label: 'GET /visits/:visitB',
      path: (w) => `/api/v1/visits/${w.visitB}`,
      expected: visibleTo(),
      notFound: 'visit.not-found',
    },
    ...(['confirm', 'decline', 'reschedule'] as const).flatMap((action): RouteCase[] => {
      const body = () =>
        action === 'confirm'
          ? { slot: 0 }
          : action === 'decline'
            ? { reason: 'Det passer ikke' }
            : { slots: [futureSlot()] };
      return [
        {
          method: 'post',
          label: `POST /visits/:visitA/${action}`,
          // Proposed by the other side than the caller's, so that the caller may answer it.
          path: async (_w, actor) => {
            const proposer = actor === 'teacherA' ? 'company' : 'school';
            return `/api/v1/visits/${await freshVisit('A', 'requested', proposer)}/${action}`;
          },
          body,
          expected: sidesOnly(200),
          forbidden: { admin: 'visit.not-a-side' },
        },
        {
          method: 'post',
          label: `POST /visits/:visitB/${action}`,
          path: (w) => `/api/v1/visits/${w.visitB}/${action}`,
          body,
          expected: sidesOnly(404),
          notFound: 'visit.not-found',
          forbidden: { admin: 'visit.not-a-side' },
        },
      ];
    }),
    {
      method: 'post',
      label: 'POST /visits/:visitA/cancel',
      path: async () => `/api/v1/visits/${await freshVisit('A', 'confirmed')}/cancel`,
      body: () => ({ reason: 'Sygdom' }),
      expected: sidesOnly(200, { admin: 200 }),
    },
    {
      method: 'post',
      label: 'POST /visits/:visitB/cancel',
      path: async () => `/api/v1/visits/${await freshVisit('B', 'confirmed')}/cancel`,
      body: () => ({ reason: 'Sygdom' }),
      expected: sidesOnly(404, { admin: 200 }),
      notFound: 'visit.not-found',
    },
    {
      method: 'put',
      label: 'PUT /visits/:visitA/hosts',
      path: async () => `/api/v1/visits/${await freshVisit('A', 'confirmed')}/hosts`,
      body: (w) => ({ hostIds: [w.users.volunteerA.id] }),
      expected: sidesOnly(200, { admin: 200 }),
    },
    {
      method: 'put',
      label: 'PUT /visits/:visitB/hosts',
      path: async () => `/api/v1/visits/${await freshVisit('B', 'confirmed')}/hosts`,
      body: (w) => ({ hostIds: [w.volunteerB.id] }),
      expected: sidesOnly(404, { admin: 200 }),
      notFound: 'visit.not-found',
    },
    {
      method: 'post',
      label: 'POST /visits/:visitA/complete',
      path: async () => `/api/v1/visits/${await heldVisit('A')}/complete`,
      body: () => ({ pupilsAttended: 20 }),
      expected: sidesOnly(200),
      forbidden: { admin: 'visit.not-a-side' },
    },
    {
      method: 'post',
      label: 'POST /visits/:visitB/complete',
      path: async () => `/api/v1/visits/${await heldVisit('B')}/complete`,
      body: () => ({ pupilsAttended: 20 }),
      expected: sidesOnly(404),
      notFound: 'visit.not-found',
      forbidden: { admin: 'visit.not-a-side' },
    },
    {
      method: 'post',
      label: 'POST /admin/sweeps/:completeVisits',
      path: () => '/api/v1/admin/sweeps/complete-visits',
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /admin/sweeps/:endAdoptions',
      path: () => '/api/v1/admin/sweeps/end-adoptions',
      expected: adminOnly(200),
    },
    {
      method: 'post',
      label: 'POST /admin/sweeps/:unknownSweep',
      path: () => '/api/v1/admin/sweeps/tidy-up',
      expected: { ...adminOnly(403), admin: 404 },
      notFound: 'sweep.not-found',
    },
    {
      method: 'get',
      label: 'GET /admin/deliveries',
      path: () => '/api/v1/admin/deliveries',
      expected: adminOnly(200),
    },
    {
      method: 'get',
      label: 'GET /admin/deliveries/:unknownDelivery',
      path: () => '/api/v1/admin/deliveries/00000000-0000-4000-8000-000000000000',
      expected: { ...adminOnly(403), admin: 404 },
      notFound: 'delivery.not-found',
    },
    {
      method: 'post',
      label: 'POST /admin/deliveries/:unknownDelivery/retry',
      path: () => '/api/v1/admin/deliveries/00000000-0000-4000-8000-000000000000/retry',
      expected: { ...adminOnly(403), admin: 404 },
      notFound: 'delivery.not-found',
    },
    // Weekly volunteering: partner A's programmes name company A, partner B's company B.
    {
      method: 'post',
      label: 'POST /programmes',
      path: () => '/api/v1/programmes',
      body: () => programmeBody('A'),
      expected: coordinatorsOnly(201),
    },
    {
      method: 'post',
      label: 'POST /programmes (partnerB)',
      path: () => '/api/v1/programmes',
      body: () => programmeBody('B'),
      // A coordinator sets up programmes of their own partner only.
      expected: coordinatorsOnly(201, { coordinatorA: 400 }),
      codes: { coordinatorA: 'programme.partner' },
    },
    {
      method: 'get',
      label: 'GET /programmes',
      path: () => '/api/v1/programmes',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /programmes/:programmeA',
      path: (w) => `/api/v1/programmes/${w.programmeA.id}`,
      expected: visibleTo('contactA', 'volunteerA', 'coordinatorA'),
      notFound: 'programme.not-found',
    },
    {
      method: 'get',
      label: 'GET /programmes/:programmeB',
      path: (w) => `/api/v1/programmes/${w.programmeB.id}`,
      expected: visibleTo(),
      notFound: 'programme.not-found',
    },
    {
      method: 'get',
      label: 'GET /reports/companies/:companyA',
      path: (w) => `/api/v1/reports/companies/${w.companyA.id}`,
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'get',
      label: 'GET /reports/companies/:companyB?format=csv',
      path: (w) => `/api/v1/reports/companies/${w.companyB.id}?format=csv`,
      expected: { ...signedIn(403), admin: 200, contactA: 404 },
      notFound: 'company.not-found',
    },
    {
      method: 'get',
      label: 'GET /reports/programmes/:programmeA',
      path: (w) => `/api/v1/reports/programmes/${w.programmeA.id}`,
      expected: coordinatorsOnly(200),
    },
    {
      method: 'get',
      label: 'GET /reports/programmes/:programmeB?format=csv',
      path: (w) => `/api/v1/reports/programmes/${w.programmeB.id}?format=csv`,
      expected: coordinatorsOnly(404, { admin: 200 }),
      notFound: 'programme.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /programmes/:programmeA',
      path: async () => `/api/v1/programmes/${(await freshProgramme('A')).id}`,
      body: () => ({ title: `Lektiehjælp og fodbold ${unique()}`, capacity: { min: 2, max: 6 } }),
      expected: coordinatorsOnly(200),
    },
    {
      method: 'patch',
      label: 'PATCH /programmes/:programmeB',
      path: async () => `/api/v1/programmes/${(await freshProgramme('B')).id}`,
      body: () => ({ title: `Lektiehjælp og fodbold ${unique()}`, capacity: { min: 2, max: 6 } }),
      expected: coordinatorsOnly(200, { coordinatorA: 404 }),
      notFound: 'programme.not-found',
    },
    {
      method: 'get',
      label: 'GET /programmes/:programmeA/shifts',
      path: (w) => `/api/v1/programmes/${w.programmeA.id}/shifts`,
      expected: visibleTo('contactA', 'volunteerA', 'coordinatorA'),
      notFound: 'programme.not-found',
    },
    {
      method: 'get',
      label: 'GET /programmes/:programmeB/shifts',
      path: (w) => `/api/v1/programmes/${w.programmeB.id}/shifts`,
      expected: visibleTo(),
      notFound: 'programme.not-found',
    },
    {
      method: 'post',
      label: 'POST /programmes/:programmeA/commitments',
      path: async () => `/api/v1/programmes/${(await freshProgramme('A')).id}/commitments`,
      expected: volunteersOnly(201, { admin: 409 }),
      codes: { admin: 'signup.not-eligible' },
    },
    {
      method: 'post',
      label: 'POST /programmes/:programmeB/commitments',
      path: (w) => `/api/v1/programmes/${w.programmeB.id}/commitments`,
      expected: volunteersOnly(404, { admin: 409 }),
      notFound: 'programme.not-found',
      codes: { admin: 'signup.not-eligible' },
    },
    {
      method: 'delete',
      label: 'DELETE /programmes/:programmeA/commitments/me',
      path: async () => {
        const { id } = await freshProgramme('A', 'committed');
        return `/api/v1/programmes/${id}/commitments/me`;
      },
      expected: volunteersOnly(200, { admin: 404 }),
      codes: { admin: 'commitment.not-found' },
    },
    {
      method: 'delete',
      label: 'DELETE /programmes/:programmeB/commitments/me',
      path: async () => {
        const { id } = await freshProgramme('B', 'committed');
        return `/api/v1/programmes/${id}/commitments/me`;
      },
      expected: volunteersOnly(404, { admin: 404 }),
      notFound: 'programme.not-found',
      codes: { admin: 'commitment.not-found' },
    },
    {
      method: 'get',
      label: 'GET /shifts',
      path: () => '/api/v1/shifts',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /shifts/:shiftA',
      path: (w) => `/api/v1/shifts/${w.programmeA.shiftId}`,
      expected: visibleTo('contactA', 'volunteerA', 'coordinatorA'),
      notFound: 'shift.not-found',
    },
    {
      method: 'get',
      label: 'GET /shifts/:shiftB',
      path: (w) => `/api/v1/shifts/${w.programmeB.shiftId}`,
      expected: visibleTo(),
      notFound: 'shift.not-found',
    },
    {
      method: 'post',
      label: 'POST /shifts/:shiftA/signups',
      path: async () => `/api/v1/shifts/${(await freshProgramme('A')).shiftId}/signups`,
      expected: volunteersOnly(201, { admin: 409 }),
      codes: { admin: 'signup.not-eligible' },
    },
    {
      method: 'post',
      label: 'POST /shifts/:shiftB/signups',
      path: (w) => `/api/v1/shifts/${w.programmeB.shiftId}/signups`,
      expected: volunteersOnly(404, { admin: 409 }),
      notFound: 'shift.not-found',
      codes: { admin: 'signup.not-eligible' },
    },
    {
      method: 'delete',
      label: 'DELETE /shifts/:shiftA/signups/me',
      path: async () => {
        const { shiftId } = await freshProgramme('A', 'signed-up');
        return `/api/v1/shifts/${shiftId}/signups/me`;
      },
      expected: volunteersOnly(200, { admin: 404 }),
      codes: { admin: 'signup.not-found' },
    },
    {
      method: 'delete',
      label: 'DELETE /shifts/:shiftB/signups/me',
      path: async () => {
        const { shiftId } = await freshProgramme('B', 'signed-up');
        return `/api/v1/shifts/${shiftId}/signups/me`;
      },
      expected: volunteersOnly(404, { admin: 404 }),
      notFound: 'shift.not-found',
      codes: { admin: 'signup.not-found' },
    },
    {
      method: 'post',
      label: 'POST /shifts/:shiftA/cancel',
      // A cancelled shift cannot be cancelled again: a fresh one for each caller.
      path: async () => `/api/v1/shifts/${(await freshProgramme('A', 'signed-up')).shiftId}/cancel`,
      body: () => ({ reason: 'Klubben er lukket' }),
      expected: coordinatorsOnly(200),
    },
    {
      method: 'post',
      label: 'POST /shifts/:shiftB/cancel',
      path: async () => `/api/v1/shifts/${(await freshProgramme('B', 'signed-up')).shiftId}/cancel`,
      body: () => ({ reason: 'Klubben er lukket' }),
      expected: coordinatorsOnly(200, { coordinatorA: 404 }),
      notFound: 'shift.not-found',
    },
    {
      method: 'post',
      label: 'POST /shifts/:shiftA/attendance',
      path: async () => `/api/v1/shifts/${await begunShift('A')}/attendance`,
      body: (w) => ({ records: [{ userId: w.users.volunteerA.id, attended: true }] }),
      expected: coordinatorsOnly(200),
    },
    {
      method: 'post',
      label: 'POST /shifts/:shiftB/attendance',
      path: async () => `/api/v1/shifts/${await begunShift('B')}/attendance`,
      body: (w) => ({ records: [{ userId: w.volunteerB.id, attended: true }] }),
      expected: coordinatorsOnly(200, { coordinatorA: 404 }),
      notFound: 'shift.not-found',
    },
    {
      method: 'post',
      label: 'POST /donation-programmes',
      path: () => '/api/v1/donation-programmes',
      body: () => donationBody('A'),
      expected: { ...signedIn(403), admin: 201, contactA: 201 },
    },
    {
      method: 'post',
      label: 'POST /donation-programmes (companyB)',
      path: () => '/api/v1/donation-programmes',
      body: () => donationBody('B'),
      // A contact person starts programmes of their own company only.
      expected: { ...signedIn(403), admin: 201, contactA: 400 },
      codes: { contactA: 'donation-programme.company' },
    },
    {
      method: 'get',
      label: 'GET /donation-programmes',
      path: () => '/api/v1/donation-programmes',
      expected: signedIn(200),
    },
    {
      method: 'get',
      label: 'GET /donation-programmes/:donationA',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}`,
      // Its company side, and every project (a partner's coordinator, a teacher), who may ask.
      expected: visibleTo('contactA', 'teacherA', 'coordinatorA'),
      notFound: 'donation-programme.not-found',
    },
    {
      method: 'get',
      label: 'GET /donation-programmes/:donationB',
      path: (w) => `/api/v1/donation-programmes/${w.donationB}`,
      expected: visibleTo('teacherA', 'coordinatorA'),
      notFound: 'donation-programme.not-found',
    },
    {
      method: 'patch',
      label: 'PATCH /donation-programmes/:donationA',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}`,
      body: () => ({ description: `Brugte computere ${unique()}` }),
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'patch',
      label: 'PATCH /donation-programmes/:donationB',
      path: (w) => `/api/v1/donation-programmes/${w.donationB}`,
      body: () => ({ description: `Brugte computere ${unique()}` }),
      expected: { ...signedIn(403), admin: 200, contactA: 404 },
      notFound: 'donation-programme.not-found',
    },
    {
      method: 'put',
      label: 'PUT /donation-programmes/:donationA/years/:year',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}/years/2026`,
      body: () => ({ target: 200 }),
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'put',
      label: 'PUT /donation-programmes/:donationB/years/:year',
      path: (w) => `/api/v1/donation-programmes/${w.donationB}/years/2026`,
      body: () => ({ target: 200 }),
      expected: { ...signedIn(403), admin: 200, contactA: 404 },
      notFound: 'donation-programme.not-found',
    },
    {
      method: 'post',
      label: 'POST /donation-programmes/:donationA/supporters',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}/supporters`,
      body: () => ({ name: 'IT-Genbrug', part: 'Klargør maskinerne' }),
      expected: { ...signedIn(403), admin: 201, contactA: 201 },
    },
    {
      method: 'delete',
      label: 'DELETE /donation-programmes/:donationA/supporters/:supporter',
      path: async (w) => {
        const programme = await setUp(
          world.users.contactA,
          `/donation-programmes/${w.donationA}/supporters`,
          { name: `Støtte ${unique()}`, part: 'Software' },
        );
        const added = programme.supporters[programme.supporters.length - 1] as { id: string };
        return `/api/v1/donation-programmes/${w.donationA}/supporters/${added.id}`;
      },
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'post',
      label: 'POST /donation-programmes/:donationA/requests',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}/requests`,
      body: (w) => ({ partnerId: w.partnerA.id, units: 3 }),
      // Partner A's coordinator asks for it; a teacher may ask for their school, not for it.
      expected: { ...signedIn(403), admin: 201, coordinatorA: 201, teacherA: 400 },
      codes: { teacherA: 'allocation.project' },
    },
    {
      method: 'post',
      label: 'POST /donation-programmes/:donationB/requests',
      path: (w) => `/api/v1/donation-programmes/${w.donationB}/requests`,
      body: (w) => ({ schoolId: w.schoolA.id, units: 3 }),
      // A project may ask any company's programme.
      expected: { ...signedIn(403), admin: 201, teacherA: 201, coordinatorA: 400 },
      codes: { coordinatorA: 'allocation.project' },
    },
    {
      method: 'get',
      label: 'GET /donation-programmes/:donationA/allocations',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}/allocations`,
      expected: visibleTo('contactA', 'teacherA', 'coordinatorA'),
      notFound: 'donation-programme.not-found',
    },
    {
      method: 'get',
      label: 'GET /allocations/:allocationA',
      path: (w) => `/api/v1/allocations/${w.allocationA}`,
      // The company side and the project it is for; another project does not see it.
      expected: visibleTo('contactA', 'coordinatorA'),
      notFound: 'allocation.not-found',
    },
    {
      method: 'get',
      label: 'GET /allocations/:allocationB',
      path: (w) => `/api/v1/allocations/${w.allocationB}`,
      expected: visibleTo(),
      notFound: 'allocation.not-found',
    },
    {
      method: 'post',
      label: 'POST /allocations/:allocationA/approve',
      path: async () => `/api/v1/allocations/${await freshAllocation('A')}/approve`,
      body: () => ({ units: 5 }),
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'post',
      label: 'POST /allocations/:allocationB/approve',
      path: async () => `/api/v1/allocations/${await freshAllocation('B')}/approve`,
      body: () => ({ units: 5 }),
      expected: { ...signedIn(403), admin: 200, contactA: 404 },
      notFound: 'allocation.not-found',
    },
    {
      method: 'post',
      label: 'POST /allocations/:allocationA/decline',
      path: async () => `/api/v1/allocations/${await freshAllocation('A')}/decline`,
      body: () => ({ reason: 'Ingen tilbage' }),
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'post',
      label: 'POST /allocations/:allocationA/prepare',
      path: async () => `/api/v1/allocations/${await freshAllocation('A', 'pledged')}/prepare`,
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'post',
      label: 'POST /allocations/:allocationA/deliver',
      path: async () => `/api/v1/allocations/${await freshAllocation('A', 'prepared')}/deliver`,
      body: () => ({ units: 10 }),
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'post',
      label: 'POST /allocations/:allocationA/cancel',
      path: async () => `/api/v1/allocations/${await freshAllocation('A', 'pledged')}/cancel`,
      body: () => ({ reason: 'Ikke brug for dem' }),
      // Either side cancels; a teacher of another project does not see it.
      expected: { ...signedIn(403), admin: 200, contactA: 200, coordinatorA: 200, teacherA: 404 },
      notFound: 'allocation.not-found',
    },
    {
      method: 'post',
      label: 'POST /allocations/:allocationB/cancel',
      path: async () => `/api/v1/allocations/${await freshAllocation('B', 'pledged')}/cancel`,
      body: () => ({ reason: 'Ikke brug for dem' }),
      expected: { ...signedIn(403), admin: 200, contactA: 404, coordinatorA: 404, teacherA: 404 },
      notFound: 'allocation.not-found',
    },
    {
      method: 'get',
      label: 'GET /adoptions/:adoptionA/agreement',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}/agreement`,
      expected: visibleTo('teacherA', 'contactA'),
      notFound: 'adoption.not-found',
    },
    {
      method: 'get',
      label: 'GET /adoptions/:adoptionB/agreement',
      path: (w) => `/api/v1/adoptions/${w.adoptionB}/agreement`,
      expected: visibleTo(),
      notFound: 'adoption.not-found',
    },
    {
      method: 'put',
      label: 'PUT /adoptions/:adoptionA/agreement',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}/agreement`,
      body: () => agreementBody('adoption'),
      expected: sidesOnly(200, { admin: 200 }),
    },
    {
      method: 'put',
      label: 'PUT /adoptions/:adoptionB/agreement',
      path: (w) => `/api/v1/adoptions/${w.adoptionB}/agreement`,
      body: () => agreementBody('adoption'),
      expected: sidesOnly(404, { admin: 200 }),
      notFound: 'adoption.not-found',
    },
    {
      method: 'get',
      label: 'GET /programmes/:programmeA/agreement',
      path: (w) => `/api/v1/programmes/${w.programmeA.id}/agreement`,
      expected: visibleTo('contactA', 'volunteerA', 'coordinatorA'),
      notFound: 'programme.not-found',
    },
    {
      method: 'put',
      label: 'PUT /programmes/:programmeA/agreement',
      path: (w) => `/api/v1/programmes/${w.programmeA.id}/agreement`,
      body: () => agreementBody('programme'),
      expected: coordinatorsOnly(200, { contactA: 200 }),
    },
    {
      method: 'put',
      label: 'PUT /programmes/:programmeB/agreement',
      path: (w) => `/api/v1/programmes/${w.programmeB.id}/agreement`,
      body: () => agreementBody('programme'),
      expected: coordinatorsOnly(200, { contactA: 404, coordinatorA: 404 }),
      notFound: 'programme.not-found',
    },
    {
      method: 'get',
      label: 'GET /donation-programmes/:donationA/agreement',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}/agreement`,
      // Between the company and the secretariat: the projects asking for units do not see it.
      expected: visibleTo('contactA'),
      notFound: 'donation-programme.not-found',
    },
    {
      method: 'put',
      label: 'PUT /donation-programmes/:donationA/agreement',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}/agreement`,
      body: () => agreementBody('donation'),
      expected: { ...signedIn(403), admin: 200, contactA: 200 },
    },
    {
      method: 'get',
      label: 'GET /agreements/:agreementA',
      path: (w) => `/api/v1/agreements/${w.agreementA}`,
      expected: visibleTo('teacherA', 'contactA'),
      notFound: 'agreement.not-found',
    },
    {
      method: 'get',
      label: 'GET /agreements/:agreementB',
      path: (w) => `/api/v1/agreements/${w.agreementB}`,
      expected: visibleTo(),
      notFound: 'agreement.not-found',
    },
    {
      method: 'post',
      label: 'POST /agreements/:agreementA/accept',
      path: (w) => `/api/v1/agreements/${w.agreementA}/accept`,
      body: () => ({ version: 1 }),
      // The two sides accept; an admin writes but is neither side; another side's people do not
      // see it.
      expected: { ...sidesOnly(200), admin: 403, coordinatorA: 404 },
      forbidden: { admin: 'agreement.not-a-side' },
      notFound: 'agreement.not-found',
    },
    {
      method: 'post',
      label: 'POST /agreements/:agreementB/accept',
      path: (w) => `/api/v1/agreements/${w.agreementB}/accept`,
      body: () => ({ version: 1 }),
      expected: { ...sidesOnly(404), admin: 403, coordinatorA: 404 },
      forbidden: { admin: 'agreement.not-a-side' },
      notFound: 'agreement.not-found',
    },
    {
      method: 'get',
      label: 'GET /adoptions/:adoptionA/updates',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}/updates`,
      expected: visibleTo('teacherA', 'contactA'),
      notFound: 'adoption.not-found',
    },
    {
      method: 'post',
      label: 'POST /adoptions/:adoptionA/updates',
      path: (w) => `/api/v1/adoptions/${w.adoptionA}/updates`,
      body: () => ({ text: 'Klassen glæder sig.' }),
      expected: sidesOnly(201, { admin: 201 }),
    },
    {
      method: 'post',
      label: 'POST /adoptions/:adoptionB/updates',
      path: (w) => `/api/v1/adoptions/${w.adoptionB}/updates`,
      body: () => ({ text: 'Klassen glæder sig.' }),
      expected: sidesOnly(404, { admin: 201 }),
      notFound: 'adoption.not-found',
    },
    {
      method: 'get',
      label: 'GET /programmes/:programmeA/updates',
      path: (w) => `/api/v1/programmes/${w.programmeA.id}/updates`,
      expected: visibleTo('contactA', 'volunteerA', 'coordinatorA'),
      notFound: 'programme.not-found',
    },
    {
      method: 'post',
      label: 'POST /programmes/:programmeA/updates',
      path: (w) => `/api/v1/programmes/${w.programmeA.id}/updates`,
      body: () => ({ text: 'Vi mangler frivillige om tirsdagen.' }),
      expected: coordinatorsOnly(201, { contactA: 201 }),
    },
    {
      method: 'get',
      label: 'GET /donation-programmes/:donationA/updates',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}/updates`,
      expected: visibleTo('contactA'),
      notFound: 'donation-programme.not-found',
    },
    {
      method: 'post',
      label: 'POST /donation-programmes/:donationA/updates',
      path: (w) => `/api/v1/donation-programmes/${w.donationA}/updates`,
      body: () => ({ text: 'Tyve maskiner er klar.' }),
      expected: { ...signedIn(403), admin: 201, contactA: 201 },
    },
  ];

  const cases = routes.flatMap((route) =>
    ACTORS.map((actor) => ({ route, actor, status: route.expected[actor] })),
  );

  it.each(cases)(
    'answers $route.label as $actor with $status',
    async ({ route, actor, status }) => {
      const request = as(actor)[route.method](await route.path(world, actor));
      if (route.form) request.type('form');
      const body = route.body ? await route.body(world) : undefined;
      const response = await (body ? request.send(body) : request);
      await route.after?.(world, actor);

      expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
      const code = route.codes?.[actor];
      if (code !== undefined) {
        expect(response.body.code).toBe(code);
      } else if (status === 401) {
        expect(response.body.code).toBe(
          actor === 'anonymous' ? 'auth.missing-access-token' : 'auth.invalid-access-token',
        );
      } else if (status === 403) {
        expect(response.body.code).toBe(route.forbidden?.[actor] ?? 'access.role');
      } else if (status === 404) {
        expect(response.body.code).toBe(route.notFound);
      } else if (status >= 400) {
        // Any other refusal (400, 409) fails here until its code is named in the case's codes.
        expect({ code: response.body.code }).toEqual({ code: 'named in codes' });
      }
    },
  );

  it('covers every route the API documents', async () => {
    const docs = await stack.http().get('/docs-json').expect(200);
    const documented = Object.entries(docs.body.paths as Record<string, object>).flatMap(
      ([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const tested = new Set(
      routes.map(({ label }) =>
        label
          .replace(/\?.*$/, '')
          .replace(/:[A-Za-z]+/g, '{id}')
          .replace(/^(GET|POST|PUT|PATCH|DELETE) \/(?!health|sign-in|docs)/, '$1 /api/v1/'),
      ),
    );
    expect(documented).toEqual(expect.arrayContaining(['GET /api/v1/schools/{id}', 'GET /health']));
    // Every path parameter reads {id} on both sides, e.g. /admin/sweeps/{name}. All missing
    // routes are named at once.
    const untested = documented.filter((route) => !tested.has(route.replace(/\{\w+\}/g, '{id}')));
    expect(untested).toEqual([]);
  });

  describe('lists show each caller only their own organisations', () => {
    async function listed(actor: ActorName, path: string): Promise<string[]> {
      const response = await as(actor).get(path).expect(200);
      return (response.body.items as { id: string }[]).map((item) => item.id);
    }

    it('shows a teacher exactly their own school', async () => {
      expect(await listed('teacherA', '/api/v1/schools')).toEqual([world.schoolA.id]);
    });

    it('shows people of companies and partners no schools', async () => {
      for (const actor of ['contactA', 'volunteerA', 'coordinatorA', 'outsider'] as const) {
        const response = await as(actor).get('/api/v1/schools').expect(200);
        expect(response.body).toEqual({ items: [], next: null });
      }
    });

    it('shows an admin every school', async () => {
      expect(await listed('admin', '/api/v1/schools')).toEqual(
        expect.arrayContaining([world.schoolA.id, world.schoolB.id]),
      );
    });

    it('shows the contact and the volunteer exactly their own company', async () => {
      expect(await listed('contactA', '/api/v1/companies')).toEqual([world.companyA.id]);
      expect(await listed('volunteerA', '/api/v1/companies')).toEqual([world.companyA.id]);
      for (const actor of ['teacherA', 'coordinatorA', 'outsider'] as const) {
        expect(await listed(actor, '/api/v1/companies')).toEqual([]);
      }
      expect(await listed('admin', '/api/v1/companies')).toEqual(
        expect.arrayContaining([world.companyA.id, world.companyB.id]),
      );
    });

    it('shows a coordinator exactly their own partner organisation', async () => {
      expect(await listed('coordinatorA', '/api/v1/partners')).toEqual([world.partnerA.id]);
      for (const actor of ['teacherA', 'contactA', 'volunteerA', 'outsider'] as const) {
        expect(await listed(actor, '/api/v1/partners')).toEqual([]);
      }
      expect(await listed('admin', '/api/v1/partners')).toEqual(
        expect.arrayContaining([world.partnerA.id, world.partnerB.id]),
      );
    });

    it('shows a programme only to its coordinators and the people of its companies', async () => {
      const programmes = (actor: ActorName) => listed(actor, '/api/v1/programmes?limit=200');
      for (const actor of ['contactA', 'volunteerA', 'coordinatorA'] as const) {
        const ids = await programmes(actor);
        expect(ids).toContain(world.programmeA.id);
        expect(ids).not.toContain(world.programmeB.id);
      }
      for (const actor of ['teacherA', 'outsider'] as const) {
        expect(await programmes(actor)).toEqual([]);
      }
      expect(await programmes('admin')).toEqual(
        expect.arrayContaining([world.programmeA.id, world.programmeB.id]),
      );
    });

    it('lists shifts across programmes only to their volunteers and coordinators', async () => {
      const programmesIn = async (actor: ActorName) => {
        const response = await as(actor)
          .get('/api/v1/shifts?from=2026-09-01&to=2026-12-31')
          .expect(200);
        return new Set(
          (response.body.items as { programmeId: string }[]).map((s) => s.programmeId),
        );
      };
      for (const actor of ['volunteerA', 'coordinatorA'] as const) {
        const ids = await programmesIn(actor);
        expect(ids).toContain(world.programmeA.id);
        expect(ids).not.toContain(world.programmeB.id);
      }
      // Seeing a programme is not taking part in it: a contact person, and an admin, volunteer
      // and coordinate nowhere.
      for (const actor of ['teacherA', 'contactA', 'outsider', 'admin'] as const) {
        expect(await programmesIn(actor)).toEqual(new Set());
      }
    });

    it('shows people themselves and the people of their own organisations', async () => {
      const people = (actor: ActorName, query = '') =>
        listed(actor, `/api/v1/users?limit=200${query}`);
      const { users } = world;
      const contacts = await people('contactA');
      expect(contacts).toEqual(expect.arrayContaining([users.contactA.id, users.volunteerA.id]));
      for (const stranger of [users.teacherA, users.coordinatorA, world.contactB, users.outsider]) {
        expect(contacts).not.toContain(stranger.id);
      }
      expect(await people('outsider')).toEqual([users.outsider.id]);
      // Narrowed to one role in one organisation: the colleagues to name as a visit's hosts.
      expect(
        await people('contactA', `&organisationId=${world.companyA.id}&role=volunteer`),
      ).toEqual([users.volunteerA.id]);
      // Another organisation's people stay hidden, filter or not.
      expect(await people('contactA', `&organisationId=${world.companyB.id}`)).toEqual([]);
      expect(await people('admin', `&organisationId=${world.companyB.id}&role=contact`)).toEqual([
        world.contactB.id,
      ]);
    });

    it('refuses a user filter that is not a UUID or a role, naming it', async () => {
      for (const [query, field] of [
        ['organisationId=LEGO', 'organisationId'],
        ['role=boss', 'role'],
      ]) {
        const response = await as('contactA').get(`/api/v1/users?${query}`).expect(400);
        expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      }
    });

    it('shows a person with roles in two organisations both of them', async () => {
      const school = await factories.school();
      const company = await factories.company();
      const both = await factories.user([
        { role: Role.Teacher, organisationId: school.id },
        { role: Role.Volunteer, organisationId: company.id },
      ]);
      const token = await stack.tokenFor(both.id);
      const schools = await stack
        .http()
        .get('/api/v1/schools')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(schools.body.items.map((s: { id: string }) => s.id)).toEqual([school.id]);
      const companies = await stack
        .http()
        .get('/api/v1/companies')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(companies.body.items.map((c: { id: string }) => c.id)).toEqual([company.id]);
    });
  });

  describe('people see the people of their own organisations', () => {
    it('shows a teacher a colleague at the same school', async () => {
      const school = await factories.school();
      const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
      const colleague = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
      const response = await stack
        .http()
        .get(`/api/v1/users/${colleague.id}`)
        .set('Authorization', `Bearer ${await stack.tokenFor(teacher.id)}`)
        .expect(200);
      expect(response.body).toMatchObject({
        id: colleague.id,
        memberships: [{ role: 'teacher', organisationType: 'school', organisationId: school.id }],
      });
    });

    it('answers 404 for a person in another organisation, as for one who does not exist', async () => {
      const school = await factories.school();
      const otherSchool = await factories.school();
      const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
      const stranger = await factories.user([
        { role: Role.Teacher, organisationId: otherSchool.id },
      ]);
      const token = await stack.tokenFor(teacher.id);

      const hidden = await stack
        .http()
        .get(`/api/v1/users/${stranger.id}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(404);
      const missing = await stack
        .http()
        .get('/api/v1/users/00000000-0000-4000-8000-000000000000')
        .set('Authorization', `Bearer ${token}`)
        .expect(404);
      expect(hidden.body).toEqual(missing.body);
      expect(hidden.body.code).toBe('user.not-found');
    });

    it('does not let an admin membership make colleagues of all admins and everyone', async () => {
      const school = await factories.school();
      const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
      const admin = await factories.user([{ role: Role.Admin }]);
      await stack
        .http()
        .get(`/api/v1/users/${admin.id}`)
        .set('Authorization', `Bearer ${await stack.tokenFor(teacher.id)}`)
        .expect(404);
    });

    it('answers 404 for an organisation that does not exist, as for one that is not yours', async () => {
      const token = world.tokens.admin as string;
      for (const kind of ['schools', 'companies', 'partners']) {
        const response = await stack
          .http()
          .get(`/api/v1/${kind}/00000000-0000-4000-8000-000000000000`)
          .set('Authorization', `Bearer ${token}`)
          .expect(404);
        expect(response.body.code).toMatch(/\.not-found$/);
      }
    });
  });

  describe('pagination', () => {
    it('pages through a list one item at a time, without repeats, to a last page', async () => {
      const schools = await Promise.all(
        ['Ahorn', 'Birk', 'Cedertræ'].map((name) =>
          factories.school({
            name: `${name} ${unique()}`,
            closedDates: [
              { from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' },
              { from: '2026-12-21', to: '2027-01-01', label: 'Juleferie' },
            ] as SchoolEntity['closedDates'],
          }),
        ),
      );
      const teacher = await factories.user(
        schools.map((school) => ({ role: Role.Teacher, organisationId: school.id })),
      );
      const token = await stack.tokenFor(teacher.id);

      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10; page++) {
        const query: Record<string, string | number> = cursor ? { limit: 1, cursor } : { limit: 1 };
        const response = await stack
          .http()
          .get('/api/v1/schools')
          .query(query)
          .set('Authorization', `Bearer ${token}`)
          .expect(200);
        expect(response.body.items).toHaveLength(1);
        expect(response.body.items[0].closedDates).toHaveLength(2);
        seen.push(response.body.items[0].id);
        cursor = response.body.next;
        if (cursor === null) break;
        expect(typeof cursor).toBe('string');
      }

      expect(cursor).toBeNull();
      expect(seen).toEqual(
        [...schools].sort((a, b) => a.name.localeCompare(b.name)).map((school) => school.id),
      );
      expect(new Set(seen).size).toBe(3);
    });

    it('pages through people with several roles without splitting or repeating them', async () => {
      const school = await factories.school();
      const company = await factories.company();
      await factories.user(
        [
          { role: Role.Teacher, organisationId: school.id },
          { role: Role.Volunteer, organisationId: company.id },
        ],
        { name: 'Aase med to roller' },
      );
      const token = world.tokens.admin as string;
      const all = await stack
        .http()
        .get('/api/v1/users?limit=200')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(all.body.next).toBeNull();

      const paged: { id: string; memberships: unknown[] }[] = [];
      let cursor: string | null = null;
      do {
        const response: { body: { items: typeof paged; next: string | null } } = await stack
          .http()
          .get('/api/v1/users')
          .query(cursor ? { limit: 2, cursor } : { limit: 2 })
          .set('Authorization', `Bearer ${token}`)
          .expect(200);
        expect(response.body.items.length).toBeLessThanOrEqual(2);
        paged.push(...response.body.items);
        cursor = response.body.next;
      } while (cursor !== null && paged.length <= all.body.items.length);

      // Every person once, in the same order, each with all of their roles.
      const summary = (users: { id: string; memberships: unknown[] }[]) =>
        users.map((user) => [user.id, user.memberships.length]);
      expect(summary(paged)).toEqual(summary(all.body.items));
      expect(new Set(paged.map((user) => user.id)).size).toBe(paged.length);
      const twoRoles = paged.find((user) => user.memberships.length === 2);
      expect(twoRoles).toBeDefined();
    });

    it('gives a last page with next: null when the items fit exactly', async () => {
      const partners = [await factories.partner(), await factories.partner()];
      const coordinator = await factories.user(
        partners.map((partner) => ({ role: Role.Coordinator, organisationId: partner.id })),
      );
      const response = await stack
        .http()
        .get('/api/v1/partners?limit=2')
        .set('Authorization', `Bearer ${await stack.tokenFor(coordinator.id)}`)
        .expect(200);
      expect(response.body.items).toHaveLength(2);
      expect(response.body.next).toBeNull();
    });

    it.each([
      ['text that is no cursor', 'not-a-cursor'],
      ['a cursor of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
      ['a tampered cursor', Buffer.from('["Skole","not-a-uuid"]').toString('base64url')],
    ])('refuses %s with 400 naming cursor', async (_what, cursor) => {
      const response = await stack
        .http()
        .get('/api/v1/schools')
        .query({ cursor })
        .set('Authorization', `Bearer ${world.tokens.admin}`)
        .expect(400);
      expect(response.body.code).toBeDefined();
      expect(response.body.details).toEqual([{ field: 'cursor', messages: expect.any(Array) }]);
    });
  });
});
