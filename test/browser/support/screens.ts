import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The viewports every screen is looked at in. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** WCAG 2.2 AA, as axe names its rule sets. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SHOTS = resolve(__dirname, '../../../var/screens');

/** Fails with axe's own list of what is wrong, each with the elements it found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `  ${node.target.join(' ')}`).join('\n'),
  );
  expect(found, found.join('\n')).toEqual([]);
}

/** Switches the app's language with the header's buttons, as a person would. */
export async function chooseLanguage(page: Page, language: 'da' | 'en'): Promise<void> {
  await page.getByRole('button', { name: language === 'da' ? 'Dansk' : 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * Looks at the screen on the page as it is: no axe violation, nothing wider than the viewport
 * (no sideways scrolling on a phone), and a screenshot in var/screens/ for a person to open.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} is wider than the viewport`).toBeLessThanOrEqual(0);
  mkdirSync(SHOTS, { recursive: true });
  const language = await page.locator('html').getAttribute('lang');
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.screenshot({
    path: resolve(SHOTS, `${name}-${language}-${width}.png`),
    fullPage: true,
  });
}

/**
 * Every combination a screen must work in: Danish and English, phone and desktop. `open` brings
 * the page to the screen (it is called once per size, after the viewport is set).
 */
export async function checkScreenEverywhere(
  page: Page,
  name: string,
  open: () => Promise<void>,
): Promise<void> {
  await open();
  // Choosing a language is kept for a signed-in person: leave them with the one they had. Ask the
  // API, not the page: the page shows the browser's language until the person's own has loaded.
  const before = await page.evaluate(async () => {
    const answer = await fetch('/api/v1/me');
    const locale = answer.ok
      ? ((await answer.json()) as { locale: string }).locale
      : document.documentElement.lang;
    return locale === 'en' ? 'en' : 'da';
  });
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    // Opened afresh at each size; the language is switched in place, as a person does it.
    await open();
    for (const language of ['da', 'en'] as const) {
      await chooseLanguage(page, language);
      await checkScreen(page, name);
    }
  }
  await chooseLanguage(page, before);
}
