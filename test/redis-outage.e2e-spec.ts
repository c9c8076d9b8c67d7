import { Factories, ThrowawayRedis } from '@app/testing';
import { deliveriesTo, settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

describe('a Redis outage', () => {
  let redis: ThrowawayRedis;
  let stack: TestStack;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    stack = await startTestStack({ redisUrl: redis.url });
  });
  afterAll(async () => {
    // Running again (if the test stopped half-way), so the stack can close its queues cleanly.
    await redis.start();
    await stack.stop();
    await redis.stop();
  });

  it('delays login mail while Redis is away and sends it, once, when Redis is back', async () => {
    const factories = new Factories(stack.dataSource);
    await factories.user([], { email: 'during-outage@scheduler.test' });
    await redis.stop();

    // The API still takes the request: the mail waits in the outbox, not in Redis.
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'during-outage@scheduler.test' })
      .expect(202);
    const ready = await stack.http().get('/health/ready').expect(503);
    expect(ready.body).toEqual({ status: 'unavailable' });

    // Not proof of "sent once": time for the relay (every 2 s) to try, and fail, against the
    // missing Redis; what it left behind is then read from the outbox.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(stack.sink.to('during-outage@scheduler.test')).toHaveLength(0);
    const [waiting] = await stack.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM messages WHERE relayed_at IS NULL`,
    );
    expect(waiting.count).toBe(1);

    await redis.start();
    const mail = await stack.sink.waitForMailTo('during-outage@scheduler.test', 30_000);
    expect(mail.subject).toBe('Dit login til Partnerskabskalenderen');
    await stack.http().get('/health/ready').expect(200);

    // Nothing is sent twice once things settle.
    await settled(stack);
    expect(stack.sink.to('during-outage@scheduler.test')).toHaveLength(1);
    expect(await deliveriesTo(stack, 'during-outage@scheduler.test')).toEqual([
      expect.objectContaining({ status: 'sent' }),
    ]);
  });
});
