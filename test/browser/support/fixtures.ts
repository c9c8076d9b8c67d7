import { createHash } from 'node:crypto';
import { test as base, expect, type Page } from '@playwright/test';
import { type BrowserStack, startBrowserStack } from './browser-stack';

export { expect };

/**
 * One product per worker; each test's page runs on the application's clock, so "today" in the
 * browser is "today" in the API.
 */
export const test = base.extend<{ at: BrowserStack }, { stack: BrowserStack }>({
  stack: [
    // Playwright reads a fixture's dependencies from this pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const stack = await startBrowserStack();
      await use(stack);
      await stack.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ stack }, use) => use(stack.baseUrl),
  // A client address of the test's own (the stack trusts one proxy hop), so the sign-in limits
  // per address, which all tests on one machine would otherwise share, count each test apart.
  // eslint-disable-next-line no-empty-pattern
  extraHTTPHeaders: async ({}, use, testInfo) => {
    const hash = createHash('sha256').update(testInfo.testId).digest();
    await use({ 'X-Forwarded-For': `10.${hash[0]}.${hash[1]}.${hash[2]}` });
  },
  page: async ({ page, stack }, use) => {
    await page.clock.install({ time: stack.now() });
    await use(page);
  },
  at: async ({ stack }, use) => use(stack),
});

/** The sign-in link in the newest sign-in mail to this address that arrives after `since`. */
export async function signInLink(
  stack: BrowserStack,
  email: string,
  since: number,
): Promise<string> {
  const mail = await stack.sink.waitFor(
    (received) =>
      received.to.includes(email.toLowerCase()) &&
      stack.sink.received.indexOf(received) >= since &&
      received.text.includes('/sign-in?token='),
  );
  const link = /https?:\/\/\S+\/sign-in\?token=[\w-]+/.exec(mail.text);
  if (!link) throw new Error(`No sign-in link in: ${mail.text}`);
  return link[0];
}

/** The session cookie of each person signed in by mail on this stack, to sign in again with. */
const sessions = new WeakMap<BrowserStack, Map<string, string>>();

async function stillSignedIn(stack: BrowserStack, cookie: string): Promise<boolean> {
  const response = await fetch(`${stack.baseUrl}/api/v1/me`, {
    headers: { cookie: `session=${cookie}` },
  });
  return response.ok;
}

/**
 * Signs in as a person would: the form, the mail, the link, the button. Lands on the app.
 * A person gets 5 sign-in links an hour, and the tests of a run share one stack, so a person
 * signed in before is given their session again, while it lasts; `{ byMail: true }` always
 * goes through the mail (the sign-in tests).
 */
export async function signIn(
  page: Page,
  stack: BrowserStack,
  email: string,
  { byMail = false } = {},
): Promise<void> {
  const known = sessions.get(stack) ?? new Map<string, string>();
  sessions.set(stack, known);
  const cookie = known.get(email);
  if (!byMail && cookie && (await stillSignedIn(stack, cookie))) {
    await page
      .context()
      .addCookies([
        { name: 'session', value: cookie, url: stack.baseUrl, httpOnly: true, sameSite: 'Strict' },
      ]);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    return;
  }
  const since = stack.sink.received.length;
  // Already on the form (sent there from a screen asked for): fill that one in, as people do.
  if (new URL(page.url(), stack.baseUrl).pathname !== '/login') {
    await page.goto('/login');
  }
  await page.getByRole('textbox', { name: /e-mail/i }).fill(email);
  await page.getByRole('button', { name: /send/i }).click();
  await expect(page.getByRole('status')).toContainText(email);
  await page.goto(await signInLink(stack, email, since));
  await page.getByRole('button', { name: /log ind|sign in/i }).click();
  // Into the app: its front page, or the screen asked for before signing in.
  await expect(page).not.toHaveURL(/\/(sign-in|login)\b/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const session = (await page.context().cookies(stack.baseUrl)).find(
    (each) => each.name === 'session',
  );
  if (session) known.set(email, session.value);
}
