import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { deliveriesTo, settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

describe('deliveries for admins', () => {
  let stack: TestStack;
  let factories: Factories;
  const as = async (user: { id: string }) => `Bearer ${await stack.tokenFor(user.id)}`;

  beforeAll(async () => {
    stack = await startTestStack();
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  async function deliveryTo(email: string, attempts = 0): Promise<{ id: string }> {
    for (let tries = 0; tries < 100; tries++) {
      const [row] = await stack.dataSource.query<{ id: string }[]>(
        `SELECT id FROM deliveries WHERE to_address LIKE $1 AND attempts >= $2`,
        [`%<${email}>`, attempts],
      );
      if (row) return row;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No delivery to ${email}`);
  }

  it('lists failed deliveries and sends one again when an admin retries it', async () => {
    const admin = await factories.user([{ role: Role.Admin }]);
    const person = await factories.user([], { email: 'unlucky@scheduler.test' });
    // The mail server refuses while the delivery is made; after its retries it is kept as failed.
    stack.sink.refuse = true;
    await stack.http().post('/api/v1/auth/login-links').send({ email: person.email }).expect(202);
    const delivery = await deliveryTo(person.email, 1);
    // Stands in for the last of its retries: the worker is away and the delivery given up on.
    await stack.stopWorker();
    await stack.dataSource.query(`UPDATE deliveries SET status = 'failed' WHERE id = $1`, [
      delivery.id,
    ]);
    stack.sink.refuse = false;

    const failed = await stack
      .http()
      .get('/api/v1/admin/deliveries?status=failed')
      .set('Authorization', await as(admin))
      .expect(200);
    expect(failed.body.items.map((item: { id: string }) => item.id)).toEqual([delivery.id]);
    expect(failed.body.items[0].status).toBe('failed');
    expect(failed.body.items[0].attempts).toBeGreaterThanOrEqual(1);
    expect(failed.body.items[0].lastError).toContain('451');
    // What the admin reads holds no working link: it is made only as the mail is sent.
    const stored = await stack
      .http()
      .get(`/api/v1/admin/deliveries/${delivery.id}`)
      .set('Authorization', await as(admin))
      .expect(200);
    expect(stored.body.text).toContain('{{secret-link:sign-in}}');
    expect(stored.body.text).not.toContain('token=');

    const retried = await stack
      .http()
      .post(`/api/v1/admin/deliveries/${delivery.id}/retry`)
      .set('Authorization', await as(admin))
      .expect(200);
    expect(retried.body.status).toBe('pending');
    await stack.startWorker();
    const mail = await stack.sink.waitForMailTo(person.email);
    const token = /\/sign-in\?token=([\w-]+)/.exec(mail.text)![1];
    await stack.http().post('/api/v1/auth/sessions').send({ token }).expect(201);
    // The first job's own retry, still queued, finds it sent and sends nothing.
    await settled(stack);
    expect(stack.sink.to(person.email)).toHaveLength(1);
    expect(await deliveriesTo(stack, person.email)).toEqual([
      expect.objectContaining({ status: 'sent' }),
    ]);

    const again = await stack
      .http()
      .post(`/api/v1/admin/deliveries/${delivery.id}/retry`)
      .set('Authorization', await as(admin))
      .expect(409);
    expect(again.body.code).toBe('delivery.not-failed');
  });

  it('refuses a status that is not one', async () => {
    const admin = await factories.user([{ role: Role.Admin }]);
    const response = await stack
      .http()
      .get('/api/v1/admin/deliveries?status=lost')
      .set('Authorization', await as(admin))
      .expect(400);
    expect(response.body.details[0].field).toBe('status');
  });
});
