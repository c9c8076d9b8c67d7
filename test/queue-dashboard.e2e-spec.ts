import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { requestSignInLink } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

describe('the queue dashboard', () => {
  let stack: TestStack;
  let factories: Factories;

  beforeAll(async () => {
    stack = await startTestStack();
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
    // The link is made only as the mail is sent: read it from the mail, as the admin would.
    const token = await requestSignInLink(stack, 'browser-admin@scheduler.test');
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
