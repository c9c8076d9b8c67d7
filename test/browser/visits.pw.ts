import type { Locator, Page } from '@playwright/test';
import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import { checkScreenEverywhere } from './support/screens';
import { adoptionOf, signOut, typeDate } from './support/visits';

// The clock stands on Monday 16 November 2026. Each demo adoption's autumn term has its
// preparation meeting and class visit, and its spring term a class-visit request; so the
// journeys below propose spring preparation meetings (in January, before any class visit) or a
// class visit in the autumn of 2027. Søren Dahl and Jonas Kjær (7.A and LEGO) are the first
// journey's; Marianne Holm and Hanne Vestergaard (2.A and JydskeVestkysten) the others'.
/** Presses Tab until the element has the focus: the keyboard's way to reach a control. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

test.describe('visits', () => {
  test('a teacher proposes three times, the contact person confirms one, and the invitation arrives', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.teacher.email);
    await page.getByRole('link', { name: 'Adoptioner' }).first().click();
    await page.getByRole('link', { name: '7.A og LEGO' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('7.A og LEGO');
    await expect(page.getByText('Intet forberedende møde endnu').first()).toBeVisible();
    await page.getByRole('link', { name: 'Foreslå et forberedende møde (Forår 2027)' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreslå et besøg');
    await expect(page.getByRole('radio', { name: 'Forberedende møde' })).toBeChecked();
    await typeDate(page, page.getByRole('group', { name: 'Tidspunkt 1' }), '11012027');
    await page.getByRole('button', { name: 'Tilføj et tidspunkt' }).click();
    await typeDate(page, page.getByRole('group', { name: 'Tidspunkt 2' }), '12012027');
    await page.getByRole('button', { name: 'Tilføj et tidspunkt' }).click();
    await typeDate(page, page.getByRole('group', { name: 'Tidspunkt 3' }), '13012027');
    await page.getByRole('textbox', { name: 'Hvor' }).fill('Kirkebakkeskolen, lærerværelset');
    await page
      .getByRole('textbox', { name: 'Hvad I skal lave' })
      .fill('Vi aftaler programmet for forårets besøg.');
    await page.getByRole('button', { name: 'Send forslaget' }).click();

    await expect(page).toHaveURL(/\/visits\/[\w-]+$/);
    const visitUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forberedende møde · 7.A');
    await expect(page.getByText('Venter på svar', { exact: true })).toBeVisible();
    await expect(page.getByText('Venter på, at virksomheden svarer.')).toBeVisible();
    await signOut(page);

    const mailsBefore = at.sink.received.length;
    await signIn(page, at, DEMO.contact.email);
    await page.getByRole('link', { name: 'Besøg' }).first().click();
    const waiting = page.getByRole('region', { name: 'Venter på dit svar' });
    await waiting.getByRole('link', { name: 'Forberedende møde · 7.A og LEGO' }).click();
    await expect(page).toHaveURL(new RegExp(`${visitUrl}$`));
    await page
      .getByRole('button', { name: 'Bekræft tirsdag den 12. januar 2027, 14.00–15.00' })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Besøget er bekræftet.' }),
    ).toBeVisible();
    await expect(page.getByText('Bekræftet', { exact: true })).toBeVisible();
    await expect(page.getByText('tirsdag den 12. januar 2027, 14.00–15.00')).toBeVisible();

    const invitation = await at.sink.waitFor(
      (mail) =>
        at.sink.received.indexOf(mail) >= mailsBefore &&
        mail.to.includes(DEMO.teacher.email) &&
        /text\/calendar/i.test(mail.raw),
    );
    expect(invitation.raw).toMatch(/METHOD:REQUEST/);
    expect(invitation.raw).toMatch(/DTSTART[^\r\n]*20270112/);
    await signOut(page);

    await signIn(page, at, DEMO.teacher.email);
    await page.goto(visitUrl);
    await expect(page.getByText('Bekræftet', { exact: true })).toBeVisible();
    await expect(page.getByText('tirsdag den 12. januar 2027, 14.00–15.00')).toBeVisible();
  });

  test("a slot confirmed from the mail's link, in a browser with no session", async ({
    page,
    at,
    browser,
  }) => {
    await signIn(page, at, DEMO.otherTeacher.email);
    const adoption = await adoptionOf(page, '2.A');
    const since = at.sink.received.length;
    const visit = await page.evaluate(async (id) => {
      const answer = await fetch(`/api/v1/adoptions/${id}/visits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'class-visit',
          location: 'JydskeVestkystens redaktion, Esbjerg',
          agenda: 'Avisens dag',
          slots: [{ start: '2027-09-08T09:00:00+02:00', end: '2027-09-08T12:00:00+02:00' }],
        }),
      });
      return (await answer.json()) as { id: string };
    }, adoption.id);

    const request = await at.sink.waitFor(
      (mail) =>
        at.sink.received.indexOf(mail) >= since &&
        mail.to.includes(DEMO.otherContact.email) &&
        mail.text.includes('/visit-answers?token='),
    );
    const link = /https?:\/\/\S+\/visit-answers\?token=[\w.-]+/.exec(request.text)![0];

    const fresh = await browser.newContext();
    const stranger = await fresh.newPage();
    await stranger.goto(link);
    await expect(stranger.getByRole('heading', { name: /Bekræft tidspunktet/ })).toBeVisible();
    await stranger.getByRole('button', { name: /Bekræft/ }).click();
    await expect(stranger.getByText('Tak. Besøget er bekræftet.')).toBeVisible();
    await fresh.close();

    await page.goto(`/visits/${visit.id}`);
    await expect(page.getByText('Bekræftet', { exact: true })).toBeVisible();
    await expect(page.getByText('onsdag den 8. september 2027, 09.00–12.00')).toBeVisible();
  });

  test('a visit proposed with the keyboard only', async ({ page, at }) => {
    await signIn(page, at, DEMO.otherTeacher.email);
    const adoption = await adoptionOf(page, '2.A');
    await page.goto(`/adoptions/${adoption.id}/propose?kind=preparation`);
    await expect(page.getByRole('radio', { name: 'Forberedende møde' })).toBeChecked();

    const slot = page.getByRole('group', { name: 'Tidspunkt 1' });
    await tabTo(page, slot.getByRole('spinbutton').first());
    await page.keyboard.type('13012027');
    await tabTo(page, page.getByRole('textbox', { name: 'Hvor' }));
    await page.keyboard.type('Bakkeskolen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vi planlægger forårets besøg på redaktionen.');
    await tabTo(page, page.getByRole('button', { name: 'Send forslaget' }));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/visits\/[\w-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forberedende møde · 2.A');
    await expect(page.getByText('onsdag den 13. januar 2027, 14.00–15.00')).toBeVisible();
  });

  test('a rule broken while typing is told in words before sending', async ({ page, at }) => {
    await signIn(page, at, DEMO.otherTeacher.email);
    const adoption = await adoptionOf(page, '2.A');
    await page.goto(`/adoptions/${adoption.id}/propose?kind=preparation`);
    const slot = page.getByRole('group', { name: 'Tidspunkt 1' });
    // Saturday 16 January 2027.
    await typeDate(page, slot, '16012027');
    await expect(slot.getByRole('status')).toHaveText('Besøg ligger på hverdage.');
    // In the Christmas holiday.
    await slot.getByRole('spinbutton').first().click();
    await page.keyboard.type('23122026');
    await expect(slot.getByRole('status')).toContainText('Skolen holder lukket den dag.');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Forslaget bryder en regel' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/propose/);
  });

  test('every visits screen passes in both languages on a phone and a desktop', async ({
    page,
    at,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, at, DEMO.teacher.email);
    const adoption = await adoptionOf(page, '7.A');
    const visitId = await page.evaluate(async () => {
      const answer = await fetch('/api/v1/visits?status=requested');
      return ((await answer.json()) as { items: { id: string }[] }).items[0].id;
    });
    const screens: [string, string][] = [
      ['adoptions', '/adoptions'],
      ['adoption', `/adoptions/${adoption.id}`],
      ['propose', `/adoptions/${adoption.id}/propose`],
      ['visits', '/visits'],
      ['visit', `/visits/${visitId}`],
    ];
    for (const [name, path] of screens) {
      await checkScreenEverywhere(page, name, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    }
  });
});
