import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import { Factories } from '@app/testing';
import { refused } from './support/responses';
import { signInTokenIn } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

// Each promise the README makes about sign-in, broken once. The API trusts one proxy hop, so each
// test calls from client addresses of its own and the per-address limits do not meet.

const CLOCK_START = new Date('2026-10-01T08:00:00+02:00');
/** Requests a minute per client address, as the README documents for both sign-in routes. */
const PER_ADDRESS_A_MINUTE = 10;

describe('the guards of signing in', () => {
  let stack: TestStack;
  let factories: Factories;
  let addresses = 0;

  /** A client address no request has come from yet. */
  const nextClientAddress = () => {
    addresses += 1;
    return `198.51.100.${addresses}`;
  };

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: CLOCK_START, env: { TRUST_PROXY: '1' } });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  const askForLink = (email: string, from = nextClientAddress()) =>
    stack.http().post('/api/v1/auth/login-links').set('X-Forwarded-For', from).send({ email });

  const exchange = (token: string, from = nextClientAddress()) =>
    stack.http().post('/api/v1/auth/sessions').set('X-Forwarded-For', from).send({ token });

  /** Asks for a link for a new person and returns the mailed token and when its row was made. */
  async function mailedToken(): Promise<{ email: string; token: string; issuedAt: Date }> {
    const person = await factories.user([]);
    await askForLink(person.email).expect(202);
    const token = signInTokenIn(await stack.sink.waitForMailTo(person.email));
    const [row] = await stack.dataSource.query<{ created_at: Date }[]>(
      'SELECT created_at FROM login_tokens WHERE user_id = $1',
      [person.id],
    );
    return { email: person.email, token, issuedAt: row.created_at };
  }

  /** A 429 with the error body every refusal has, and when to try again. */
  function tooMany(answer: Response): void {
    refused(answer, 429, 'http.429');
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
  }

  it('signs in with a link used 14:59 after it was mailed, and refuses one used at 15:01', async () => {
    const early = await mailedToken();
    stack.clock.travelTo(new Date(early.issuedAt.getTime() + (14 * 60 + 59) * 1000));
    const session = await exchange(early.token);
    expect({ status: session.status, token: typeof session.body.accessToken }).toEqual({
      status: 201,
      token: 'string',
    });

    const late = await mailedToken();
    stack.clock.travelTo(new Date(late.issuedAt.getTime() + (15 * 60 + 1) * 1000));
    refused(await exchange(late.token), 401, 'auth.invalid-login-token', /expired/);
    const [row] = await stack.dataSource.query<{ used_at: Date | null }[]>(
      'SELECT used_at FROM login_tokens WHERE token_hash = $1',
      [createHash('sha256').update(late.token).digest('hex')],
    );
    expect(row.used_at).toBeNull();
  });

  it(`lets exactly ${PER_ADDRESS_A_MINUTE} link requests a minute from one address pass, and refuses the next with 429`, async () => {
    const address = nextClientAddress();
    const statuses: number[] = [];
    for (let i = 0; i < PER_ADDRESS_A_MINUTE; i++) {
      statuses.push((await askForLink(`flood-${i}@scheduler.test`, address)).status);
    }
    expect(statuses).toEqual(Array(PER_ADDRESS_A_MINUTE).fill(202));

    tooMany(await askForLink('one-more@scheduler.test', address));
    // Another address is counted apart.
    expect((await askForLink('one-more@scheduler.test')).status).toBe(202);
  });

  it(`refuses exchange ${PER_ADDRESS_A_MINUTE + 1} in a minute from one address, a good token too, and spends nothing`, async () => {
    const { token } = await mailedToken();
    const address = nextClientAddress();
    for (let i = 0; i < PER_ADDRESS_A_MINUTE; i++) {
      refused(
        await exchange(`guess-${i}-${'x'.repeat(36)}`, address),
        401,
        'auth.invalid-login-token',
      );
    }

    tooMany(await exchange(token, address));
    // The refused exchange did not spend the link: from another address it still signs in.
    expect((await exchange(token)).status).toBe(201);
  });

  it('keeps only the SHA-256 of a mailed token: the token itself is nowhere in the database', async () => {
    const { email, token } = await mailedToken();

    const [row] = await stack.dataSource.query<{ token_hash: string }[]>(
      `SELECT t.token_hash FROM login_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`,
      [email],
    );
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    for (const table of ['login_tokens', 'messages', 'deliveries']) {
      const [{ count }] = await stack.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM ${table} t WHERE strpos(t::text, $1) > 0`,
        [token],
      );
      expect({ table, count }).toEqual({ table, count: 0 });
    }
  });

  it('mails a token of 256 bits: 43 base64url characters that decode to 32 bytes', async () => {
    const { token } = await mailedToken();

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    // Two links are never the same token.
    expect((await mailedToken()).token).not.toBe(token);
  });
});
