import { readFile } from 'node:fs/promises';
import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import { checkScreenEverywhere } from './support/screens';
import { adoptionOf } from './support/visits';

test.describe('hours', () => {
  test('the contact person logs hours and sees the term against the budget; a broken rule is refused in words', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.otherContact.email);
    const adoptionId = (await adoptionOf(page, '2.A')).id;
    await page.goto(`/adoptions/${adoptionId}/hours`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Timer: 2.A, JydskeVestkysten',
    );
    const autumn = page.getByRole('meter', { name: /Efterår 2026\/27/ });
    // The demo's first meeting, 1.5 hours in August, and the preparation meeting held on
    // 11 November, its hour logged by itself.
    await expect(autumn).toHaveAttribute('aria-valuetext', /^2,5 af 7,4 timer\. 4,9 timer tilbage/);

    await page.getByLabel('Dag', { exact: true }).fill('2026-11-13');
    await page.getByLabel('Timer', { exact: true }).fill('2,5');
    // react-aria draws the radio over its input: a person clicks the label.
    await page
      .getByRole('radiogroup', { name: 'Hvad du lavede' })
      .getByText('Møde', { exact: true })
      .click();
    await expect(page.getByRole('radio', { name: 'Møde' })).toBeChecked();
    await page.getByLabel('Note (valgfri)').fill('Møde med klasselæreren');
    await page.getByRole('button', { name: 'Registrér timerne' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Timerne er registreret.' }),
    ).toBeVisible();
    await expect(autumn).toHaveAttribute('aria-valuetext', /^5 af 7,4 timer\. 2,4 timer tilbage/);
    await expect(page.getByText('5 af 7,4 timer')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Møde med klasselæreren' });
    await expect(row).toContainText('2,5');

    // A day that has not come.
    await page.getByLabel('Dag', { exact: true }).fill('2026-11-20');
    await page.getByLabel('Timer', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Registrér timerne' }).click();
    await expect(page.getByRole('alert')).toHaveText('Timer registreres for dage, der er kommet.');
    // More than 24 hours on one day, with the 2.5 already there.
    await page.getByLabel('Dag', { exact: true }).fill('2026-11-13');
    await page.getByLabel('Timer', { exact: true }).fill('22');
    await page.getByRole('button', { name: 'Registrér timerne' }).click();
    await expect(page.getByRole('alert')).toContainText('En dag har højst 24 timer');
    await expect(autumn).toHaveAttribute('aria-valuetext', /^5 af 7,4 timer/);

    // The person who logged an entry corrects it, then deletes it.
    await row.getByRole('button', { name: /Ret registreringen/ }).click();
    const correction = page.getByRole('form', { name: 'Ret registreringen' });
    await correction.getByLabel('Timer', { exact: true }).fill('3');
    await correction.getByRole('button', { name: 'Gem rettelsen' }).click();
    await expect(autumn).toHaveAttribute('aria-valuetext', /^5,5 af 7,4 timer/);
    await row.getByRole('button', { name: 'Slet' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Slet registreringen' })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Registreringen er slettet.' }),
    ).toBeVisible();
    await expect(autumn).toHaveAttribute('aria-valuetext', /^2,5 af 7,4 timer/);
  });

  test('the teacher reads the hours and cannot log them', async ({ page, at }) => {
    await signIn(page, at, DEMO.otherTeacher.email);
    const adoptionId = (await adoptionOf(page, '2.A')).id;
    await page.goto(`/adoptions/${adoptionId}/hours`);
    await expect(page.getByRole('meter', { name: /Efterår 2026\/27/ })).toBeVisible();
    await expect(page.getByText('Kontaktpersonen registrerer timerne')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Registrér timerne' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Ret registreringen/ })).toHaveCount(0);
  });

  test('the company report for a period shows the numbers, and its CSV arrives', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.contact.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Rapporter' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapporter');
    await page.getByLabel('Første dag').fill('2026-08-01');
    await page.getByLabel('Sidste dag').fill('2026-11-15');
    await page.getByRole('button', { name: 'Vis rapporten' }).click();

    await expect(page).toHaveURL(/\/reports\/companies\/[\w-]+\?from=2026-08-01&to=2026-11-15/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapport: LEGO');
    const adoptions = page.getByRole('table', { name: 'Adoptioner' });
    const row = adoptions.getByRole('row').filter({ hasText: '7.A, Kirkebakkeskolen' });
    await expect(row).toContainText('Jonas Kjær');
    await expect(row).toContainText('1,5 af 7,4 timer');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Hent som CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('company-report-2026-08-01-2026-11-15.csv');
    const csv = await readFile(await file.path(), 'utf8');
    expect(csv).toMatch(
      /^class adoption,7\.A,Kirkebakkeskolen,Jonas Kjær,active,.*,1\.5,7\.4,+\r?$/m,
    );
    // The adoption's agreement, with each criterion's target and what has been reached.
    expect(csv).toMatch(
      /^criterion,contact-hours per term \(2026\/27-autumn\),"7\.A, Kirkebakkeskolen – LEGO",,agreed,.*,2,1\.5,yes\r?$/m,
    );
  });

  test('a teacher registers a class and sees it listed; a taken label is refused in words', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.otherTeacher.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Klasser' }).click();
    const classes = page.getByRole('table', { name: 'Bakkeskolen' });
    await expect(classes.getByRole('rowheader', { name: '2.A' })).toBeVisible();

    await page.getByLabel('Klasse', { exact: true }).fill('3.B');
    await page.getByLabel('Klassetrin i skoleåret').fill('3');
    await page.getByLabel('Elever').fill('22');
    await page.getByRole('button', { name: 'Registrér klassen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Klasse 3.B er registreret.' }),
    ).toBeVisible();
    await expect(classes.getByRole('row').filter({ hasText: '3.B' })).toContainText('3. klasse');

    await page.getByLabel('Klasse', { exact: true }).fill('2.A');
    await page.getByLabel('Klassetrin i skoleåret').fill('2');
    await page.getByLabel('Elever').fill('20');
    await page.getByRole('button', { name: 'Registrér klassen' }).click();
    const taken = 'Skolen har allerede en klasse med det navn i dette skoleår.';
    await expect(page.getByRole('alert')).toHaveText(taken);
    await expect(page.getByLabel('Klasse', { exact: true })).toHaveAccessibleDescription(
      new RegExp(taken.replace('.', '\\.')),
    );
    await expect(classes.getByRole('rowheader', { name: '2.A' })).toHaveCount(1);
  });
});

test.describe('the hours screens', () => {
  test('hours', async ({ page, at }) => {
    await signIn(page, at, DEMO.contact.email);
    const adoptionId = (await adoptionOf(page, '7.A')).id;
    await checkScreenEverywhere(page, 'hours', async () => {
      await page.goto(`/adoptions/${adoptionId}/hours`);
      await expect(page.getByRole('meter').first()).toBeVisible();
    });
  });

  test('reports', async ({ page, at }) => {
    await signIn(page, at, DEMO.contact.email);
    await checkScreenEverywhere(page, 'reports', async () => {
      await page.goto('/reports');
      await expect(page.getByRole('button', { name: /LEGO/ })).toBeVisible();
    });
  });

  test('company report', async ({ page, at }) => {
    await signIn(page, at, DEMO.contact.email);
    await checkScreenEverywhere(page, 'company-report', async () => {
      await page.goto('/reports');
      await page.getByRole('button', { name: /Vis rapporten|Show the report/ }).click();
      await expect(page.getByRole('table').first()).toBeVisible();
    });
  });

  test('programme report', async ({ page, at }) => {
    await signIn(page, at, DEMO.coordinator.email);
    await checkScreenEverywhere(page, 'programme-report', async () => {
      await page.goto('/reports');
      // The demo's programme, not one another test made for the same coordinator.
      await page.getByRole('button', { name: /Forløb|Programme/ }).click();
      await page.getByRole('option', { name: 'Lektiehjælp og fodbold i drengeklubben' }).click();
      await page.getByRole('button', { name: /Vis rapporten|Show the report/ }).click();
      await expect(page.getByRole('table').first()).toBeVisible();
    });
  });

  test('classes', async ({ page, at }) => {
    await signIn(page, at, DEMO.teacher.email);
    await checkScreenEverywhere(page, 'classes', async () => {
      await page.goto('/classes');
      await expect(page.getByRole('table').first()).toBeVisible();
    });
  });
});
