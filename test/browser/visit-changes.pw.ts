import type { Page } from '@playwright/test';
import type { ReceivedMail } from '../../libs/testing/src/smtp-sink';
import type { BrowserStack } from './support/browser-stack';
import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import { checkScreenEverywhere } from './support/screens';
import { adoptionOf, type FoundVisit, typeDate, visitOf } from './support/visits';

// What happens to a visit after it is proposed: declined, answered with other times, moved,
// cancelled, its colleagues changed, and marked as held. Each journey takes a visit of the demo
// that no other test file touches: 2.A's spring request and held autumn preparation (Marianne
// Holm and Hanne Vestergaard), 7.A's spring request, autumn preparation and autumn class visit
// (Søren Dahl, Jonas Kjær and his colleague Line Bech).
/** The first mail to `email` since `since` that passes `test`. */
function mailTo(
  at: BrowserStack,
  email: string,
  since: number,
  test: (mail: ReceivedMail) => boolean,
): Promise<ReceivedMail> {
  return at.sink.waitFor(
    (mail) => at.sink.received.indexOf(mail) >= since && mail.to.includes(email) && test(mail),
  );
}

/**
 * Leaves the page without a session before the next person signs in in it. The session is put
 * aside, not ended: a person gets five sign-in links an hour, and other tests sign in as them.
 */
async function putAside(page: Page): Promise<void> {
  await page.context().clearCookies();
}

async function openVisit(page: Page, id: string): Promise<void> {
  await page.goto(`/visits/${id}`);
  await expect(page.getByRole('heading', { name: 'Om besøget' })).toBeVisible();
}

/** Signs in as `email` and opens the one visit of the class's adoption that `match` finds. */
async function openDemoVisit(
  page: Page,
  at: BrowserStack,
  email: string,
  classLabel: string,
  match: Parameters<typeof visitOf>[2],
): Promise<FoundVisit> {
  await signIn(page, at, email);
  const visit = await visitOf(page, (await adoptionOf(page, classLabel)).id, match);
  await openVisit(page, visit.id);
  return visit;
}

const done = (page: Page, text: string) =>
  expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
const status = (page: Page, text: string) =>
  expect(page.locator('.facts .status')).toHaveText(text);

test.describe('a visit after it is proposed', () => {
  test('the contact person declines with a reason; the teacher reads it on the screen and in the mail', async ({
    page,
    at,
  }) => {
    const visit = await openDemoVisit(page, at, DEMO.otherContact.email, '2.A', {
      kind: 'class-visit',
      status: 'requested',
      term: '2026/27-spring',
    });
    const since = at.sink.received.length;
    await page.getByRole('button', { name: 'Afslå' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afslå forslaget?' });
    // Without a reason the dialog does not decline; with Escape it changes nothing.
    await expect(dialog.getByRole('button', { name: 'Afslå' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await status(page, 'Venter på svar');

    await page.getByRole('button', { name: 'Afslå' }).click();
    const reason = 'Redaktionen flytter i april; foreslå gerne en dag i maj.';
    await dialog.getByRole('textbox', { name: 'Begrundelse' }).fill(reason);
    await dialog.getByRole('button', { name: 'Afslå' }).click();
    await done(page, 'Forslaget er afslået.');
    await status(page, 'Afslået');
    await expect(page.getByText(reason)).toBeVisible();
    // Nothing is left to do with a declined proposal.
    await expect(page.getByRole('heading', { name: 'Det kan du gøre' })).toHaveCount(0);

    const mail = await mailTo(at, DEMO.otherTeacher.email, since, (m) => m.text.includes(reason));
    expect(mail.subject).toMatch(/^Afslået: /);
    expect(mail.text).toContain(`${at.baseUrl}/visits/${visit.id}`);
    await putAside(page);

    await signIn(page, at, DEMO.otherTeacher.email);
    await openVisit(page, visit.id);
    await status(page, 'Afslået');
    await expect(page.getByText(reason)).toBeVisible();
    await expect(page.getByRole('list').getByText('Hanne Vestergaard afslog')).toBeVisible();
  });

  test('the teacher answers the company’s times with other times, and the contact person is asked', async ({
    page,
    at,
  }) => {
    await openDemoVisit(page, at, DEMO.teacher.email, '7.A', {
      kind: 'class-visit',
      status: 'requested',
      term: '2026/27-spring',
    });
    const since = at.sink.received.length;
    await expect(page.getByText('Vælg et af tidspunkterne, afslå, eller foreslå')).toBeVisible();
    await page.getByRole('button', { name: 'Foreslå andre tidspunkter' }).click();
    const form = page.getByRole('form', { name: 'Foreslå andre tidspunkter' });
    // A Saturday is refused beside the field before anything is sent.
    const slot = form.getByRole('group', { name: 'Tidspunkt 1' });
    await typeDate(page, slot, '20032027');
    await expect(slot.getByRole('status')).toHaveText('Besøg ligger på hverdage.');
    await typeDate(page, slot, '17032027');
    await expect(slot.getByRole('status')).toHaveText('');
    await form.getByRole('button', { name: 'Send de nye tidspunkter' }).click();

    await done(page, 'De nye tidspunkter er sendt.');
    await status(page, 'Venter på svar');
    await expect(page.getByText('Venter på, at virksomheden svarer.')).toBeVisible();
    await expect(page.getByText('onsdag den 17. marts 2027, 09.00–12.00')).toBeVisible();
    await expect(page.getByText('onsdag den 3. marts 2027, 09.00–12.00')).toHaveCount(0);

    const request = await mailTo(at, DEMO.contact.email, since, (m) =>
      m.text.includes('/visit-answers?token='),
    );
    expect(request.text).toContain('onsdag 17. marts kl. 9.00–12.00');
    expect(request.text).not.toContain(' 3. marts');
    await putAside(page);

    await signIn(page, at, DEMO.contact.email);
    await page.goto('/visits');
    await expect(
      page
        .getByRole('region', { name: 'Venter på dit svar' })
        .getByRole('link', { name: 'Klassebesøg · 7.A og LEGO' }),
    ).toBeVisible();
  });

  test('a confirmed meeting is moved, the old time leaves the calendars, and the other side cancels it', async ({
    page,
    at,
  }) => {
    const visit = await openDemoVisit(page, at, DEMO.teacher.email, '7.A', {
      kind: 'preparation',
      status: 'confirmed',
      term: '2026/27-autumn',
    });
    let since = at.sink.received.length;
    await status(page, 'Bekræftet');
    await page.getByRole('button', { name: 'Foreslå andre tidspunkter' }).click();
    const form = page.getByRole('form', { name: 'Foreslå andre tidspunkter' });
    await typeDate(page, form.getByRole('group', { name: 'Tidspunkt 1' }), '03122026');
    await form.getByRole('button', { name: 'Send de nye tidspunkter' }).click();
    await done(page, 'De nye tidspunkter er sendt.');
    await status(page, 'Venter på svar');
    await expect(page.getByText('torsdag den 3. december 2026, 14.00–15.00')).toBeVisible();

    // The contact person is asked, and the agreed time is taken off their calendar at once.
    const request = await mailTo(at, DEMO.contact.email, since, (m) =>
      m.text.includes('/visit-answers?token='),
    );
    expect(request.raw).toMatch(/METHOD:CANCEL/);
    expect(request.text).toContain('torsdag 3. december kl. 14.00–15.00');
    await putAside(page);

    await signIn(page, at, DEMO.contact.email);
    since = at.sink.received.length;
    await openVisit(page, visit.id);
    await page.getByRole('button', { name: 'Aflys besøget' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aflys besøget?' });
    const reason = 'Vi når det ikke før jul; vi tager mødet i januar.';
    await dialog.getByRole('textbox', { name: 'Begrundelse' }).fill(reason);
    await dialog.getByRole('button', { name: 'Aflys besøget' }).click();
    await done(page, 'Besøget er aflyst.');
    await status(page, 'Aflyst');
    await expect(page.getByText(reason)).toBeVisible();

    const cancelled = await mailTo(at, DEMO.teacher.email, since, (m) => m.text.includes(reason));
    expect(cancelled.subject).toMatch(/^Aflyst: /);
    expect(cancelled.text).toContain(`${at.baseUrl}/visits/${visit.id}`);
  });

  test('the contact person changes the colleagues taking part, and each is told', async ({
    page,
    at,
  }) => {
    const visit = await openDemoVisit(page, at, DEMO.contact.email, '7.A', {
      kind: 'class-visit',
      status: 'confirmed',
      term: '2026/27-autumn',
    });
    const hosts = page.getByRole('definition').filter({ hasText: DEMO.otherVolunteer.name });
    let since = at.sink.received.length;
    await expect(hosts).toBeVisible();

    // Line Bech no longer comes: she is told, and the visit leaves her calendar.
    await page.getByRole('button', { name: 'Skift kolleger, der deltager' }).click();
    const form = page.getByRole('form', { name: 'Skift kolleger, der deltager' });
    const line = form.getByRole('checkbox', { name: DEMO.otherVolunteer.name });
    await expect(line).toBeChecked();
    // react-aria draws its own box over the native checkbox: a person clicks the name.
    await form.getByText(DEMO.otherVolunteer.name).click();
    await expect(line).not.toBeChecked();
    await form.getByRole('button', { name: 'Gem kollegerne' }).click();
    await done(page, 'Kollegerne er gemt.');
    await expect(hosts).toHaveCount(0);
    await expect(page.getByText('Ingen ud over lærerne og kontaktpersonen.')).toBeVisible();
    const removed = await mailTo(at, DEMO.otherVolunteer.email, since, (m) =>
      /METHOD:CANCEL/.test(m.raw),
    );
    // She may no longer open the visit, so the mail does not link to it.
    expect(removed.text).toContain('Besøget bliver til noget, men uden dig.');
    expect(removed.text).not.toContain(`/visits/${visit.id}`);

    // And then she comes after all: invited again.
    since = at.sink.received.length;
    await page.getByRole('button', { name: 'Skift kolleger, der deltager' }).click();
    await form.getByText(DEMO.otherVolunteer.name).click();
    await expect(line).toBeChecked();
    await form.getByRole('button', { name: 'Gem kollegerne' }).click();
    await done(page, 'Kollegerne er gemt.');
    await expect(hosts).toBeVisible();
    const invited = await mailTo(at, DEMO.otherVolunteer.email, since, (m) =>
      /METHOD:REQUEST/.test(m.raw),
    );
    expect(invited.raw).toMatch(/DTSTART[^\r\n]*20261209/);
  });

  test('the teacher records how many pupils came to a held meeting; more than the class has is refused in words', async ({
    page,
    at,
  }) => {
    // Held on 11 November, and marked so by the worker's sweep: waiting for its report.
    await openDemoVisit(page, at, DEMO.otherTeacher.email, '2.A', {
      kind: 'preparation',
      status: 'completed',
      term: '2026/27-autumn',
    });
    await status(page, 'Gennemført');
    await expect(page.getByText('onsdag den 11. november 2026, 15.00–16.00')).toBeVisible();
    await page.getByRole('button', { name: 'Notér, hvor mange elever der deltog' }).click();
    const form = page.getByRole('form', { name: 'Besøget blev gennemført' });
    const pupils = form.getByRole('textbox', { name: 'Elever, der deltog' });
    // The class's own number is offered; 2.A has 20 pupils, so 21 is refused before sending.
    await expect(pupils).toHaveValue('20');
    await pupils.fill('21');
    await expect(form.getByText('Klassen har 20 elever.')).toBeVisible();
    await expect(form.getByRole('button', { name: 'Gem' })).toBeDisabled();

    await pupils.fill('19');
    await form
      .getByRole('textbox', { name: 'Noter (valgfrit)' })
      .fill('Vi aftalte besøget på redaktionen.');
    await form.getByRole('button', { name: 'Gem' }).click();
    await done(page, 'Det er noteret.');
    await status(page, 'Gennemført');
    const facts = page.locator('.facts');
    await expect(facts.getByRole('definition').filter({ hasText: /^19$/ })).toBeVisible();
    await expect(facts).toContainText('Vi aftalte besøget på redaktionen.');
    await expect(
      page.getByRole('list').getByText('Marianne Holm noterede, hvor mange elever der deltog'),
    ).toBeVisible();

    // A report given can be corrected; the form starts from it.
    await page.getByRole('button', { name: 'Ret antallet af elever og noterne' }).click();
    await expect(pupils).toHaveValue('19');
    await pupils.fill('18');
    await form.getByRole('button', { name: 'Gem' }).click();
    await done(page, 'Det er noteret.');
    await expect(facts.getByRole('definition').filter({ hasText: /^18$/ })).toBeVisible();
    await expect(facts).toContainText('Vi aftalte besøget på redaktionen.');

    // The held visit, its report and its form, in both languages on a phone and a desktop.
    const held = page.url();
    await checkScreenEverywhere(page, 'visit-held', async () => {
      await page.goto(held);
      await page.getByRole('button', { name: /Ret antallet|Correct the number/ }).click();
    });
  });
});
