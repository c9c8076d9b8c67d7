import { defineConfig, devices } from '@playwright/test';

// Browser tests: Debian's Chromium (never a downloaded browser) against the built product,
// started per worker by test/browser/support/fixtures.ts. `npm run build` first; `npm test`
// does both.
export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.pw.ts',
  outputDir: 'var/playwright',
  // One worker: the machine has two cores, and each worker runs an API, a worker and a browser.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./test/browser/support/summary-reporter.ts']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // A closed network: nothing of Chromium's own may try to reach out.
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    },
  },
});
