// npm test: every Jest test (unit, integration, end-to-end), then the built product in a real
// browser (Playwright with Debian's Chromium) and the benchmark's smoke run, and one line for
// all: "N passed, N failed".
// Each part runs even when the one before failed, so one run reports everything.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'test-counts-'));
const args = process.argv.slice(2);

function run(title, command, commandArgs, countsFile) {
  process.stdout.write(`\n==> ${title}\n`);
  const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  if (countsFile) env.TEST_COUNTS_FILE = countsFile;
  const { status } = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  if (!countsFile) return { passed: 0, failed: status === 0 ? 0 : 1 };
  try {
    return JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    // The runner stopped before it could count: that is a failure too.
    return { passed: 0, failed: 1 };
  }
}

const parts = [];
const jest = run(
  'Jest: unit, integration and end-to-end tests',
  'npx',
  ['jest', ...args],
  join(scratch, 'jest.json'),
);
parts.push(['jest', jest]);
const build = run('Build (API, worker and web app) for the browser tests', 'npm', [
  'run',
  '--silent',
  'build',
]);
if (build.failed) {
  parts.push(['build', build]);
} else {
  parts.push([
    'browser',
    run(
      'Browser tests (Playwright, Chromium)',
      'npx',
      ['playwright', 'test'],
      join(scratch, 'browser.json'),
    ),
  ]);
  // The benchmark on tiny data, a second a scenario: it checks that every scenario still runs
  // and answers as it should, never how fast (each scenario counts as one test).
  parts.push([
    'bench',
    run(
      'Benchmark smoke run (npm run bench -- --smoke, without its build)',
      'npx',
      ['ts-node', '--transpile-only', '-r', 'tsconfig-paths/register', 'bench/run.ts', '--smoke'],
      join(scratch, 'bench.json'),
    ),
  ]);
}
rmSync(scratch, { recursive: true, force: true });

const passed = parts.reduce((sum, [, counts]) => sum + counts.passed, 0);
const failed = parts.reduce((sum, [, counts]) => sum + counts.failed, 0);
process.stdout.write(
  `\n${parts.map(([name, counts]) => `${name}: ${counts.passed} passed, ${counts.failed} failed`).join('; ')}\n`,
);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
