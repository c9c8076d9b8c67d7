import type { Browser, Page } from '@playwright/test';
import type { BrowserStack } from './support/browser-stack';
import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import { checkScreenEverywhere } from './support/screens';

/** An answer of the API to the signed-in page, as the app itself would ask. */
async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return JSON.parse(text) as T;
    },
    { method, path, body },
  );
}

/** A second person in a browser of their own, signed in, on the application's clock. */
async function signedInElsewhere(browser: Browser, at: BrowserStack, email: string) {
  const context = await browser.newContext({
    baseURL: at.baseUrl,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const page = await context.newPage();
  await page.clock.install({ time: at.now() });
  await signIn(page, at, email);
  return page;
}

/**
 * The boys' club's coordinator starts a programme of her own that Skandia's and LEGO's staff may
 * volunteer in, on one weekday this week and on; the test's shifts do not touch the demo's.
 */
async function startProgramme(
  coordinator: Page,
  { title, weekday, max }: { title: string; weekday: number; max: number },
): Promise<{ programmeId: string; shiftId: string }> {
  const me = await call<{ id: string; memberships: { role: string; organisationId: string }[] }>(
    coordinator,
    'GET',
    '/api/v1/me',
  );
  const partnerId = me.memberships.find((m) => m.role === 'coordinator')!.organisationId;
  const directory = await call<{ items: { id: string; name: string }[] }>(
    coordinator,
    'GET',
    '/api/v1/companies/directory?limit=200',
  );
  const companyIds = directory.items
    .filter((company) => ['Skandia', 'LEGO'].includes(company.name))
    .map((company) => company.id);
  const programme = await call<{ id: string }>(coordinator, 'POST', '/api/v1/programmes', {
    partnerId,
    title,
    location: 'Medborgerhuset, Vejle Øst',
    timezone: 'Europe/Copenhagen',
    companyIds,
    coordinatorIds: [me.id],
    schedule: { weekdays: [weekday], startTime: '16:30', endTime: '18:00', startsOn: '2026-11-16' },
    capacity: { min: 1, max },
    horizonWeeks: 2,
  });
  const shifts = await call<{ items: { id: string }[] }>(
    coordinator,
    'GET',
    `/api/v1/programmes/${programme.id}/shifts`,
  );
  return { programmeId: programme.id, shiftId: shifts.items[0].id };
}

/** The shift of a programme on this week's view, by the programme's title. */
function shiftCard(page: Page, title: string) {
  return page.getByRole('article', { name: title });
}

test.describe('volunteering', () => {
  test('the last place: one takes it, the next waits, and moves up when it is given up', async ({
    page,
    browser,
    at,
  }) => {
    const title = 'Lektiecafé torsdag';
    const coordinator = await signedInElsewhere(browser, at, DEMO.coordinator.email);
    const { shiftId } = await startProgramme(coordinator, { title, weekday: 4, max: 1 });

    // Amir (English) takes the one place from the week view.
    await signIn(page, at, DEMO.volunteer.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Shifts', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shifts');
    const amirsCard = shiftCard(page, title);
    await expect(amirsCard).toContainText('1 of 1 places free');
    await expect(amirsCard).toContainText('Short of volunteers: 0 of at least 1');
    await amirsCard.getByRole('button', { name: 'Take a place' }).click();
    await expect(amirsCard.getByRole('status')).toHaveText('You have a place on the shift.');
    await expect(amirsCard).toContainText('You have a place');
    await expect(amirsCard).toContainText('Full');

    // Line (Danish) finds it full and joins the waiting list: number 1.
    const line = await signedInElsewhere(browser, at, DEMO.otherVolunteer.email);
    await line.goto('/shifts');
    const linesCard = shiftCard(line, title);
    await expect(linesCard).toContainText('Fuldt');
    await linesCard.getByRole('button', { name: 'Kom på ventelisten' }).click();
    await expect(linesCard).toContainText('Du er nummer 1 på ventelisten');
    await line.goto('/my-shifts');
    await expect(line.getByRole('article', { name: /torsdag 19\. november/ })).toContainText(
      'Du er nummer 1 på ventelisten',
    );

    // Amir gives it up; Line is told by mail and sees the place as hers.
    const since = at.sink.received.length;
    await amirsCard.getByRole('button', { name: 'Give up my place' }).click();
    await expect(amirsCard.getByRole('status')).toHaveText('You gave up the place.');
    // The place went to the first in line, so for Amir the shift is full again.
    await expect(amirsCard.getByRole('button', { name: 'Join the waiting list' })).toBeVisible();
    await expect(amirsCard).not.toContainText('You have a place');
    const mail = await at.sink.waitFor(
      (received) =>
        received.to.includes(DEMO.otherVolunteer.email) &&
        at.sink.received.indexOf(received) >= since &&
        received.text.includes('rykket op fra ventelisten'),
    );
    // The mail links to the shift in the app.
    const link = new RegExp(`https?://\\S+/shifts/${shiftId}`).exec(mail.text);
    expect(link).not.toBeNull();

    await line.goto(link![0]);
    await expect(line.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(line.getByText('Du har en plads', { exact: true })).toBeVisible();
    await expect(line.getByRole('button', { name: 'Giv min plads fra mig' })).toBeVisible();
    // She volunteers; the roster belongs to the programme's coordinator.
    await expect(line.getByRole('link', { name: 'Se holdet og ventelisten' })).toHaveCount(0);
    await coordinator.goto(`/shifts/${shiftId}`);
    await expect(
      coordinator.getByRole('link', { name: 'Se holdet og ventelisten' }),
    ).toHaveAttribute('href', new RegExp(`/programmes/[\\w-]+/shifts/${shiftId}$`));
  });

  test('a standing commitment gives a place on each coming shift, and ending it gives them up', async ({
    page,
    browser,
    at,
  }) => {
    const title = 'Fodbold fredag';
    const coordinator = await signedInElsewhere(browser, at, DEMO.coordinator.email);
    await startProgramme(coordinator, { title, weekday: 5, max: 3 });

    await signIn(page, at, DEMO.otherVolunteer.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Mine vagter' }).click();
    const commitment = page.getByRole('article', { name: title });
    await expect(commitment).toContainText('Ingen fast aftale');
    await commitment.getByRole('button', { name: 'Start en fast ugentlig aftale' }).click();
    await expect(commitment.getByRole('status')).toContainText('Startet. Du har 2 pladser');
    await expect(commitment).toContainText('Fast aftale siden');
    await expect(page.getByRole('article', { name: /fredag 20\. november/ })).toContainText(
      'Du har en plads',
    );
    await page.goto('/shifts');
    await expect(shiftCard(page, title)).toContainText('Du har en plads');

    await page.goto('/my-shifts');
    await commitment.getByRole('button', { name: 'Afslut aftalen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Afslut din faste aftale?' });
    await expect(dialog).toContainText(title);
    await dialog.getByRole('button', { name: 'Afslut aftalen' }).click();
    await expect(commitment.getByRole('status')).toHaveText(
      'Afsluttet. 2 kommende pladser blev givet fra dig.',
    );
    await expect(commitment).toContainText('Ingen fast aftale');
    await expect(page.getByRole('article', { name: /fredag 20\. november/ })).toHaveCount(0);
  });

  test('the week of shifts reads well in both languages, on a phone and a desktop', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.volunteer.email);
    await checkScreenEverywhere(page, 'shifts', async () => {
      await page.goto('/shifts');
      await expect(page.getByRole('article').first()).toBeVisible();
    });
  });

  test('one shift reads well in both languages, on a phone and a desktop', async ({ page, at }) => {
    await signIn(page, at, DEMO.volunteer.email);
    await page.goto('/shifts');
    // The demo's own programme: other tests add programmes whose shifts may be full or begun.
    const link = page
      .getByRole('article')
      .filter({ hasText: 'Lektiehjælp og fodbold i drengeklubben' })
      .first()
      .getByRole('link')
      .first();
    const shiftPath = (await link.getAttribute('href'))!;
    await checkScreenEverywhere(page, 'shift', async () => {
      await page.goto(shiftPath);
      // Take a place or join the waiting list, whichever the shift offers (other tests fill some).
      await expect(
        page.getByRole('button', { name: /plads|place|venteliste|waiting list/i }).first(),
      ).toBeVisible();
    });
  });

  test('my shifts read well in both languages, on a phone and a desktop', async ({ page, at }) => {
    await signIn(page, at, DEMO.volunteer.email);
    await checkScreenEverywhere(page, 'my-shifts', async () => {
      await page.goto('/my-shifts');
      await expect(page.getByText(/Hours in all|Timer i alt/)).toBeVisible();
      await expect(page.getByRole('article').first()).toBeVisible();
    });
  });
});
