import { JobQueue, QueueName } from '@app/messaging';
import { startTestStack, TestStack } from './support/test-stack';

const OURS = { Origin: 'http://scheduler.test', 'Sec-Fetch-Site': 'same-origin' };
const ANOTHER_SITE = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };

describe('requests from another site', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ adminEmails: ['secretariat@scheduler.test'] });
  });
  afterAll(() => stack.stop());

  async function loginToken(email: string): Promise<string> {
    await stack.http().post('/api/v1/auth/login-links').send({ email }).expect(202);
    const mail = await stack.sink.waitFor(
      (received) => received.to.includes(email) && !usedMails.has(received),
    );
    usedMails.add(mail);
    return /\/sign-in\?token=([\w-]+)/.exec(mail.text)![1];
  }
  const usedMails = new Set<object>();

  const signIn = (token: string, headers: Record<string, string>) =>
    stack.http().post('/sign-in').set(headers).type('form').send({ token });

  it('cannot sign a visitor in: the form is refused and the token stays unspent', async () => {
    const token = await loginToken('secretariat@scheduler.test');

    for (const headers of <Record<string, string>[]>[
      ANOTHER_SITE,
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site' },
    ]) {
      const refused = await signIn(token, headers).expect(403);
      expect(refused.body).toMatchObject({ code: 'request.cross-origin' });
      expect(refused.headers['set-cookie']).toBeUndefined();
    }

    const signedIn = await signIn(token, OURS).expect(303);
    expect(signedIn.headers['set-cookie']).toEqual([expect.stringMatching(/^session=/)]);
  });

  it('lets the page of the link send its form with our origin', async () => {
    const token = await loginToken('secretariat@scheduler.test');
    const page = await stack.http().get(`/sign-in?token=${token}`).expect(200);
    // A browser sends `Origin: null` from a page whose policy is no-referrer; this one's is not.
    expect(page.headers['referrer-policy']).toBe('same-origin');
    await signIn(token, OURS).expect(303);
  });

  it("cannot use an admin's cookie to change the queues", async () => {
    const signedIn = await signIn(await loginToken('secretariat@scheduler.test'), OURS).expect(303);
    const cookie = (signedIn.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const mail = stack.api.get(JobQueue, { strict: false }).queue(QueueName.Mail);

    const refused = await stack
      .http()
      .put('/admin/queues/api/queues/mail/pause')
      .set('Cookie', cookie)
      .set(ANOTHER_SITE)
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'request.cross-origin' });
    expect(await mail.isPaused()).toBe(false);
    // Reading stays open to the admin's browser.
    await stack
      .http()
      .get('/admin/queues/api/queues')
      .set('Cookie', cookie)
      .set(ANOTHER_SITE)
      .expect(200);

    await stack
      .http()
      .put('/admin/queues/api/queues/mail/pause')
      .set('Cookie', cookie)
      .set(OURS)
      .expect(200);
    expect(await mail.isPaused()).toBe(true);
    await mail.resume();
  });
});
