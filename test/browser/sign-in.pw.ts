import { createServer, type Server } from 'node:http';
import { DEMO } from './support/demo-people';
import { expect, signIn, signInLink, test } from './support/fixtures';

// Each in the language the demo gives them: Amir reads English, the others Danish.
const ROLES = [
  { person: DEMO.admin, greeting: 'Hej', role: 'Administrator' },
  { person: DEMO.teacher, greeting: 'Hej', role: 'Lærer hos Kirkebakkeskolen' },
  { person: DEMO.contact, greeting: 'Hej', role: 'Kontaktperson hos LEGO' },
  { person: DEMO.volunteer, greeting: 'Hello', role: 'Volunteer at Skandia' },
  { person: DEMO.coordinator, greeting: 'Hej', role: 'Koordinator hos Dansk Flygtningehjælp' },
];

test.describe('signing in', () => {
  for (const { person, greeting, role } of ROLES) {
    test(`${role.split(' ')[0]}: the form, the mail, the link and the button lead into the app`, async ({
      page,
      at,
    }) => {
      await signIn(page, at, person.email, { byMail: true });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `${greeting}, ${person.name}`,
      );
      await expect(page.getByRole('listitem').filter({ hasText: role })).toHaveCount(1);
    });
  }

  test('a screen asked for before signing in is shown after it', async ({ page, at }) => {
    await page.goto('/calendar');
    await expect(page).toHaveURL(/\/login\?next=%2Fcalendar/);
    await signIn(page, at, DEMO.volunteer.email, { byMail: true });
    await expect(page).toHaveURL(/\/calendar$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your calendar');
  });

  test('the session cookie is HttpOnly and SameSite=Strict, and signing out ends it', async ({
    page,
    context,
    at,
  }) => {
    await signIn(page, at, DEMO.teacher.email, { byMail: true });
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({
      name: 'session',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
    });
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL(/\/login/);
    // The old value is refused even by a client that kept it.
    const replay = await fetch(`${at.baseUrl}/api/v1/me`, {
      headers: { cookie: `${cookie.name}=${cookie.value}` },
    });
    expect(replay.status).toBe(401);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a sign-in link is spent once: opened again, the button says so', async ({ page, at }) => {
    const since = at.sink.received.length;
    await page.goto('/login');
    await page.getByRole('textbox', { name: /e-mail/i }).fill(DEMO.contact.email);
    await page.getByRole('button', { name: /send/i }).click();
    const link = await signInLink(at, DEMO.contact.email, since);
    await page.goto(link);
    await page.getByRole('button', { name: /log ind/i }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto(link);
    await page.getByRole('button', { name: /log ind/i }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not valid|ikke gyldigt/i);
  });
});

test.describe('another origin', () => {
  let other: Server;
  let otherOrigin: string;
  test.beforeAll(async () => {
    // A page on another port of the same host: the same site, so the browser sends the
    // SameSite=Strict cookie along, and only the API's origin rule stands in the way.
    other = createServer((request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end('<!doctype html><title>Elsewhere</title><p>elsewhere</p>');
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    otherOrigin = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
  });
  test.afterAll(() => new Promise<void>((done) => other.close(() => done())));

  test('cannot change anything with the cookie: a form post gets 403, a fetch changes nothing', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.volunteer.email);
    const before = await page.evaluate(() =>
      fetch('/api/v1/me/calendar').then(
        (response) => response.json() as Promise<{ feedUrl: string }>,
      ),
    );

    await page.goto(otherOrigin);
    // A "simple" request (text/plain), which a browser sends without asking first: the cookie
    // goes along (same site), and the page may not read the answer. The API must refuse it.
    const sent = page.waitForRequest(`${at.baseUrl}/api/v1/me/calendar/rotate`);
    await page.evaluate((api) => {
      void fetch(`${api}/api/v1/me/calendar/rotate`, {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'include',
        headers: { 'Content-Type': 'text/plain' },
        body: '{}',
      }).catch(() => undefined);
    }, at.baseUrl);
    // The browser hides the answer from the page (Cross-Origin-Resource-Policy); what the API
    // did shows in the feed's address below, which it would have replaced.
    await (await sent).response();

    const posted = page.waitForResponse(`${at.baseUrl}/api/v1/me/calendar/rotate`);
    await page.evaluate((api) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = `${api}/api/v1/me/calendar/rotate`;
      document.body.append(form);
      form.submit();
    }, at.baseUrl);
    // 403, not 401: the cookie went along, and the origin rule refused it.
    expect((await posted).status()).toBe(403);
    await expect(page).toHaveURL(/\/rotate$/);
    await expect(page.locator('body')).toContainText('request.cross-origin');

    // Nothing changed: the feed has the address it had.
    await page.goto('/');
    const after = await page.evaluate(() =>
      fetch('/api/v1/me/calendar').then(
        (response) => response.json() as Promise<{ feedUrl: string }>,
      ),
    );
    expect(after.feedUrl).toBe(before.feedUrl);
  });
});
