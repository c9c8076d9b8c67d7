import { LOGIN_LINKS_PER_HOUR } from '@app/core';
import { Factories, ReceivedMail } from '@app/testing';
import { startTestStack, TestStack } from './support/test-stack';

// However many client addresses ask, a person gets at most a few sign-in links an hour, and the
// caller cannot tell a link that was held back from one that was sent. The API trusts one proxy
// hop here, so each request names its own client address and the per-address limit stays out of
// the way.

const HOUR_MS = 60 * 60 * 1000;
/** Rounds of the race for the last link, on fresh people, so that a race lost now and then shows. */
const ROUNDS = 3;

describe('the sign-in mails a person gets', () => {
  let stack: TestStack;
  let factories: Factories;
  let addresses = 0;

  /** A client address no request has come from yet. */
  const nextClientAddress = () => {
    addresses += 1;
    return `198.51.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
  };

  const askForLink = (email: string) =>
    stack
      .http()
      .post('/api/v1/auth/login-links')
      .set('X-Forwarded-For', nextClientAddress())
      .send({ email });

  /** The sign-in mails written for a person: what the worker will ever send them. */
  async function signInMailsWritten(userId: string): Promise<number> {
    const [row] = await stack.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM messages
       WHERE recipient_user_id = $1 AND template = 'auth.login-link'`,
      [userId],
    );
    return row.count;
  }

  async function mailsTo(email: string, count: number): Promise<ReceivedMail[]> {
    await stack.sink.waitFor(() => stack.sink.to(email).length >= count);
    return stack.sink.to(email);
  }

  function tokenIn(mail: ReceivedMail): string {
    const match = /\/sign-in\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
    if (!match) throw new Error(`No sign-in link in: ${mail.text}`);
    return match[1];
  }

  beforeAll(async () => {
    stack = await startTestStack({ env: { TRUST_PROXY: '1' } });
    factories = new Factories(stack.dataSource);
    // One listening server, so that requests sent at once are handled at once.
    await stack.api.listen(0, '127.0.0.1');
  });
  afterAll(() => stack?.stop());

  it(`mails ${LOGIN_LINKS_PER_HOUR} of ${LOGIN_LINKS_PER_HOUR + 1} links asked for in an hour from as many addresses, and answers all alike`, async () => {
    const person = await factories.user([], { email: 'marianne@bakkeskolen.test' });

    const answers = [];
    for (let i = 0; i < LOGIN_LINKS_PER_HOUR + 1; i++) {
      const answer = await askForLink(person.email);
      answers.push({ status: answer.status, body: answer.text });
    }

    // The caller whose link was held back is told exactly what the first was.
    expect(answers).toEqual(Array(LOGIN_LINKS_PER_HOUR + 1).fill(answers[0]));
    expect(answers[0].status).toBe(202);
    expect(await mailsTo(person.email, LOGIN_LINKS_PER_HOUR)).toHaveLength(LOGIN_LINKS_PER_HOUR);
    expect(await signInMailsWritten(person.id)).toBe(LOGIN_LINKS_PER_HOUR);
  });

  it('mails a link again once the hour has passed, and that link signs the person in', async () => {
    const person = await factories.user([], { email: 'jonas@lego.test' });
    for (let i = 0; i < LOGIN_LINKS_PER_HOUR + 1; i++) {
      await askForLink(person.email).expect(202);
    }
    await mailsTo(person.email, LOGIN_LINKS_PER_HOUR);
    expect(await signInMailsWritten(person.id)).toBe(LOGIN_LINKS_PER_HOUR);

    // The clock stays an hour on: the tests after this one each ask for a fresh person.
    stack.clock.advance(HOUR_MS);
    await askForLink(person.email).expect(202);
    const mails = await mailsTo(person.email, LOGIN_LINKS_PER_HOUR + 1);
    const token = tokenIn(mails[LOGIN_LINKS_PER_HOUR]);
    await stack.http().post('/api/v1/auth/sessions').send({ token }).expect(201);
    expect(await signInMailsWritten(person.id)).toBe(LOGIN_LINKS_PER_HOUR + 1);
  });

  it('lets only one of several requests at once take the last link of the hour', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const person = await factories.user([], { email: `race-${round}@scheduler.test` });
      for (let i = 0; i < LOGIN_LINKS_PER_HOUR - 1; i++) {
        await askForLink(person.email).expect(202);
      }

      const answers = await Promise.all(Array.from({ length: 6 }, () => askForLink(person.email)));

      expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(202));
      expect(await signInMailsWritten(person.id)).toBe(LOGIN_LINKS_PER_HOUR);
    }
  });
});
