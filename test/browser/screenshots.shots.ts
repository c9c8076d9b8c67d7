import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO } from './support/demo-people';
import { expect, signIn, test } from './support/fixtures';

const DIRECTORY = resolve(__dirname, '../../docs/screenshots');

/** Each role's main screen, as the README shows it: a desktop in Danish, a phone in English. */
const SCREENS = [
  { file: 'teacher', person: DEMO.teacher, path: '/adoptions' },
  { file: 'contact-person', person: DEMO.contact, path: '/visits' },
  { file: 'volunteer', person: DEMO.volunteer, path: '/shifts' },
  { file: 'coordinator', person: DEMO.coordinator, path: '/programmes' },
  { file: 'admin', person: DEMO.admin, path: '/admin' },
  { file: 'calendar', person: DEMO.otherTeacher, path: '/calendar' },
];

test.beforeAll(() => mkdirSync(DIRECTORY, { recursive: true }));

for (const { file, person, path } of SCREENS) {
  test(`${file}: ${path}`, async ({ page, at }) => {
    await signIn(page, at, person.email);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: resolve(DIRECTORY, `${file}.png`) });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: resolve(DIRECTORY, `${file}-phone.png`), fullPage: true });
  });
}
