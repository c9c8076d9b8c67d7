import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { signInInBrowser } from './support/sign-in';
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

  it("opens in an admin's browser with the session cookie of the sign-in", async () => {
    await factories.user([{ role: Role.Admin }], { email: 'browser-admin@scheduler.test' });
    // The link is made only as the mail is sent: read it from the mail, as the admin would.
    const { cookie } = await signInInBrowser(stack, 'browser-admin@scheduler.test');
    await stack.http().get('/admin/queues').set('Cookie', cookie).expect(200);
  });
});
