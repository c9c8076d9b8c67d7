import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import { checkScreen, checkScreenEverywhere } from './support/screens';

interface Programme {
  id: string;
  title: string;
  companyIds: string[];
}
interface Shift {
  id: string;
  start: string;
  signedUp: number;
}

/** The API as the signed-in page: its cookie, and the Origin a change must carry. */
function asPage(page: Page, baseUrl: string) {
  const request: APIRequestContext = page.request;
  return {
    get: async <T>(path: string): Promise<T> => {
      const answer = await request.get(path);
      expect(answer.ok(), `${path}: ${answer.status()}`).toBe(true);
      return (await answer.json()) as T;
    },
    post: async <T>(path: string, body: unknown): Promise<T> => {
      const answer = await request.post(path, { data: body, headers: { origin: baseUrl } });
      expect(answer.ok(), `${path}: ${answer.status()} ${await answer.text()}`).toBe(true);
      return (await answer.json()) as T;
    },
  };
}

/** The local wall-clock parts of an instant in Copenhagen. */
function copenhagen(instant: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday,
  };
}

const DEMO_PROGRAMME = 'Lektiehjælp og fodbold i drengeklubben';

test.describe('coordinating a programme', () => {
  test('attendance is refused in words before the shift, then marked, and the volunteer’s hours follow', async ({
    page,
    browser,
    at,
  }) => {
    test.setTimeout(180_000);
    // The demo's shifts all lie ahead of the clock, and the clock cannot be moved here, so the
    // coordinator sets up a programme whose first shift begins a minute or two from now.
    await signIn(page, at, DEMO.coordinator.email);
    const mette = asPage(page, at.baseUrl);
    const demo = (await mette.get<{ items: Programme[] }>('/api/v1/programmes')).items.find(
      (programme) => programme.title === DEMO_PROGRAMME,
    )!;
    const startsAt = new Date(Math.ceil(at.now().getTime() / 60_000) * 60_000 + 60_000);
    const start = copenhagen(startsAt);
    const end = copenhagen(new Date(startsAt.getTime() + 90 * 60_000));
    const me = await mette.get<{ id: string; memberships: { organisationId: string }[] }>(
      '/api/v1/me',
    );
    const programme = await mette.post<Programme>('/api/v1/programmes', {
      partnerId: me.memberships[0].organisationId,
      title: 'Morgenlæsning i klubben',
      location: 'Klubhuset, Vejle Øst',
      timezone: 'Europe/Copenhagen',
      companyIds: demo.companyIds,
      coordinatorIds: [me.id],
      schedule: {
        weekdays: [start.weekday],
        startTime: start.time,
        endTime: end.time,
        startsOn: start.date,
        endsOn: start.date,
      },
      capacity: { min: 1, max: 3 },
    });
    const [shift] = (
      await mette.get<{ items: Shift[] }>(`/api/v1/programmes/${programme.id}/shifts`)
    ).items;
    expect(new Date(shift.start).getTime()).toBe(startsAt.getTime());

    // Amir, a Skandia volunteer, takes a place on it in his own browser.
    const amirPage = await browser.newPage();
    await amirPage.clock.install({ time: at.now() });
    await signIn(amirPage, at, DEMO.volunteer.email);
    const amir = asPage(amirPage, at.baseUrl);
    const before = await amir.get<{ totalHours: number; shiftsAttended: number }>(
      '/api/v1/me/hours',
    );
    await amir.post(`/api/v1/shifts/${shift.id}/signups`, {});

    // Should set-up ever outrun its minute, say so, rather than fail below for the wrong reason.
    expect(at.now().getTime(), 'set-up ran past the shift’s start').toBeLessThan(
      startsAt.getTime() - 10_000,
    );
    const rosterUrl = `/programmes/${programme.id}/shifts/${shift.id}`;
    await page.goto(rosterUrl);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Vagt');
    await expect(page.getByRole('list', { name: 'Vagtliste' })).toContainText(DEMO.volunteer.name);
    // Before the start: the screen says when attendance opens, and the API's refusal reads in words.
    await expect(
      page.getByText(/Fremmøde registreres, når vagten er begyndt/).first(),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Fremmøde registreres, når vagten er begyndt.',
    );
    await checkScreenEverywhere(page, 'coordination-shift', () => page.goto(rosterUrl).then());

    // Once the application clock has passed the start, the same form is taken.
    await expect
      .poll(() => at.now().getTime() > startsAt.getTime(), { timeout: 150_000, intervals: [2_000] })
      .toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(rosterUrl);
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect(page.getByRole('radio', { name: 'Kom', exact: true })).toBeChecked();
    await page.getByLabel(`Timer for ${DEMO.volunteer.name}`).fill('1,25');
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fremmødet er gemt.' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Vagtliste' })).toContainText('1,25 t');
    await checkScreen(page, 'coordination-attendance');

    const after = await amir.get<{
      totalHours: number;
      shiftsAttended: number;
      months: { programmeTitle: string; hours: number }[];
    }>('/api/v1/me/hours');
    expect(after.totalHours).toBeCloseTo(before.totalHours + 1.25);
    expect(after.shiftsAttended).toBe(before.shiftsAttended + 1);
    expect(after.months).toContainEqual(
      expect.objectContaining({ programmeTitle: 'Morgenlæsning i klubben', hours: 1.25 }),
    );
    await amirPage.close();
  });

  test('a coordinator creates a programme, is told in words what is wrong, and changes its places', async ({
    page,
    at,
  }) => {
    // Three screens, each in two languages and two sizes.
    test.setTimeout(150_000);
    await signIn(page, at, DEMO.coordinator.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Forløb' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forløb');
    await expect(page.getByRole('link', { name: new RegExp(DEMO_PROGRAMME) })).toBeVisible();
    await checkScreenEverywhere(page, 'coordination-programmes', () =>
      page.goto('/programmes').then(),
    );
    await checkScreenEverywhere(page, 'coordination-new-programme', () =>
      page.goto('/programmes/new').then(),
    );

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/programmes/new');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByLabel('Titel').fill('Fodbold om tirsdagen');
    await page.getByLabel('Sted').fill('Boldbanen, Vejle Øst');
    await page.getByText('tirsdag', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'tirsdag' })).toBeChecked();
    await page.getByLabel('Pladser pr. vagt').fill('2');
    await page.getByLabel('Mindst så mange frivillige').fill('3');
    await page.getByRole('button', { name: 'Opret forløbet' }).click();
    // A rule broken on purpose: nothing is created, and the field says why.
    await expect(
      page.getByText('Angiv hele tal: mindst 1 og ikke flere end pladserne.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Tilføj lukkedage' }).click();
    await page.getByLabel('Hvad').fill('Juleferie');
    await page.getByLabel('Fra').fill('2026-12-21');
    await page.getByLabel('Til og med').fill('2027-01-03');
    await page.getByLabel('Mindst så mange frivillige').fill('1');
    await page.getByRole('button', { name: 'Opret forløbet' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fodbold om tirsdagen');
    const shifts = page.getByRole('table');
    await expect(shifts.getByRole('link').first()).toContainText(/tirsdag.*17\. november/);
    // Closed in the Christmas holiday: no shift on 22 or 29 December.
    await expect(shifts).not.toContainText('22. december');
    await expect(shifts).toContainText('Underbemandet: færre end 1');
    const programmeUrl = page.url();
    await checkScreenEverywhere(page, 'coordination-programme', () =>
      page.goto(programmeUrl).then(),
    );

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(programmeUrl);
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByLabel('Pladser pr. vagt').fill('5');
    await page.getByRole('button', { name: 'Gem ændringerne' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Gemt.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Pladser pr. vagt')).toHaveValue('5');
    await expect(shifts.getByRole('row').nth(1)).toContainText('0 af 5');
  });

  test('a coordinator cancels a shift with a reason, and its volunteer is told by mail', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.coordinator.email);
    const mette = asPage(page, at.baseUrl);
    const demo = (await mette.get<{ items: Programme[] }>('/api/v1/programmes')).items.find(
      (programme) => programme.title === DEMO_PROGRAMME,
    )!;
    // The last coming shift, which Amir's standing commitment gives him a place on.
    const shifts = (await mette.get<{ items: Shift[] }>(`/api/v1/programmes/${demo.id}/shifts`))
      .items;
    const shift = shifts.filter((candidate) => candidate.signedUp > 0).at(-1)!;
    await page.goto(`/programmes/${demo.id}/shifts/${shift.id}`);
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect(page.getByRole('list', { name: 'Vagtliste' })).toContainText(DEMO.volunteer.name);

    const since = at.sink.received.length;
    await page.getByRole('button', { name: 'Aflys vagten' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Alle med en plads eller på ventelisten får en mail');
    await dialog.getByRole('button', { name: 'Aflys vagten' }).click();
    await expect(dialog.getByText('Udfyld feltet.')).toBeVisible();
    await dialog.getByLabel('Begrundelse').fill('Klubben er lukket på grund af vandskade.');
    await dialog.getByRole('button', { name: 'Aflys vagten' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Vagten er aflyst' })).toBeVisible();
    await expect(
      page.getByText('Vagten er aflyst: Klubben er lukket på grund af vandskade.'),
    ).toBeVisible();
    const mail = await at.sink.waitFor(
      (received) =>
        at.sink.received.indexOf(received) >= since &&
        received.to.includes(DEMO.volunteer.email) &&
        received.text.includes('vandskade'),
    );
    expect(mail.subject).not.toBe('');
  });
});
