import type { Cookie, Locator, Page } from '@playwright/test';
import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import { checkScreenEverywhere } from './support/screens';

/** Picks an option of a labelled react-aria Select, as a person would: open it, choose. */
async function choose(page: Page, within: Locator, label: string, option: string): Promise<void> {
  await within.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openAdmin(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('link', { name: new RegExp(`^${screen}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen);
}

interface Ids {
  school: string;
  company: string;
  partner: string;
  person: string;
}

test.describe('administration', () => {
  // A person gets five sign-in links an hour: the admin signs in once, and each test starts
  // in that session.
  let adminSession: Cookie[];
  test.beforeAll(async ({ browser, stack }) => {
    const context = await browser.newContext({ baseURL: stack.baseUrl });
    const page = await context.newPage();
    await page.clock.install({ time: stack.now() });
    await signIn(page, stack, DEMO.admin.email);
    adminSession = await context.cookies();
    await context.close();
  });
  async function asAdmin(page: Page): Promise<void> {
    await page.context().addCookies(adminSession);
    await page.goto('/');
  }

  test('the admin invites a teacher, who gets the mail, signs in and has the role', async ({
    page,
    at,
  }) => {
    const teacher = { name: 'Freja Winther', email: 'freja.winther@kirkebakkeskolen.example' };
    await asAdmin(page);
    await openAdmin(page, 'Personer');

    const invite = page.getByRole('form', { name: 'Invitér en person' });
    await invite.getByRole('textbox', { name: 'Navn' }).fill(teacher.name);
    await invite.getByRole('textbox', { name: 'E-mailadresse' }).fill(teacher.email);
    await choose(page, invite, 'Rolle', 'Lærer');
    await choose(page, invite, 'Skole', 'Kirkebakkeskolen');
    await invite.getByRole('button', { name: 'Send invitationen' }).click();
    await expect(page.getByRole('status')).toContainText(`${teacher.name} er inviteret`);

    const invitation = await at.sink.waitFor((mail) => mail.to.includes(teacher.email));
    expect(invitation.subject).toBe(
      'Du er inviteret til Partnerskabskalenderen som lærer hos Kirkebakkeskolen',
    );
    // The list of people at the school now holds the new teacher, with the role there.
    const filters = page.getByRole('group', { name: 'Afgræns listen' });
    await choose(page, filters, 'Organisation', 'Kirkebakkeskolen');
    await expect(page.getByRole('listitem').filter({ hasText: teacher.name })).toContainText(
      'Lærer på Kirkebakkeskolen',
    );

    // The teacher signs in in this browser, the admin's session put aside (not ended: the
    // other tests go on in it).
    await page.context().clearCookies();
    await signIn(page, at, teacher.email);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hej, ${teacher.name}`);
    await expect(page.getByRole('list').filter({ hasText: 'Lærer' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  });

  test('a school is registered and renamed', async ({ page }) => {
    await asAdmin(page);
    await openAdmin(page, 'Skoler');
    await page.getByRole('textbox', { name: 'Navn' }).fill('Engskolen');
    await page.getByRole('textbox', { name: 'By' }).fill('Vejle');
    await page.getByRole('button', { name: 'Registrér skolen' }).click();
    await expect(page.getByRole('status')).toHaveText('Engskolen er registreret.');

    await page.getByRole('link', { name: 'Engskolen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engskolen');
    await page.getByRole('textbox', { name: 'Navn' }).fill('Engskolen Vest');
    await page.getByRole('button', { name: 'Gem' }).click();
    await expect(page.getByRole('status')).toHaveText('Gemt.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engskolen Vest');

    await page.getByRole('link', { name: 'Tilbage til skolerne' }).click();
    await expect(page.getByRole('link', { name: 'Engskolen Vest' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Engskolen', exact: true })).toHaveCount(0);
  });

  test('a rule the change breaks is said in words, and nothing changes', async ({ page }) => {
    await asAdmin(page);
    await openAdmin(page, 'Personer');
    await page.getByRole('link', { name: 'Hanne Vestergaard' }).click();
    const email = page.getByRole('textbox', { name: 'E-mailadresse' });
    await email.fill(DEMO.contact.email);
    await page.getByRole('button', { name: 'Gem' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'En anden person har allerede denne e-mailadresse: én adresse er én person.',
    );
    await page.reload();
    await expect(email).toHaveValue('hanne.vestergaard@jv.example');
  });

  test('a sweep runs at once and says what it changed', async ({ page }) => {
    await asAdmin(page);
    await openAdmin(page, 'Kørsler');
    await page.getByRole('button', { name: 'Kør “Ryd gammel mail” nu' }).click();
    await expect(page.getByRole('status')).toHaveText(
      /“Ryd gammel mail” er kørt og ændrede \d+ ting\./,
    );
  });

  /** Every screen of the administration, in both languages, on a phone and a desktop. */
  const SCREENS: [group: string, name: string, path: (ids: Ids) => string][] = [
    ['registers', 'admin', () => '/admin'],
    ['registers', 'admin-schools', () => '/admin/schools'],
    ['registers', 'admin-school', (ids) => `/admin/schools/${ids.school}`],
    ['registers', 'admin-companies', () => '/admin/companies'],
    ['registers', 'admin-company', (ids) => `/admin/companies/${ids.company}`],
    ['registers', 'admin-partners', () => '/admin/partners'],
    ['registers', 'admin-partner', (ids) => `/admin/partners/${ids.partner}`],
    ['people', 'admin-people', () => '/admin/people'],
    ['people', 'admin-person', (ids) => `/admin/people/${ids.person}`],
    ['tools', 'admin-adoptions', () => '/admin/adoptions'],
    ['tools', 'admin-deliveries', () => '/admin/deliveries'],
    ['tools', 'admin-sweeps', () => '/admin/sweeps'],
  ];
  for (const group of ['registers', 'people', 'tools']) {
    test(`the ${group} screens, in both languages, on a phone and a desktop`, async ({ page }) => {
      test.setTimeout(150_000);
      await asAdmin(page);
      const ids = await page.evaluate(async (): Promise<Ids> => {
        const first = async (path: string) =>
          ((await (await fetch(path)).json()) as { items: { id: string }[] }).items[0].id;
        return {
          school: await first('/api/v1/schools'),
          company: await first('/api/v1/companies'),
          partner: await first('/api/v1/partners'),
          person: await first('/api/v1/users?role=teacher'),
        };
      });
      for (const [, name, path] of SCREENS.filter(([inGroup]) => inGroup === group)) {
        await checkScreenEverywhere(page, name, async () => {
          await page.goto(path(ids));
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        });
      }
    });
  }
});
