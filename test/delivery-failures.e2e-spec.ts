import { Role } from '@app/core';
import { JobName, JobQueue, QueueName } from '@app/messaging';
import { Factories } from '@app/testing';
import { startTestStack, TestStack } from './support/test-stack';

interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

/** A real mail server that refuses, until the send job's attempts are spent. */
describe('a delivery the mail server refuses', () => {
  let stack: TestStack;
  let factories: Factories;
  const as = async (user: { id: string }) => `Bearer ${await stack.tokenFor(user.id)}`;

  beforeAll(async () => {
    stack = await startTestStack();
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());
  afterEach(() => {
    stack.sink.reject = false;
    stack.sink.refuse = false;
  });

  const mailQueue = () => stack.worker!.get(JobQueue, { strict: false }).queue(QueueName.Mail);

  /** Polls the delivery to an address until it matches; the state it ends in is the proof. */
  async function deliveryTo(
    email: string,
    until: (row: DeliveryRow) => boolean,
  ): Promise<DeliveryRow> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [row] = await stack.dataSource.query<DeliveryRow[]>(
        `SELECT id, status, attempts, last_error FROM deliveries WHERE to_address LIKE $1`,
        [`%<${email}>`],
      );
      if (row && until(row)) return row;
      if (Date.now() > deadline)
        throw new Error(`The delivery to ${email} is ${JSON.stringify(row)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function failedListed(admin: { id: string }): Promise<{ id: string; lastError: string }[]> {
    const response = await stack
      .http()
      .get('/api/v1/admin/deliveries?status=failed')
      .set('Authorization', await as(admin))
      .expect(200);
    return response.body.items as { id: string; lastError: string }[];
  }

  it('gives up at once on a 5xx and keeps the delivery as failed with the server message', async () => {
    const admin = await factories.user([{ role: Role.Admin }]);
    const person = await factories.user([], { email: 'no-such-mailbox@scheduler.test' });
    stack.sink.reject = true;
    await stack.http().post('/api/v1/auth/login-links').send({ email: person.email }).expect(202);

    const delivery = await deliveryTo(person.email, (row) => row.status !== 'pending');
    expect(delivery.status).toBe('failed');
    // One attempt: a refused mailbox is not retried for two hours, nor waits for a retry.
    expect(delivery.attempts).toBe(1);
    expect(delivery.last_error).toMatch(/550 No such mailbox: no-such-mailbox@scheduler\.test/);
    expect(await mailQueue().getJob(`mail-send_${delivery.id}`)).toBeUndefined();

    const listed = await failedListed(admin);
    expect(listed.map((item) => item.id)).toEqual([delivery.id]);
    expect(listed[0].lastError).toBe(delivery.last_error);
    expect(stack.sink.to(person.email)).toHaveLength(0);
  });

  it('sends a mail once the mail server takes mail again after a 4xx', async () => {
    const person = await factories.user([], { email: 'server-back@scheduler.test' });
    stack.sink.refuse = true;
    await stack.http().post('/api/v1/auth/login-links').send({ email: person.email }).expect(202);
    const refused = await deliveryTo(person.email, (row) => row.attempts >= 1);
    expect(refused.status).toBe('pending');
    stack.sink.refuse = false;

    const delivery = await deliveryTo(person.email, (row) => row.status === 'sent');
    expect(delivery.attempts).toBe(2);
    expect(stack.sink.to(person.email)).toHaveLength(1);
  });

  it('keeps retrying a 4xx, and keeps the delivery as failed once the attempts are spent', async () => {
    const admin = await factories.user([{ role: Role.Admin }]);
    const person = await factories.user([], { email: 'busy-server@scheduler.test' });
    stack.sink.refuse = true;
    await stack.http().post('/api/v1/auth/login-links').send({ email: person.email }).expect(202);

    const refused = await deliveryTo(person.email, (row) => row.attempts >= 1);
    // A temporary refusal waits for its retry.
    expect(refused.status).toBe('pending');
    const jobId = `mail-send_${refused.id}`;
    const job = await mailQueue().getJob(jobId);
    expect(await job!.getState()).toBe('delayed');
    expect(job!.opts.attempts).toBe(12);

    // The catalogue's twelve attempts take two hours: the same job again, with its last two
    // attempts left and a short backoff, runs the path of the last retry as it would run then.
    await job!.remove();
    await mailQueue().add(
      JobName.SendMail,
      { deliveryId: refused.id },
      { jobId, attempts: 2, backoff: { type: 'fixed', delay: 50 }, removeOnFail: false },
    );

    const delivery = await deliveryTo(person.email, (row) => row.status !== 'pending');
    expect(delivery.status).toBe('failed');
    expect(delivery.attempts).toBe(3);
    expect(delivery.last_error).toMatch(/451 Mail server busy, try later/);
    expect(await (await mailQueue().getJob(jobId))!.getState()).toBe('failed');

    const listed = await failedListed(admin);
    expect(listed.find((item) => item.id === delivery.id)?.lastError).toBe(delivery.last_error);
    expect(stack.sink.to(person.email)).toHaveLength(0);
  });
});
