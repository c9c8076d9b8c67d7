import { ReceivedMail } from '@app/testing';
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
