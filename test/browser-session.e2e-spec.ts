import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { requestSignInLink, signInInBrowser } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

const OURS = { Origin: 'http://scheduler.test', 'Sec-Fetch-Site': 'same-origin' };
const ANOTHER_SITE = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };
const TWELVE_HOURS = 12 * 60 * 60 * 1000;

describe('a browser signed in with the session cookie', () => {
  let stack: TestStack;
  let factories: Factories;

  beforeAll(async () => {
    stack = await startTestStack({
      adminEmails: ['secretariat@scheduler.test'],
      clockStart: new Date(Date.now() + 365 * 24 * 3600 * 1000),
    });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  const me = (cookie: string) => stack.http().get('/api/v1/me').set('Cookie', cookie);
  const schoolNames = async (cookie: string) => {
    const list = await stack.http().get('/api/v1/schools').set('Cookie', cookie).expect(200);
    return (list.body.items as { name: string }[]).map((school) => school.name);
  };

  it('signs in through the mailed link and its button, and goes on to the web app', async () => {
    const teacher = await factories.user([], { email: 'marianne@scheduler.test' });
    const token = await requestSignInLink(stack, 'marianne@scheduler.test');
    await stack.http().get(`/sign-in?token=${token}`).expect(200);

    const signedIn = await stack
      .http()
      .post('/sign-in')
      .set(OURS)
      .type('form')
      .send({ token })
      .expect(303);
    expect(signedIn.headers.location).toBe('/');
    const [setCookie] = signedIn.headers['set-cookie'] as unknown as string[];
    const attributes = setCookie.split('; ');
    expect(attributes[0]).toMatch(/^session=[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(attributes.slice(1).sort()).toEqual([
      expect.stringMatching(/^Expires=/),
      'HttpOnly',
      expect.stringMatching(/^Max-Age=\d+$/),
      'Path=/',
      'SameSite=Strict',
    ]);
    // It lasts as long as the session, 12 hours, counted by the browser's own clock: the
    // application clock stands a year ahead here, as CLOCK_START may put it in a demo.
    const maxAge = Number(attributes.find((part) => part.startsWith('Max-Age='))!.slice(8));
    expect(Math.abs(maxAge * 1000 - TWELVE_HOURS)).toBeLessThan(5000);
    const expires = new Date(attributes.find((part) => part.startsWith('Expires='))!.slice(8));
    expect(Math.abs(expires.getTime() - (Date.now() + TWELVE_HOURS))).toBeLessThan(5000);

    const mine = await me(attributes[0]).expect(200);
    expect(mine.body).toMatchObject({ id: teacher.id, email: 'marianne@scheduler.test' });
  });

  it('refuses a change by cookie from another site, from no origin, or with a form body', async () => {
    const { cookie } = await signInInBrowser(stack, 'secretariat@scheduler.test');
    const createSchool = () => stack.http().post('/api/v1/schools').set('Cookie', cookie);
    const school = { name: 'Forged skole', city: 'Esbjerg' };

    const refusals = [
      ['request.cross-origin', await createSchool().set(ANOTHER_SITE).send(school)],
      [
        'request.cross-origin',
        await createSchool().set('Origin', 'https://evil.example').send(school),
      ],
      // A program, or a browser feature that sends no Origin, cannot act with the cookie.
      ['request.cross-origin', await createSchool().send(school)],
      ['request.not-json', await createSchool().set(OURS).type('form').send(school)],
      // The classic trick: JSON sent as text/plain, which any site's form can post.
      [
        'request.not-json',
        await createSchool().set(OURS).type('text/plain').send(JSON.stringify(school)),
      ],
    ] as const;
    for (const [code, response] of refusals) {
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code });
      expect(response.body.message).toEqual(expect.any(String));
    }
    expect(await schoolNames(cookie)).not.toContain('Forged skole');

    await createSchool().set(OURS).send({ name: 'Bakkeskolen', city: 'Esbjerg' }).expect(201);
    expect(await schoolNames(cookie)).toContain('Bakkeskolen');
  });

  it('leaves bearer tokens as they were, and lets a bearer header win over the cookie', async () => {
    const { cookie } = await signInInBrowser(stack, 'secretariat@scheduler.test');
    const teacher = await factories.user();
    const admin = await factories.user([{ role: Role.Admin }]);
    const adminBearer = `Bearer ${await stack.tokenFor(admin.id)}`;

    // A program sends no Origin and may send what it likes: the cookie's rule is not for it.
    await stack
      .http()
      .post('/api/v1/schools')
      .set('Authorization', adminBearer)
      .send({ name: 'Programskolen', city: 'Vejle' })
      .expect(201);

    const asTeacher = await me(cookie)
      .set('Authorization', `Bearer ${await stack.tokenFor(teacher.id)}`)
      .expect(200);
    expect(asTeacher.body.id).toBe(teacher.id);
    // A bad bearer token is refused, not replaced by the cookie.
    const forged = await me(cookie).set('Authorization', 'Bearer forged').expect(401);
    expect(forged.body.code).toBe('auth.invalid-access-token');
    // With a bearer header, the cookie's same-origin rule does not apply.
    await stack
      .http()
      .post('/api/v1/schools')
      .set('Cookie', cookie)
      .set('Authorization', adminBearer)
      .type('form')
      .send({ name: 'Formskolen', city: 'Vejle' })
      .expect(201);
  });

  it('still refuses a sign-in form posted from another site, and the link stays unspent', async () => {
    await factories.user([], { email: 'lured@scheduler.test' });
    const token = await requestSignInLink(stack, 'lured@scheduler.test');

    const refused = await stack
      .http()
      .post('/sign-in')
      .set(ANOTHER_SITE)
      .type('form')
      .send({ token })
      .expect(403);
    expect(refused.body.code).toBe('request.cross-origin');
    expect(refused.headers['set-cookie']).toBeUndefined();

    await stack.http().post('/sign-in').set(OURS).type('form').send({ token }).expect(303);
  });

  it('signs out: the cookie is cleared and its old value no longer works', async () => {
    await factories.user([], { email: 'leaving@scheduler.test' });
    const { cookie } = await signInInBrowser(stack, 'leaving@scheduler.test');

    // Another site cannot sign the person out either.
    const lured = await stack
      .http()
      .post('/api/v1/auth/sign-out')
      .set('Cookie', cookie)
      .set(ANOTHER_SITE)
      .expect(403);
    expect(lured.body.code).toBe('request.cross-origin');
    await me(cookie).expect(200);

    const signOut = await stack
      .http()
      .post('/api/v1/auth/sign-out')
      .set('Cookie', cookie)
      .set(OURS)
      .expect(204);
    const [cleared] = signOut.headers['set-cookie'] as unknown as string[];
    expect(cleared.split('; ').sort()).toEqual([
      'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      'HttpOnly',
      'Path=/',
      'SameSite=Strict',
      'session=',
    ]);
    const refused = await me(cookie).expect(401);
    expect(refused.body.code).toBe('auth.session-ended');
  });

  it('opens the queue dashboard with the cookie for an admin, and for nobody else', async () => {
    await factories.user([], { email: 'curious@scheduler.test' });
    const admin = await signInInBrowser(stack, 'secretariat@scheduler.test');
    const teacher = await signInInBrowser(stack, 'curious@scheduler.test');

    const page = await stack.http().get('/admin/queues').set('Cookie', admin.cookie).expect(200);
    expect(page.text).toContain('<html');
    await stack.http().get('/admin/queues').set('Cookie', teacher.cookie).expect(403);
    // Changing a queue by cookie follows the same rule as the API.
    const refused = await stack
      .http()
      .put('/admin/queues/api/queues/mail/pause')
      .set('Cookie', admin.cookie)
      .expect(403);
    expect(refused.body.code).toBe('request.cross-origin');
  });
});

describe('the session cookie on an https address', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({
      adminEmails: ['secretariat@scheduler.test'],
      env: { PUBLIC_URL: 'https://scheduler.test' },
    });
  });
  afterAll(() => stack.stop());

  it('is __Host-session and Secure, which a browser keeps to this host over https', async () => {
    const token = await requestSignInLink(stack, 'secretariat@scheduler.test');
    const page = await stack.http().get(`/sign-in?token=${token}`).expect(200);
    // Over https, pages also have the browser fetch everything over https.
    expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    const signedIn = await stack
      .http()
      .post('/sign-in')
      .set({ Origin: 'https://scheduler.test', 'Sec-Fetch-Site': 'same-origin' })
      .type('form')
      .send({ token })
      .expect(303);
    const [setCookie] = signedIn.headers['set-cookie'] as unknown as string[];
    const attributes = setCookie.split('; ');
    expect(attributes[0]).toMatch(/^__Host-session=/);
    expect(attributes).toEqual(
      expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Strict', 'Path=/']),
    );
    expect(attributes.some((part) => part.startsWith('Domain='))).toBe(false);

    await stack.http().get('/api/v1/me').set('Cookie', attributes[0]).expect(200);
    // The plain-http name means nothing here.
    const value = attributes[0].split('=')[1];
    await stack.http().get('/api/v1/me').set('Cookie', `session=${value}`).expect(401);
    // A change must come from the https origin.
    await stack
      .http()
      .post('/api/v1/me/calendar/rotate')
      .set('Cookie', attributes[0])
      .set({ Origin: 'http://scheduler.test', 'Sec-Fetch-Site': 'same-site' })
      .expect(403);
    await stack
      .http()
      .post('/api/v1/me/calendar/rotate')
      .set('Cookie', attributes[0])
      .set({ Origin: 'https://scheduler.test', 'Sec-Fetch-Site': 'same-origin' })
      .expect(200);
  });
});
