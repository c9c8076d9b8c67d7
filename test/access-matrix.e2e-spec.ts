import { randomBytes } from 'node:crypto';
import { CsrModel, LoginTokenEntity, Role, UserEntity } from '@app/core';
import { hashToken } from '@app/core/accounts/login-links.service';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { Factories } from '@app/testing';
import { startTestStack, TestStack } from './support/test-stack';

// Who may call what, proved for every route and every kind of caller.

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
}

interface RouteCase {
  method: 'get' | 'post';
  /** How the route reads in a test name, e.g. `GET /schools/:schoolB`. */
  label: string;
  path: (world: World) => string;
  body?: (world: World) => Promise<object> | object;
  form?: boolean;
  expected: Expected;
  /** The code a 404 answers with. */
  notFound?: string;
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

const unique = () => randomBytes(4).toString('hex');

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
    };
  }

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
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
      expected: everyone(200),
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
    { method: 'get', label: 'GET /users', path: () => '/api/v1/users', expected: adminOnly(200) },
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
  ];

  const cases = routes.flatMap((route) =>
    ACTORS.map((actor) => ({ route, actor, status: route.expected[actor] })),
  );

  it.each(cases)(
    'answers $route.label as $actor with $status',
    async ({ route, actor, status }) => {
      const request = as(actor)[route.method](route.path(world));
      if (route.form) request.type('form');
      const body = route.body ? await route.body(world) : undefined;
      const response = await (body ? request.send(body) : request);

      expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
      if (status === 401) {
        expect(response.body.code).toBe(
          actor === 'anonymous' ? 'auth.missing-access-token' : 'auth.invalid-access-token',
        );
      }
      if (status === 403) expect(response.body.code).toBe('access.role');
      if (status === 404) expect(response.body.code).toBe(route.notFound);
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
          .replace(/:[A-Za-z]+/, '{id}')
          .replace(/^(GET|POST) \/(?!health|sign-in|docs)/, '$1 /api/v1/'),
      ),
    );
    expect(documented).toEqual(expect.arrayContaining(['GET /api/v1/schools/{id}', 'GET /health']));
    for (const route of documented) expect(tested).toContain(route);
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
