import { readFileSync } from 'node:fs';
import type { Cookie, Locator, Page } from '@playwright/test';
import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import { checkScreenEverywhere } from './support/screens';

/**
 * Picks an option of a labelled react-aria Select, as a person would: open it, choose. A Select
 * with nothing to choose yet is disabled, and the click waits for it.
 */
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

  test('a class is adopted, its hours budget changed, and the adoption ended with a reason', async ({
    page,
    at,
  }) => {
    await asAdmin(page);
    // A class of Søren Dahl's at Kirkebakkeskolen that no company has adopted yet.
    await page.evaluate(async (teacherEmail) => {
      const json = async <T>(path: string, body?: unknown): Promise<T> => {
        const answer = await fetch(path, {
          method: body ? 'POST' : 'GET',
          headers: { 'content-type': 'application/json' },
          body: body ? JSON.stringify(body) : undefined,
        });
        if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
        return (await answer.json()) as T;
      };
      type Page<T> = { items: T[] };
      const schools = await json<Page<{ id: string; name: string }>>('/api/v1/schools');
      const school = schools.items.find((one) => one.name === 'Kirkebakkeskolen')!;
      const teachers = await json<Page<{ id: string; email: string }>>(
        `/api/v1/users?organisationId=${school.id}&role=teacher`,
      );
      const teacher = teachers.items.find((one) => one.email === teacherEmail)!;
      await json(`/api/v1/schools/${school.id}/classes`, {
        label: '8.C',
        grade: 8,
        schoolYear: '2026/27',
        pupils: 22,
        teacherIds: [teacher.id],
      });
    }, DEMO.teacher.email);

    await openAdmin(page, 'Klasser og adoptioner');
    const since = at.sink.received.length;
    const form = page.getByRole('form', { name: 'Opret en adoption' });
    await choose(page, form, 'Skole', 'Kirkebakkeskolen');
    await choose(page, form, 'Klasse', '8.C (2026/27, 22 elever)');
    await choose(page, form, 'Virksomhed', 'LEGO');
    await choose(page, form, 'Kontaktperson', DEMO.contact.name);
    await form.getByRole('group', { name: 'Første dag' }).getByRole('spinbutton').first().click();
    await page.keyboard.type('23112026');
    await form.getByRole('button', { name: 'Opret adoptionen' }).click();
    await expect(form.getByRole('status')).toHaveText('Adoptionen er oprettet.');

    const adoption = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '8.C, Kirkebakkeskolen, med LEGO' }) });
    await expect(adoption).toContainText('Aktiv');
    await expect(adoption).toContainText('7,4 timer');
    const told = await at.sink.waitFor(
      (mail) => at.sink.received.indexOf(mail) >= since && mail.to.includes(DEMO.contact.email),
    );
    expect(told.text).toContain('8.C');

    // A budget that is not a number is refused in words, and nothing changes.
    const budget = adoption.getByRole('textbox', { name: 'Timer pr. termin' });
    await budget.fill('mange');
    await adoption.getByRole('button', { name: 'Ret budgettet' }).click();
    await expect(adoption.getByRole('alert')).toBeVisible();
    await expect(adoption).toContainText('7,4 timer');
    await budget.fill('9,5');
    await adoption.getByRole('button', { name: 'Ret budgettet' }).click();
    await expect(adoption).toContainText('9,5 timer');

    await adoption.getByRole('button', { name: 'Afslut adoptionen…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Afslut denne adoption?' });
    const reason = 'Klassen skifter til en anden skole efter jul.';
    await dialog.getByRole('textbox', { name: 'Hvorfor den slutter' }).fill(reason);
    await dialog.getByRole('button', { name: 'Afslut adoptionen' }).click();
    await expect(adoption).toContainText('Afsluttet');
    await expect(adoption).toContainText(reason);
    await expect(adoption.getByRole('button', { name: 'Afslut adoptionen…' })).toHaveCount(0);
  });

  test('a mail that could not be delivered is listed with its error, and sent again', async ({
    page,
    at,
  }) => {
    const person = { name: 'Kasper Nørgaard', email: 'kasper.norgaard@bakkeskolen.example' };
    await asAdmin(page);
    await openAdmin(page, 'Personer');
    // The mail server says the mailbox is not there: a permanent refusal, not retried.
    at.sink.reject = true;
    try {
      const invite = page.getByRole('form', { name: 'Invitér en person' });
      await invite.getByRole('textbox', { name: 'Navn' }).fill(person.name);
      await invite.getByRole('textbox', { name: 'E-mailadresse' }).fill(person.email);
      await choose(page, invite, 'Rolle', 'Lærer');
      await choose(page, invite, 'Skole', 'Bakkeskolen');
      await invite.getByRole('button', { name: 'Send invitationen' }).click();
      await expect(page.getByRole('status')).toContainText(`${person.name} er inviteret`);
      await expect
        .poll(
          () =>
            page.evaluate(async (to) => {
              const answer = await fetch('/api/v1/admin/deliveries?status=failed&limit=100');
              const { items } = (await answer.json()) as { items: { to: string }[] };
              return items.some((delivery) => delivery.to.includes(to));
            }, person.email),
          { timeout: 30_000 },
        )
        .toBe(true);
    } finally {
      at.sink.reject = false;
    }

    const since = at.sink.received.length;
    await page.getByRole('link', { name: 'Tilbage til administrationen' }).click();
    await page.getByRole('link', { name: /^Mail, der ikke kom frem/ }).click();
    const failed = page.getByRole('listitem').filter({ hasText: person.email });
    await expect(failed).toContainText('No such mailbox');
    await failed
      .getByRole('button', { name: new RegExp(`^Send “Du er inviteret.*${person.name}.* igen$`) })
      .click();
    await expect(page.getByRole('status')).toContainText(`${person.email}> er på vej igen.`);
    const mail = await at.sink.waitFor(
      (received) =>
        at.sink.received.indexOf(received) >= since && received.to.includes(person.email),
    );
    expect(mail.subject).toBe(
      'Du er inviteret til Partnerskabskalenderen som lærer hos Bakkeskolen',
    );
    await page.reload();
    await expect(page.getByRole('listitem').filter({ hasText: person.email })).toHaveCount(0);
  });

  test('a person’s data is downloaded, then the person is erased after typing their address', async ({
    page,
  }) => {
    const person = { name: 'Ole Bruun', email: 'ole.bruun@lego.example' };
    await asAdmin(page);
    // A volunteer at LEGO, invited for this test.
    await page.evaluate(
      async (body) => {
        const companies = await fetch('/api/v1/companies');
        const { items } = (await companies.json()) as { items: { id: string; name: string }[] };
        const lego = items.find((company) => company.name === 'LEGO')!;
        const answer = await fetch('/api/v1/users', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...body, organisationId: lego.id }),
        });
        if (!answer.ok) throw new Error(`${answer.status} ${await answer.text()}`);
      },
      { ...person, locale: 'da', role: 'volunteer' },
    );
    await openAdmin(page, 'Personer');
    await page.getByRole('link', { name: person.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent personens data (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      person: { email: string; name: string };
      sections: { memberships: unknown[] };
    };
    expect(exported.person).toMatchObject(person);
    expect(exported.sections.memberships).toHaveLength(1);
    await expect(page.getByRole('status')).toHaveText('Filen er hentet.');

    await page.getByRole('button', { name: 'Slet…' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Slet ${person.name} for altid?` });
    const confirm = dialog.getByRole('button', { name: 'Slet for altid' });
    const typed = dialog.getByRole('textbox', { name: /Skriv personens adresse/ });
    await typed.fill('ole@lego.example');
    await expect(confirm).toBeDisabled();
    await typed.fill(person.email.toUpperCase());
    await confirm.click();
    await expect(page.getByText('Personen er slettet: navn og adresse er væk.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(person.name);
    await page.getByRole('link', { name: 'Tilbage til personerne' }).click();
    await expect(page.getByRole('link', { name: person.name })).toHaveCount(0);
  });

  test('a school’s closed days are added and removed', async ({ page }) => {
    await asAdmin(page);
    await openAdmin(page, 'Skoler');
    await page.getByRole('link', { name: 'Bakkeskolen', exact: true }).click();
    const closed = page.getByRole('form', { name: 'Tilføj en lukkeperiode' });
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Skolernes motionsdag' }),
    ).toHaveCount(0);
    await closed.getByRole('textbox', { name: /Hvad det er/ }).fill('Skolernes motionsdag');
    await closed
      .getByRole('group', { name: 'Første lukkedag' })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('09042027');
    await closed
      .getByRole('group', { name: 'Sidste lukkedag' })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('09042027');
    await closed.getByRole('button', { name: 'Tilføj lukkeperioden' }).click();
    const listed = page.getByRole('listitem').filter({ hasText: 'Skolernes motionsdag' });
    await expect(listed).toContainText(
      new Intl.DateTimeFormat('da', { dateStyle: 'medium' }).format(new Date(2027, 3, 9)),
    );

    await listed.getByRole('button', { name: 'Fjern lukkeperioden Skolernes motionsdag' }).click();
    await expect(listed).toHaveCount(0);
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
