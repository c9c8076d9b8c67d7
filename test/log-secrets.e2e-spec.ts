import { proposeClassVisit } from './support/scenarios';
import { sessionCookieIn } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

interface LogLine {
  context?: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
}

describe('the logs', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({
      captureLogs: 'trace',
      adminEmails: ['secretariat@scheduler.test'],
      clockStart: new Date('2026-09-01T08:00:00+02:00'),
    });
  });
  afterAll(() => stack.stop());

  /** Signs in as a browser does: the mailed link, its page, its button. */
  async function signInThroughThePage(email: string) {
    await stack.http().post('/api/v1/auth/login-links').send({ email }).expect(202);
    const mail = await stack.sink.waitForMailTo(email);
    const link = /http:\/\/scheduler\.test(\/sign-in\?token=([\w-]+))/.exec(mail.text)!;
    const [, path, loginToken] = link;
    const page = await stack.http().get(path).expect(200);
    const formToken = /name="token" value="([^"]+)"/.exec(page.text)![1];
    const signedIn = await stack
      .http()
      .post('/sign-in')
      .type('form')
      .send({ token: formToken })
      .expect(303);
    // The cookie holds the access token itself.
    const { cookie, accessToken } = sessionCookieIn(signedIn);
    return { loginToken, accessToken, cookie };
  }

  it('hold every request and none of the secrets that passed through them', async () => {
    const admin = await signInThroughThePage('secretariat@scheduler.test');
    await stack.http().get('/admin/queues').set('Cookie', admin.cookie).expect(200);
    await stack.http().get('/admin/queues/api/queues').set('Cookie', admin.cookie).expect(200);
    await stack.http().get('/api/v1/me').set('Cookie', admin.cookie).expect(200);
    await stack
      .http()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .expect(200);
    // A spent sign-in token, sent again by a program.
    await stack.http().post('/api/v1/auth/sessions').send({ token: admin.loginToken }).expect(401);

    const calendar = await stack
      .http()
      .get('/api/v1/me/calendar')
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .expect(200);
    const feedPath = new URL(calendar.body.feedUrl as string).pathname;
    const feedSecret = /^\/feeds\/([\w-]+)\.ics$/.exec(feedPath)![1];
    await stack.http().get(feedPath).expect(200);

    const { teacher, links } = await proposeClassVisit(stack);
    const [confirmLink] = links;
    const answerToken = new URL(confirmLink, 'http://scheduler.test').searchParams.get('token')!;
    await stack.http().get(confirmLink).expect(200);
    await stack.http().post('/visit-answers').type('form').send({ token: answerToken }).expect(200);
    // The confirmation goes out through the worker, which logs the jobs it ran.
    await stack.sink.waitFor(
      (mail) => mail.to.includes(teacher.email) && mail.text.includes('har bekræftet'),
    );

    const lines = stack.logs.map((line) => JSON.parse(line) as LogLine);
    const requests = lines.filter((line) => line.req && line.res);
    const seen = (method: string, path: RegExp, status: number) =>
      requests.some(
        ({ req, res }) =>
          req!.method === method && path.test(req!.url) && res!.statusCode === status,
      );
    expect({
      signInPage: seen('GET', /^\/sign-in\?/, 200),
      signInButton: seen('POST', /^\/sign-in$/, 303),
      me: seen('GET', /^\/api\/v1\/me$/, 200),
      feed: seen('GET', /^\/feeds\//, 200),
      answerPage: seen('GET', /^\/visit-answers\?/, 200),
      answerButton: seen('POST', /^\/visit-answers$/, 200),
      worker: lines.some((line) => line.context === 'MailProcessor'),
    }).toEqual({
      signInPage: true,
      signInButton: true,
      me: true,
      feed: true,
      answerPage: true,
      answerButton: true,
      worker: true,
    });

    const secrets = {
      loginToken: admin.loginToken,
      accessToken: admin.accessToken,
      accessTokenSignature: admin.accessToken.split('.')[2],
      feedSecret,
      answerToken,
      answerTokenSignature: answerToken.split('.')[1],
    };
    const output = stack.logs.join('');
    const leaked = Object.entries(secrets)
      .filter(([, secret]) => output.includes(secret))
      .map(([name]) => name);
    expect(leaked).toEqual([]);
  });
});
