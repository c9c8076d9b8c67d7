import { ReceivedMail } from '@app/testing';
import type { Response } from 'supertest';
import { TestStack } from './test-stack';

/** The sign-in token in a mailed link. */
export function signInTokenIn(mail: ReceivedMail): string {
  const match = /\/sign-in\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No sign-in link in: ${mail.text}`);
  return match[1];
}

/**
 * Asks for a sign-in link, as a person would, and waits for the mail (a sign-in mail not seen
 * before);
 * returns the token it carries. Needs the stack's worker.
 */
export async function requestSignInLink(stack: TestStack, email: string): Promise<string> {
  const seen = new Set(stack.sink.to(email));
  await stack.http().post('/api/v1/auth/login-links').send({ email }).expect(202);
  const mail = await stack.sink.waitFor(
    (received) =>
      received.to.includes(email.toLowerCase()) &&
      !seen.has(received) &&
      received.text.includes('/sign-in?token='),
  );
  return signInTokenIn(mail);
}

/** Signs in through the mailed link, as a person would; returns the access token. */
export async function signInByMail(stack: TestStack, email: string): Promise<string> {
  const token = await requestSignInLink(stack, email);
  const session = await stack.http().post('/api/v1/auth/sessions').send({ token }).expect(201);
  return session.body.accessToken as string;
}

/** What a browser holds after pressing the button of a sign-in link. */
export interface BrowserSession {
  /** The session cookie as a browser sends it back: `name=value`. */
  cookie: string;
  /** Its value: the access token. */
  accessToken: string;
  /** The whole Set-Cookie line, with its attributes. */
  setCookie: string;
}

/** The session cookie a response sets, named as it is for the stack's PUBLIC_URL. */
export function sessionCookieIn(response: Response, name = 'session'): BrowserSession {
  const setCookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((line) => line.startsWith(`${name}=`));
  if (!setCookie) throw new Error(`No ${name} cookie in: ${JSON.stringify(response.headers)}`);
  const cookie = setCookie.split(';')[0];
  return { cookie, accessToken: cookie.slice(name.length + 1), setCookie };
}

/**
 * Signs in as a person's browser does: asks for a link, opens the page the mailed link opens,
 * presses its button (a form post from our own origin). Returns the session cookie it sets.
 */
export async function signInInBrowser(stack: TestStack, email: string): Promise<BrowserSession> {
  const token = await requestSignInLink(stack, email);
  const page = await stack.http().get(`/sign-in?token=${token}`).expect(200);
  const formToken = /name="token" value="([^"]+)"/.exec(page.text)![1];
  const signedIn = await stack
    .http()
    .post('/sign-in')
    .set('Origin', new URL(stack.config.publicUrl).origin)
    .set('Sec-Fetch-Site', 'same-origin')
    .type('form')
    .send({ token: formToken })
    .expect(303);
  const secure = stack.config.publicUrl.startsWith('https:');
  return sessionCookieIn(signedIn, secure ? '__Host-session' : 'session');
}
