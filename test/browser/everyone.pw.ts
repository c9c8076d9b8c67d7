import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import {
  checkScreen,
  checkScreenEverywhere,
  chooseLanguage,
  expectNoAxeViolations,
} from './support/screens';

test.describe('what everyone has', () => {
  test('the sign-in form, in Danish and English, on a phone and a desktop', async ({ page }) => {
    await checkScreenEverywhere(page, 'login', () => page.goto('/login').then(() => undefined));
  });

  test('the front page and the profile, everywhere', async ({ page, at }) => {
    await signIn(page, at, DEMO.otherTeacher.email);
    await checkScreenEverywhere(page, 'home', () => page.goto('/').then(() => undefined));
    await checkScreenEverywhere(page, 'profile', () => page.goto('/profile').then(() => undefined));
    // Each choice of language is kept for the person: leave Marianne in Danish, as the demo has her.
    await chooseLanguage(page, 'da');
  });

  test('a person changes their name, language and zone, and the app follows', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.otherVolunteer.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Profil' }).click();
    const name = page.getByRole('textbox', { name: 'Navn' });
    await name.fill('Line Bech Holm');
    await page.getByRole('textbox', { name: 'Tidszone i din kalender' }).fill('Europe/London');
    await page.getByRole('radiogroup').getByText('English').click();
    await page.getByRole('button', { name: 'Gem' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Kept by the API: a fresh load greets them by the new name, in English.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Line Bech Holm');

    // A zone nobody has is refused, and the one chosen stays.
    await page.goto('/profile');
    const zone = page.getByRole('textbox', { name: 'Time zone of your calendar' });
    await expect(zone).toHaveValue('Europe/London');
    await zone.fill('Mars/Olympus_Mons');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    // The field itself says what is wrong, in the person's language.
    await expect(zone).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('There is no such time zone.', { exact: false })).toBeVisible();
    await page.reload();
    await expect(zone).toHaveValue('Europe/London');

    // A name cannot be blank; the field says so and nothing changes.
    await page.goto('/profile');
    await page.getByRole('textbox', { name: 'Name' }).fill('   ');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Line Bech Holm');

    // Back as the demo has her, for whoever signs in as her next.
    await page.goto('/profile');
    await page.getByRole('textbox', { name: 'Name' }).fill(DEMO.otherVolunteer.name);
    await page.getByRole('textbox', { name: 'Time zone of your calendar' }).fill('');
    await page.getByRole('radiogroup').getByText('Dansk').click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('Gemt.');
  });

  test('the language chosen in the header is kept for the person', async ({ page, at }) => {
    await signIn(page, at, DEMO.coordinator.email);
    await chooseLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Hello, ${DEMO.coordinator.name}`,
    );
    // Another browser, signed in afresh, opens in English.
    await page.context().clearCookies();
    await page.evaluate(() => localStorage.clear());
    await signIn(page, at, DEMO.coordinator.email);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Hello, ${DEMO.coordinator.name}`,
    );
    await chooseLanguage(page, 'da');
  });

  test('the calendar page: subscribe, copy, scan, and a new address that ends the old', async ({
    page,
    context,
    at,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, at, DEMO.contact.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Kalender' }).click();
    await checkScreenEverywhere(page, 'calendar', () =>
      page.goto('/calendar').then(() => undefined),
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    await chooseLanguage(page, 'da');

    const subscribe = page.getByRole('link', { name: 'Abonnér i din kalender-app' });
    await expect(subscribe).toHaveAttribute(
      'href',
      /^webcal:\/\/127\.0\.0\.1:\d+\/feeds\/.+\.ics$/,
    );
    const address = page.getByRole('textbox', { name: 'Adressen på din kalender' });
    const oldFeed = await address.inputValue();
    expect(oldFeed).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/.+\.ics$/);
    await expect(page.getByRole('img', { name: /Scan med din telefon/ })).toBeVisible();

    await page.getByRole('button', { name: 'Kopiér adressen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kopieret.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oldFeed);

    // The feed answers at the old address, until a new one is made.
    expect((await fetch(oldFeed)).status).toBe(200);
    await page.getByRole('button', { name: 'Lav en ny adresse' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Den gamle adresse holder op med at virke');
    await expectNoAxeViolations(page);
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await expect(address).toHaveValue(oldFeed);

    await page.getByRole('button', { name: 'Lav en ny adresse' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Lav en ny adresse' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'ny adresse' })).toBeVisible();
    const newFeed = await address.inputValue();
    expect(newFeed).not.toBe(oldFeed);
    expect((await fetch(newFeed)).status).toBe(200);
    expect((await fetch(oldFeed)).status).toBe(404);
  });
});

test.describe("the server's own pages", () => {
  test('the sign-in page and the answer page pass the same accessibility rules (the live answer page: visits.pw.ts)', async ({
    page,
    at,
  }) => {
    await page.goto('/sign-in?token=abcdefghijklmnopqrstuvwxyz');
    await expect(page.getByRole('button')).toBeVisible();
    await checkScreen(page, 'server-sign-in');

    // The demo's proposals were mailed with answer links in its story, months before the
    // clock's today; such a link has expired, and the page says so in both languages.
    await expect
      .poll(() => at.sink.received.filter((mail) => mail.text.includes('/visit-answers?')).length)
      .toBeGreaterThan(0);
    const mail = at.sink.received.find((received) => received.text.includes('/visit-answers?'))!;
    await page.goto(/https?:\/\/\S+\/visit-answers\?\S+/.exec(mail.text)![0]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Linket virker ikke · The link does not work',
    );
    await checkScreen(page, 'server-answer');
  });
});
