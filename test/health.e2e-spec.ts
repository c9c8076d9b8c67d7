import { startTestStack, TestStack } from './support/test-stack';

describe('the health checks', () => {
  let stack: TestStack;
  // Nothing listens on port 1: Redis is away from the start.
  let withoutRedis: TestStack;

  beforeAll(async () => {
    // A clock away from the machine's, so that the liveness answer shows which one it reads.
    stack = await startTestStack({ worker: false, clockStart: new Date('2027-03-28T00:30:00Z') });
    withoutRedis = await startTestStack({
      worker: false,
      redisUrl: 'redis://127.0.0.1:1',
      captureLogs: 'warn',
    });
  });
  afterAll(async () => {
    await stack.stop();
    await withoutRedis.stop();
  });

  it("say that the API is alive, and the application clock's now, and nothing more", async () => {
    for (const api of [stack, withoutRedis]) {
      const live = await api.http().get('/health').expect(200);
      expect(live.body).toEqual({ status: 'ok', now: expect.any(String) });
      // The application's clock, not the machine's: a browser test sets the page's clock by it.
      expect(Math.abs(Date.parse(live.body.now) - api.clock.nowMs())).toBeLessThan(1_000);
    }
  });

  it('say ok when PostgreSQL and Redis answer', async () => {
    const ready = await stack.http().get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok' });
  });

  it('tell the world only that the API is unavailable, and the log what is behind it', async () => {
    const down = await withoutRedis.http().get('/health/ready').expect(503);
    expect(down.body).toEqual({ status: 'unavailable' });

    // The operator finds which dependency failed, and why, in the log.
    const logged = withoutRedis.logs.map(
      (line) => JSON.parse(line) as { context?: string; msg: string },
    );
    expect(logged.filter((line) => line.context === 'Health').map((line) => line.msg)).toEqual([
      expect.stringMatching(/^Not ready: redis down: \S+/),
    ]);
  });
});
