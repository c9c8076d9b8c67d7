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

/** Signs in as a person would: the form, the mail, the link, the button. Lands on the app. */
export async function signIn(page: Page, stack: BrowserStack, email: string): Promise<void> {
  const since = stack.sink.received.length;
  await page.goto('/login');
  await page.getByRole('textbox', { name: /e-mail/i }).fill(email);
  await page.getByRole('button', { name: /send/i }).click();
  await expect(page.getByRole('status')).toContainText(email);
  await page.goto(await signInLink(stack, email, since));
  await page.getByRole('button', { name: /log ind|sign in/i }).click();
  await expect(page).toHaveURL(/\/$/);
}
