import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';
import { checkScreenEverywhere } from './support/screens';

const COMPUTERS = 'Brugte computere til boligområdets projekter';

test.describe('donations', () => {
  test('the company answers a request, registers a delivery, and the year moves towards its target', async ({
    page,
    at,
  }) => {
    await signIn(page, at, DEMO.donor.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Donationer' }).click();
    await page.getByRole('link', { name: new RegExp(COMPUTERS) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMPUTERS);
    // The year before, as recorded; this year, 40 delivered to the net café against 200.
    await expect(page.getByRole('meter', { name: '2025' })).toHaveAttribute(
      'aria-valuetext',
      /^153 leveret, intet mål\. 7 projekter nået/,
    );
    const thisYear = page.getByRole('meter', { name: '2026' });
    await expect(thisYear).toHaveAttribute(
      'aria-valuetext',
      /^40 af 200 leveret\. 1 projekt nået\. Bagud/,
    );

    // The net café's waiting request for 10: approve 8.
    const requests = page.getByRole('region', { name: 'Ønsker' });
    await requests
      .getByRole('link', { name: 'Åbn ønsket fra Netcaféen i Nørremarken om 10' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '10 × computer til Netcaféen i Nørremarken',
    );
    const approve = page.getByRole('form', { name: 'Godkend' });
    await approve.getByLabel('Enheder at godkende').fill('12');
    await approve.getByRole('button', { name: 'Godkend' }).click();
    // More than was asked for is refused in words, and nothing changes.
    await expect(page.getByRole('alert')).toHaveText(
      'Godkend højst så mange enheder, som der blev bedt om.',
    );
    await approve.getByLabel('Enheder at godkende').fill('8');
    await approve.getByRole('button', { name: 'Godkend' }).click();
    await expect(page.getByText('Godkendt', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('form', { name: 'Markér som klargjort' })).toBeVisible();

    // The homework club's 20, prepared: delivered today.
    await page.getByRole('link', { name: '← Tilbage til programmet' }).click();
    await requests
      .getByRole('link', { name: 'Åbn ønsket fra Lektiecaféen Vejle Øst om 25' })
      .click();
    const deliver = page.getByRole('form', { name: 'Registrér leveringen' });
    await expect(deliver.getByLabel('Leverede enheder')).toHaveValue('20');
    await deliver.getByRole('button', { name: 'Registrér leveringen' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: /^Leveret/ })).toContainText(
      '20 enheder',
    );
    await page.getByRole('link', { name: '← Tilbage til programmet' }).click();
    await expect(thisYear).toHaveAttribute(
      'aria-valuetext',
      /^60 af 200 leveret\. 2 projekter nået/,
    );
  });

  test('a project asks for units and sees its own requests only', async ({ page, at }) => {
    await signIn(page, at, DEMO.netCafe.email);
    await page.goto('/donations');
    await page.getByRole('link', { name: new RegExp(COMPUTERS) }).click();
    const form = page.getByRole('form', { name: 'Bed om enheder' });
    await form.getByLabel('Enheder').fill('5');
    await form.getByLabel('Hvad de skal bruges til').fill('Til sprogcaféen');
    await form.getByRole('button', { name: 'Send ønsket' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ønsket er sendt' })).toBeVisible();
    const requests = page.getByRole('region', { name: 'Ønsker' });
    await expect(requests.getByRole('row').filter({ hasText: 'Venter på svar' })).not.toHaveCount(
      0,
    );
    // The homework club's request is theirs, not the net café's to see.
    await expect(requests.getByText('Lektiecaféen Vejle Øst')).toHaveCount(0);
    const programmeUrl = page.url();
    await checkScreenEverywhere(page, 'donations-programme-project', () =>
      page.goto(programmeUrl).then(),
    );
  });

  test('the screens, in both languages, on a phone and a desktop', async ({ page, at }) => {
    await signIn(page, at, DEMO.donor.email);
    await checkScreenEverywhere(page, 'donations-list', () => page.goto('/donations').then());
    await page.goto('/donations');
    await page.getByRole('link', { name: new RegExp(COMPUTERS) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMPUTERS);
    const programmeUrl = page.url();
    await checkScreenEverywhere(page, 'donations-programme', () => page.goto(programmeUrl).then());
    await page.goto(programmeUrl);
    // A request the company still has to act on, with its forms.
    await page
      .getByRole('region', { name: /Ønsker|Requests/ })
      .getByRole('link', { name: /(om|for) (5|10)$/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('×');
    const allocationUrl = page.url();

    await checkScreenEverywhere(page, 'donations-allocation', () =>
      page.goto(allocationUrl).then(),
    );
  });
});
