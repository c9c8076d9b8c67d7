import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { startTestStack, TestStack } from './support/test-stack';

describe('the queue dashboard', () => {
  let stack: TestStack;
  let factories: Factories;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  it('is shown to admins only', async () => {
    const admin = await factories.user([{ role: Role.Admin }]);
    const teacher = await factories.user();
    await stack.http().get('/admin/queues').expect(401);
    await stack
      .http()
      .get('/admin/queues')
      .set('Authorization', `Bearer ${await stack.tokenFor(teacher.id)}`)
      .expect(403);
    await stack.http().get('/admin/queues').set('Authorization', 'Bearer forged').expect(401);

    const page = await stack
      .http()
      .get('/admin/queues')
      .set('Authorization', `Bearer ${await stack.tokenFor(admin.id)}`)
      .expect(200);
    expect(page.text).toContain('<html');
    const queues = await stack
      .http()
      .get('/admin/queues/api/queues')
      .set('Authorization', `Bearer ${await stack.tokenFor(admin.id)}`)
      .expect(200);
    expect((queues.body.queues as { name: string }[]).map((queue) => queue.name).sort()).toEqual([
      'mail',
      'sweeps',
    ]);
  });

  it("opens in an admin's browser with the cookie the sign-in page sets", async () => {
    await factories.user([{ role: Role.Admin }], { email: 'browser-admin@scheduler.test' });
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'browser-admin@scheduler.test' })
      .expect(202);
    // No worker here: read the token the outbox holds for the mail.
    const [message] = await stack.dataSource.query<{ params: { link: string } }[]>(
      `SELECT params FROM messages WHERE recipient_email = 'browser-admin@scheduler.test'`,
    );
    const token = new URL(message.params.link).searchParams.get('token')!;
    const signIn = await stack.http().post('/sign-in').type('form').send({ token }).expect(200);
    const cookie = (signIn.headers['set-cookie'] as unknown as string[]).find((value) =>
      value.startsWith('scheduler_session='),
    )!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    await stack.http().get('/admin/queues').set('Cookie', cookie.split(';')[0]).expect(200);
  });
});
