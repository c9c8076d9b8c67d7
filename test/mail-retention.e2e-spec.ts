import { Queue } from 'bullmq';
import { DAY_MS } from '@app/calendar';
import { Role } from '@app/core';
import { redisOptions } from '@app/messaging';
import { Factories } from '@app/testing';
import { bearer } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

describe('blanking sent mail after the retention period', () => {
  let stack: TestStack;
  let factories: Factories;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  /** Asks for a sign-in link for a new person; resolves with its delivery once it is sent. */
  async function signInMailSent(): Promise<{ id: string }> {
    const person = await factories.user([]);
    await stack.http().post('/api/v1/auth/login-links').send({ email: person.email }).expect(202);
    await stack.sink.waitForMailTo(person.email);
    for (let tries = 0; tries < 100; tries++) {
      const [row] = await stack.dataSource.query<{ id: string }[]>(
        `SELECT id FROM deliveries WHERE to_address LIKE $1 AND status = 'sent'`,
        [`%<${person.email}>`],
      );
      if (row) return row;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The mail to ${person.email} was not recorded as sent`);
  }

  it('blanks what a mail said after MAIL_RETENTION_DAYS and keeps that it went out', async () => {
    const admin = await factories.user([{ role: Role.Admin }]);
    const delivery = async (id: string) =>
      (
        await stack
          .http()
          .get(`/api/v1/admin/deliveries/${id}`)
          .set('Authorization', await as(admin))
          .expect(200)
      ).body as { text: string; html: string; subject: string; status: string; purgedAt: unknown };
    const sweep = async () =>
      (
        await stack
          .http()
          .post('/api/v1/admin/sweeps/purge-mail')
          .set('Authorization', await as(admin))
          .expect(200)
      ).body as { processed: number };

    const old = await signInMailSent();
    // Given up on: a failed mail past the period has nothing left to retry.
    const gaveUp = await signInMailSent();
    await stack.dataSource.query(
      `UPDATE deliveries SET status = 'failed', sent_at = NULL WHERE id = $1`,
      [gaveUp.id],
    );
    stack.clock.advance(2 * DAY_MS);
    const recent = await signInMailSent();
    stack.clock.advance(29 * DAY_MS);

    expect((await sweep()).processed).toBeGreaterThanOrEqual(2);

    expect(await delivery(old.id)).toMatchObject({
      subject: 'Dit login til Partnerskabskalenderen',
      status: 'sent',
      text: '',
      html: '',
      purgedAt: expect.any(String),
    });
    expect(await delivery(recent.id)).toMatchObject({
      text: expect.stringContaining('{{secret-link:sign-in}}'),
      purgedAt: null,
    });
    const retry = await stack
      .http()
      .post(`/api/v1/admin/deliveries/${gaveUp.id}/retry`)
      .set('Authorization', await as(admin))
      .expect(409);
    expect(retry.body.code).toBe('delivery.purged');

    expect((await sweep()).processed).toBe(0);
    expect(await delivery(recent.id)).toMatchObject({ purgedAt: null });
  });

  it('has the worker run the sweep on a schedule', async () => {
    const queue = new Queue('sweeps', {
      prefix: stack.config.queuePrefix,
      connection: redisOptions(stack.config.redisUrl),
    });
    try {
      expect(await queue.getJobSchedulers()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'sweep.purge-mail', every: expect.any(Number) }),
        ]),
      );
    } finally {
      await queue.close();
    }
  });
});
