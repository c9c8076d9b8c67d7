import { Role } from '@app/core';
import { Factories, ReceivedMail } from '@app/testing';
import { sessionCookieIn } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

/** The sign-in token in a mailed link. */
function tokenIn(mail: ReceivedMail): string {
  const match = /\/sign-in\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No sign-in link in: ${mail.text}`);
  return match[1];
}

describe('signing in by email', () => {
  let stack: TestStack;
  let factories: Factories;

  beforeAll(async () => {
    stack = await startTestStack({ adminEmails: ['secretariat@vejle.test'] });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  it('signs a person in through the link in the mail they receive', async () => {
    const teacher = await factories.user([], {
      email: 'marianne@bakkeskolen.test',
      name: 'Marianne',
    });

    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'Marianne@Bakkeskolen.test' })
      .expect(202);
    const mail = await stack.sink.waitForMailTo('marianne@bakkeskolen.test');
    expect(mail.subject).toBe('Dit login til Partnerskabskalenderen');
    const token = tokenIn(mail);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);

    // Opening the link (as a mail scanner would) shows a button and spends nothing.
    for (let i = 0; i < 2; i++) {
      const page = await stack.http().get(`/sign-in?token=${token}`).expect(200);
      expect(page.text).toContain('<form method="post" action="/sign-in">');
      expect(page.text).toContain(`value="${token}"`);
    }

    const session = await stack.http().post('/api/v1/auth/sessions').send({ token }).expect(201);
    const me = await stack
      .http()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${session.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({
      id: teacher.id,
      email: 'marianne@bakkeskolen.test',
      isAdmin: false,
    });
  });

  it('spends a link once: the second exchange is refused', async () => {
    await factories.user([], { email: 'once@scheduler.test' });
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'once@scheduler.test' })
      .expect(202);
    const token = tokenIn(await stack.sink.waitForMailTo('once@scheduler.test'));

    await stack.http().post('/api/v1/auth/sessions').send({ token }).expect(201);
    const again = await stack.http().post('/api/v1/auth/sessions').send({ token }).expect(401);
    expect(again.body.code).toBe('auth.invalid-login-token');
  });

  it('signs in through the button on the page the link opens', async () => {
    await factories.user([], { email: 'button@scheduler.test' });
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'button@scheduler.test' })
      .expect(202);
    const token = tokenIn(await stack.sink.waitForMailTo('button@scheduler.test'));

    const signedIn = await stack.http().post('/sign-in').type('form').send({ token }).expect(303);
    // The browser goes on to the web app, holding the session cookie.
    expect(signedIn.headers.location).toBe('/');
    const { cookie } = sessionCookieIn(signedIn);
    await stack.http().get('/api/v1/me').set('Cookie', cookie).expect(200);
  });

  it('answers 202 for an unknown address and sends nothing', async () => {
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'nobody@scheduler.test' })
      .expect(202);
    // A known address asked afterwards arrives; the unknown one never does.
    await factories.user([], { email: 'known@scheduler.test' });
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'known@scheduler.test' })
      .expect(202);
    await stack.sink.waitForMailTo('known@scheduler.test');
    expect(stack.sink.to('nobody@scheduler.test')).toHaveLength(0);
  });

  it('makes an address in ADMIN_EMAILS an admin at its first sign-in', async () => {
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'secretariat@vejle.test' })
      .expect(202);
    const token = tokenIn(await stack.sink.waitForMailTo('secretariat@vejle.test'));
    const session = await stack.http().post('/api/v1/auth/sessions').send({ token }).expect(201);
    const me = await stack
      .http()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${session.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({ email: 'secretariat@vejle.test', isAdmin: true });
  });

  it('mails an invited person a link in their language, with which they sign in', async () => {
    const admin = await factories.user([{ role: Role.Admin }], { name: 'Områdesekretariatet' });
    const company = await factories.company({ name: 'LEGO' });
    const invited = await stack
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${await stack.tokenFor(admin.id)}`)
      .send({
        email: 'jonas@lego.test',
        name: 'Jonas',
        locale: 'en',
        role: 'contact',
        organisationId: company.id,
      })
      .expect(201);
    expect(invited.body.memberships).toEqual([
      {
        id: expect.any(String),
        role: 'contact',
        organisationType: 'company',
        organisationId: company.id,
        organisationName: 'LEGO',
      },
    ]);

    const mail = await stack.sink.waitForMailTo('jonas@lego.test');
    expect(mail.subject).toBe(
      'You are invited to the partnership scheduler as contact person at LEGO',
    );
    const session = await stack
      .http()
      .post('/api/v1/auth/sessions')
      .send({ token: tokenIn(mail) })
      .expect(201);
    const me = await stack
      .http()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${session.body.accessToken}`)
      .expect(200);
    expect(me.body.memberships[0]).toMatchObject({ role: 'contact', organisationId: company.id });
  });

  it('refuses a missing, malformed or expired access token with 401', async () => {
    await stack.http().get('/api/v1/me').expect(401);
    await stack.http().get('/api/v1/me').set('Authorization', 'Bearer nonsense').expect(401);
    const user = await factories.user();
    const token = await stack.tokenFor(user.id);
    // Forward only: the tests after this one issue their links at the later time.
    stack.clock.advance(2 * 60 * 60 * 1000);
    const response = await stack
      .http()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${token}`)
      .expect(401);
    expect(response.body.code).toBe('auth.invalid-access-token');
  });

  it('limits how often sign-in links can be asked for', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await stack
        .http()
        .post('/api/v1/auth/login-links')
        .send({ email: `flood-${i}@scheduler.test` });
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 202).length).toBeLessThanOrEqual(10);
    expect(statuses[statuses.length - 1]).toBe(429);
  });
});
