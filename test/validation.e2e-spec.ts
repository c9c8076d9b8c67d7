import { Role } from '@app/core';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { Factories } from '@app/testing';
import { startTestStack, TestStack } from './support/test-stack';

// Invalid input to every route gets a 400 that names the field, and changes nothing.

interface Fixtures {
  school: SchoolEntity;
  company: CompanyEntity;
  partner: PartnerEntity;
}

interface BadInput {
  /** What is wrong, as the test name says it. */
  what: string;
  body: (fixtures: Fixtures) => object;
  field: string;
}

const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

const validSchool = { name: 'Bakkeskolen', city: 'Esbjerg' };
const validCompany = { name: 'LEGO', city: 'Billund', csrModel: 'integrated' };
const validPartner = { name: 'Dansk Flygtningehjælp', city: 'Vejle' };
const closed = (period: object) => ({
  ...validSchool,
  closedDates: [{ from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie', ...period }],
});

const BAD_BODIES: Record<string, BadInput[]> = {
  '/api/v1/users': [
    {
      what: 'an email that is not an email',
      body: (f) => ({ ...invitee(f), email: 'jonas-at-lego' }),
      field: 'email',
    },
    { what: 'a missing email', body: (f) => without(invitee(f), 'email'), field: 'email' },
    { what: 'a missing name', body: (f) => without(invitee(f), 'name'), field: 'name' },
    { what: 'an empty name', body: (f) => ({ ...invitee(f), name: '' }), field: 'name' },
    { what: 'a name that is a number', body: (f) => ({ ...invitee(f), name: 7 }), field: 'name' },
    { what: 'an unknown locale', body: (f) => ({ ...invitee(f), locale: 'fr' }), field: 'locale' },
    { what: 'the role king', body: (f) => ({ ...invitee(f), role: 'king' }), field: 'role' },
    { what: 'a missing role', body: (f) => without(invitee(f), 'role'), field: 'role' },
    {
      what: 'an organisation id that is not a UUID',
      body: (f) => ({ ...invitee(f), organisationId: 'bakkeskolen' }),
      field: 'organisationId',
    },
    {
      what: 'a teacher without an organisation',
      body: (f) => without(invitee(f), 'organisationId'),
      field: 'organisationId',
    },
    {
      what: 'a teacher at a company',
      body: (f) => ({ ...invitee(f), organisationId: f.company.id }),
      field: 'organisationId',
    },
    {
      what: 'a contact at a school',
      body: (f) => ({ ...invitee(f), role: 'contact', organisationId: f.school.id }),
      field: 'organisationId',
    },
    {
      what: 'a volunteer at a partner organisation',
      body: (f) => ({ ...invitee(f), role: 'volunteer', organisationId: f.partner.id }),
      field: 'organisationId',
    },
    {
      what: 'a coordinator at a company',
      body: (f) => ({ ...invitee(f), role: 'coordinator', organisationId: f.company.id }),
      field: 'organisationId',
    },
    {
      what: 'a teacher at a school that does not exist',
      body: (f) => ({ ...invitee(f), organisationId: UNKNOWN_UUID }),
      field: 'organisationId',
    },
    {
      what: 'an admin with an organisation',
      body: (f) => ({ ...invitee(f), role: 'admin', organisationId: f.school.id }),
      field: 'organisationId',
    },
    { what: 'an unknown field', body: (f) => ({ ...invitee(f), foo: 'bar' }), field: 'foo' },
  ],
  '/api/v1/schools': [
    { what: 'a missing name', body: () => without(validSchool, 'name'), field: 'name' },
    { what: 'an empty name', body: () => ({ ...validSchool, name: '' }), field: 'name' },
    { what: 'a name that is a number', body: () => ({ ...validSchool, name: 42 }), field: 'name' },
    { what: 'a missing city', body: () => without(validSchool, 'city'), field: 'city' },
    {
      what: 'an unknown time zone',
      body: () => ({ ...validSchool, timezone: 'Mars/Olympus' }),
      field: 'timezone',
    },
    {
      what: 'a time zone PostgreSQL does not know',
      body: () => ({ ...validSchool, timezone: 'US/Pacific-New' }),
      field: 'timezone',
    },
    {
      what: 'a school year starting in month 13',
      body: () => ({ ...validSchool, schoolYearStart: '13-01' }),
      field: 'schoolYearStart',
    },
    {
      what: 'a school year start that is a full date',
      body: () => ({ ...validSchool, schoolYearStart: '2026-08-01' }),
      field: 'schoolYearStart',
    },
    {
      what: 'a last school day of 31 April',
      body: () => ({ ...validSchool, lastSchoolDay: '04-31' }),
      field: 'lastSchoolDay',
    },
    {
      what: 'closed dates that are not a list',
      body: () => ({ ...validSchool, closedDates: 'autumn' }),
      field: 'closedDates',
    },
    {
      what: 'a closed period ending on no date',
      body: () => closed({ to: 'tomorrow' }),
      field: 'closedDates.0.to',
    },
    {
      what: 'a closed period starting on 30 February',
      body: () => closed({ from: '2026-02-30', to: '2026-03-02' }),
      field: 'closedDates.0.from',
    },
    {
      what: 'a closed period given as a time',
      body: () => closed({ from: '2026-10-12T00:00:00Z' }),
      field: 'closedDates.0.from',
    },
    {
      what: 'a closed period without a label',
      body: () => closed({ label: undefined }),
      field: 'closedDates.0.label',
    },
    {
      what: 'a closed period ending before it starts',
      body: () => closed({ from: '2026-10-16', to: '2026-10-12' }),
      field: 'closedDates.0.to',
    },
    {
      what: 'an unknown field in a closed period',
      body: () => closed({ foo: 'bar' }),
      field: 'closedDates.0.foo',
    },
    { what: 'an unknown field', body: () => ({ ...validSchool, foo: 'bar' }), field: 'foo' },
  ],
  '/api/v1/companies': [
    { what: 'a missing name', body: () => without(validCompany, 'name'), field: 'name' },
    { what: 'a missing city', body: () => without(validCompany, 'city'), field: 'city' },
    {
      what: 'the CSR model both',
      body: () => ({ ...validCompany, csrModel: 'both' }),
      field: 'csrModel',
    },
    {
      what: 'a missing CSR model',
      body: () => without(validCompany, 'csrModel'),
      field: 'csrModel',
    },
    { what: 'an unknown field', body: () => ({ ...validCompany, foo: 'bar' }), field: 'foo' },
  ],
  '/api/v1/partners': [
    { what: 'a missing name', body: () => without(validPartner, 'name'), field: 'name' },
    { what: 'a missing city', body: () => without(validPartner, 'city'), field: 'city' },
    {
      what: 'a description of 2001 characters',
      body: () => ({ ...validPartner, description: 'x'.repeat(2001) }),
      field: 'description',
    },
    {
      what: 'a description that is not text',
      body: () => ({ ...validPartner, description: ['x'] }),
      field: 'description',
    },
    { what: 'an unknown field', body: () => ({ ...validPartner, foo: 'bar' }), field: 'foo' },
  ],
};

let invited = 0;

/** A valid invitation of a teacher at the fixture school, to a fresh address. */
function invitee(fixtures: Fixtures) {
  invited += 1;
  return {
    email: `invitee-${invited}@scheduler.test`,
    name: 'Marianne',
    locale: 'da',
    role: 'teacher',
    organisationId: fixtures.school.id,
  };
}

function without<T extends object>(body: T, field: keyof T): object {
  const copy: Partial<T> = { ...body };
  delete copy[field];
  return copy;
}

const LISTS = ['/api/v1/users', '/api/v1/schools', '/api/v1/companies', '/api/v1/partners'];
const BAD_QUERIES: [string, Record<string, string>, string][] = [
  ['limit=0', { limit: '0' }, 'limit'],
  ['limit=abc', { limit: 'abc' }, 'limit'],
  ['limit=201', { limit: '201' }, 'limit'],
  ['limit=1.5', { limit: '1.5' }, 'limit'],
  ['limit=-1', { limit: '-1' }, 'limit'],
  ['an unknown parameter', { foo: 'bar' }, 'foo'],
];

describe('invalid input', () => {
  let stack: TestStack;
  let factories: Factories;
  let adminToken: string;
  let fixtures: Fixtures;

  const asAdmin = {
    get: (path: string) => stack.http().get(path).set('Authorization', `Bearer ${adminToken}`),
    post: (path: string) => stack.http().post(path).set('Authorization', `Bearer ${adminToken}`),
  };

  /** Asserts the 400 error body and that its details name the field. */
  function expectFieldNamed(
    response: { status: number; body: Record<string, unknown> },
    field: string,
  ) {
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', code: expect.any(String) },
    });
    const details = response.body.details as { field: string; messages: string[] }[];
    expect(details.map((detail) => detail.field)).toContain(field);
    const named = details.find((detail) => detail.field === field);
    expect(named?.messages.length).toBeGreaterThan(0);
    expect(response.body.message).toContain(field);
  }

  /** Every item of a list, as an admin sees it. */
  async function allOf(path: string): Promise<{ id: string; email?: string }[]> {
    const response = await asAdmin.get(`${path}?limit=200`).expect(200);
    expect(response.body.next).toBeNull();
    return response.body.items;
  }

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    factories = new Factories(stack.dataSource);
    const admin = await factories.user([{ role: Role.Admin }], { name: 'Sekretariatet' });
    adminToken = await stack.tokenFor(admin.id);
    fixtures = {
      school: await factories.school(),
      company: await factories.company(),
      partner: await factories.partner(),
    };
  });
  afterAll(() => stack.stop());

  describe.each(Object.entries(BAD_BODIES))('POST %s', (path, cases) => {
    it.each(cases)('refuses $what with 400 naming $field, and adds nothing', async (bad) => {
      const before = await allOf(path);
      const body = bad.body(fixtures);

      const response = await asAdmin.post(path).send(body);

      expectFieldNamed(response, bad.field);
      expect(await allOf(path)).toEqual(before);
    });
  });

  it('names every wrong field of one request, each once', async () => {
    const response = await asAdmin
      .post('/api/v1/schools')
      .send({ city: '', timezone: 'Mars/Olympus', schoolYearStart: '13-01', foo: 1 });
    expectFieldNamed(response, 'name');
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field);
    expect([...fields].sort()).toEqual(['city', 'foo', 'name', 'schoolYearStart', 'timezone']);
  });

  it('says an unknown field is not a known field', async () => {
    const response = await asAdmin.post('/api/v1/companies').send({ ...validCompany, foo: 'bar' });
    expect(response.body.details).toEqual([{ field: 'foo', messages: ['is not a known field'] }]);
  });

  it('invites no one when an invitation is refused', async () => {
    const response = await asAdmin.post('/api/v1/users').send({
      email: 'refused@scheduler.test',
      name: 'Refused',
      role: 'teacher',
      organisationId: fixtures.company.id,
    });
    expectFieldNamed(response, 'organisationId');
    const users = await allOf('/api/v1/users');
    expect(users.map((user) => user.email)).not.toContain('refused@scheduler.test');
    await stack.http().post('/api/v1/auth/login-links').send({ email: 'refused@scheduler.test' });
    const rows = await stack.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [
      'refused@scheduler.test',
    ]);
    expect(rows).toHaveLength(0);
  });

  describe('sign-in', () => {
    it.each([
      ['an email that is not an email', { email: 'marianne' }, 'email'],
      ['no email', {}, 'email'],
      ['an unknown field', { email: 'marianne@bakkeskolen.test', foo: 1 }, 'foo'],
    ])('refuses a login link for %s with 400', async (_what, body, field) => {
      const response = await stack.http().post('/api/v1/auth/login-links').send(body);
      expectFieldNamed(response, field);
    });

    it.each([
      ['a token too short to be one', { token: 'short' }, 'token'],
      ['a token that is not text', { token: 1234567890123456 }, 'token'],
      ['no token', {}, 'token'],
    ])('refuses a session for %s with 400', async (_what, body, field) => {
      const response = await stack.http().post('/api/v1/auth/sessions').send(body);
      expectFieldNamed(response, field);
    });
  });

  describe.each(LISTS)('GET %s', (path) => {
    it.each(BAD_QUERIES)('refuses %s with 400 naming it', async (_what, query, field) => {
      expectFieldNamed(await asAdmin.get(path).query(query), field);
    });

    it('accepts the smallest and largest page sizes', async () => {
      await asAdmin.get(path).query({ limit: 1 }).expect(200);
      await asAdmin.get(path).query({ limit: 200 }).expect(200);
    });

    it(`refuses an id that is not a UUID with 400 naming id`, async () => {
      expectFieldNamed(await asAdmin.get(`${path}/not-a-uuid`), 'id');
    });
  });

  it('refuses a body that is not JSON with 400', async () => {
    const before = await allOf('/api/v1/schools');
    const response = await asAdmin
      .post('/api/v1/schools')
      .set('Content-Type', 'application/json')
      .send('{"name": "Bakkeskolen", "city": ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      code: expect.any(String),
      message: expect.any(String),
    });
    expect(await allOf('/api/v1/schools')).toEqual(before);
  });

  it('answers an unknown route with 404 route.not-found', async () => {
    const response = await asAdmin.get('/api/v1/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'route.not-found' });
    const anonymous = await stack.http().get('/api/v1/nothing-here').expect(404);
    expect(anonymous.body.code).toBe('route.not-found');
  });

  describe('inviting someone who is already known', () => {
    it('refuses the same person twice in the same role with 409', async () => {
      const body = {
        email: 'jonas@lego.test',
        name: 'Jonas',
        role: 'contact',
        organisationId: fixtures.company.id,
      };
      await asAdmin.post('/api/v1/users').send(body).expect(201);
      const again = await asAdmin
        .post('/api/v1/users')
        .send({ ...body, email: 'Jonas@LEGO.test' })
        .expect(409);
      expect(again.body).toMatchObject({ statusCode: 409, code: 'user.membership-exists' });
      expect(again.body.message).toContain('contact');

      const users = await allOf('/api/v1/users');
      const jonas = users.filter((user) => user.email === 'jonas@lego.test');
      expect(jonas).toHaveLength(1);
      const one = await asAdmin.get(`/api/v1/users/${jonas[0].id}`).expect(200);
      expect(one.body.memberships).toHaveLength(1);
    });

    it('refuses an admin invited as admin twice with 409', async () => {
      const body = { email: 'sekretar@vejle.test', name: 'Sekretær', role: 'admin' };
      await asAdmin.post('/api/v1/users').send(body).expect(201);
      const again = await asAdmin.post('/api/v1/users').send(body).expect(409);
      expect(again.body.code).toBe('user.membership-exists');
    });

    it('adds a second role to the same person with 201', async () => {
      const first = await asAdmin
        .post('/api/v1/users')
        .send({
          email: 'sofie@lego.test',
          name: 'Sofie',
          role: 'contact',
          organisationId: fixtures.company.id,
        })
        .expect(201);
      const second = await asAdmin
        .post('/api/v1/users')
        .send({
          email: 'sofie@lego.test',
          name: 'Sofie',
          role: 'volunteer',
          organisationId: fixtures.company.id,
        })
        .expect(201);

      expect(second.body.id).toBe(first.body.id);
      expect(second.body.memberships).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            role: 'contact',
            organisationType: 'company',
            organisationId: fixtures.company.id,
          }),
          expect.objectContaining({
            role: 'volunteer',
            organisationType: 'company',
            organisationId: fixtures.company.id,
          }),
        ]),
      );
      expect(second.body.memberships).toHaveLength(2);
    });

    it('adds the same role in a second organisation with 201', async () => {
      const otherSchool = await factories.school();
      const body = { email: 'ole@skole.test', name: 'Ole', role: 'teacher' };
      await asAdmin
        .post('/api/v1/users')
        .send({ ...body, organisationId: fixtures.school.id })
        .expect(201);
      const second = await asAdmin
        .post('/api/v1/users')
        .send({ ...body, organisationId: otherSchool.id })
        .expect(201);
      expect(
        second.body.memberships.map((m: { organisationId: string }) => m.organisationId),
      ).toEqual(expect.arrayContaining([fixtures.school.id, otherSchool.id]));
    });
  });
});
