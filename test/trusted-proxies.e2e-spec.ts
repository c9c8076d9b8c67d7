import { startTestStack, TestStack } from './support/test-stack';

/** The sign-in limit counts per client address: 10 link requests a minute, then 429. */
const LIMIT = 10;

describe('the client address behind a proxy', () => {
  let direct: TestStack;
  let behindProxy: TestStack;
  let asked = 0;

  beforeAll(async () => {
    direct = await startTestStack({ worker: false });
    behindProxy = await startTestStack({ worker: false, env: { TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await direct.stop();
    await behindProxy.stop();
  });

  /** Asks for a sign-in link for an address nobody has, so no other limit comes into it. */
  async function askForLink(stack: TestStack, forwardedFor: string): Promise<number> {
    const response = await stack
      .http()
      .post('/api/v1/auth/login-links')
      .set('X-Forwarded-For', forwardedFor)
      .send({ email: `nobody-${asked++}@scheduler.test` });
    return response.status;
  }

  it('is the connecting address when no proxy is trusted, whatever X-Forwarded-For says', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push(await askForLink(direct, `198.51.100.${i}`));

    expect(statuses).toEqual([...Array<number>(LIMIT).fill(202), 429]);
  });

  it('is the forwarded address when TRUST_PROXY names the hop, with a limit of its own', async () => {
    const first: number[] = [];
    for (let i = 0; i <= LIMIT; i++) first.push(await askForLink(behindProxy, '203.0.113.1'));
    expect(first).toEqual([...Array<number>(LIMIT).fill(202), 429]);

    // Another client behind the same proxy is not held back by the first one.
    expect(await askForLink(behindProxy, '203.0.113.2')).toBe(202);
    // The proxy appends the address it saw; what the client wrote before it counts for nothing.
    expect(await askForLink(behindProxy, '203.0.113.2, 203.0.113.1')).toBe(429);
  });
});
