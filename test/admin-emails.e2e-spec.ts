import { randomBytes } from 'node:crypto';
import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { signInByMail } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

// ADMIN_EMAILS as configured now decides, at each request: the same database and the same
// sessions, served by a stack started with ADMIN_EMAILS naming the address and by one started
// (as after a restart) without it.
describe('admins named by ADMIN_EMAILS', () => {
  const secret = randomBytes(32).toString('hex');
  let before: TestStack;
  let after: TestStack | null = null;

  beforeAll(async () => {
    before = await startTestStack({
      adminEmails: ['chief@vejle.test'],
      env: { JWT_SECRET: secret },
    });
  });
  afterAll(async () => {
    await after?.stop();
    await before.stop();
  });

  const as = (stack: TestStack, token: string) => ({
    get: (path: string) =>
      stack.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) =>
      stack.http().post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body),
  });

  it('are admins only while the configuration names them', async () => {
    const chief = await signInByMail(before, 'chief@vejle.test');
    const me = await as(before, chief).get('/me').expect(200);
    expect(me.body).toMatchObject({ email: 'chief@vejle.test', isAdmin: true });
    await as(before, chief).get('/admin/deliveries').expect(200);
    // An admin made through the API holds an admin membership: that one stays.
    const appointed = await as(before, chief)
      .post('/users', { email: 'appointed@vejle.test', name: 'Appointed', role: 'admin' })
      .expect(201);

    // The same database, restarted without the address in ADMIN_EMAILS.
    await before.stopWorker();
    after = await startTestStack({
      database: before.database,
      adminEmails: ['someone-else@vejle.test'],
      env: { JWT_SECRET: secret },
    });

    // The session from before still works, but no longer as an admin.
    const demoted = await as(after, chief).get('/me').expect(200);
    expect(demoted.body).toMatchObject({ email: 'chief@vejle.test', isAdmin: false });
    const refused = await as(after, chief).get('/admin/deliveries').expect(403);
    expect(refused.body.code).toBe('access.role');
    await as(after, chief)
      .post('/users', { email: 'sneaky@vejle.test', name: 'Sneaky', role: 'admin' })
      .expect(403);
    // Nor does signing in again make them one.
    const again = await signInByMail(after, 'chief@vejle.test');
    expect((await as(after, again).get('/me').expect(200)).body.isAdmin).toBe(false);

    // The admin made through the API is one still.
    const appointedToken = await after.tokenFor(appointed.body.id);
    expect((await as(after, appointedToken).get('/me').expect(200)).body.isAdmin).toBe(true);
    // The refused invitation changed nothing.
    const [sneaky] = await after.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM users WHERE email = 'sneaky@vejle.test'`,
    );
    expect(sneaky.count).toBe(0);
  });
});

describe('an admin membership of someone ADMIN_EMAILS names', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ adminEmails: ['legacy@vejle.test'], worker: false });
  });
  afterAll(() => stack.stop());

  it('can be removed, even with no other admin: the configuration keeps them one', async () => {
    // As an earlier version wrote it at the first sign-in.
    const legacy = await new Factories(stack.dataSource).user([{ role: Role.Admin }], {
      email: 'legacy@vejle.test',
    });
    const token = await stack.tokenFor(legacy.id);
    const as = (method: 'get' | 'delete', path: string) =>
      stack.http()[method](`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    const { memberships } = (await as('get', '/me').expect(200)).body;

    await as('delete', `/users/${legacy.id}/memberships/${memberships[0].id}`).expect(204);

    const me = (await as('get', '/me').expect(200)).body;
    expect(me).toMatchObject({ isAdmin: true, memberships: [] });
  });
});
