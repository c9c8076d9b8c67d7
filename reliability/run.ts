// npm run test:reliability [-- --full] [-- only-these-scenarios]: the product's promises under
// faults. Each scenario runs the built API and worker as their own processes on a PostgreSQL, a
// Redis and an SMTP server of its own, injects its fault while messages are in flight, and ends
// with a verdict and its figures. Prints a table, writes a whole run's to
// reliability/results/<date>-<size>.json, and exits non-zero when a promise did not hold.
// RELIABILITY.md says what each one proves.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { SCENARIOS, Size, Verdict } from './scenarios';
import { System } from './system';

const full = process.argv.includes('--full');
const size: Size = full
  ? { name: 'full', crowd: 1000, outageMs: 180_000, loadMs: 60_000 }
  : { name: 'ci', crowd: 500, outageMs: 20_000, loadMs: 20_000 };
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

// Whatever way the run ends, nothing it started is left running.
process.on('exit', () => System.killAllNow());
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

async function main(): Promise<void> {
  const started = Date.now();
  const verdicts: (Verdict & { scenario: string; seconds: number })[] = [];
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    process.stderr.write(`\n==> ${name}\n`);
    const t0 = Date.now();
    let verdict: Verdict;
    try {
      verdict = await scenario(size);
    } catch (error) {
      verdict = {
        held: false,
        promise: 'the scenario ran to its end',
        figures: { error: error instanceof Error ? error.message : String(error) },
      };
    }
    const seconds = Math.round((Date.now() - t0) / 1000);
    verdicts.push({ scenario: name, seconds, ...verdict });
    process.stderr.write(
      `${verdict.held ? 'HELD' : 'BROKEN'}: ${verdict.promise}\n${JSON.stringify(verdict.figures)}\n`,
    );
  }
  const result = {
    date: new Date().toISOString(),
    size,
    machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30) },
    seconds: Math.round((Date.now() - started) / 1000),
    verdicts,
  };
  // A whole run is kept; a run of some scenarios only is printed.
  if (only.length === 0) {
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${result.date.slice(0, 10)}-${size.name}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  }
  process.stdout.write('\n| scenario | verdict | seconds | figures |\n| --- | --- | --- | --- |\n');
  for (const verdict of verdicts) {
    const figures = Object.entries(verdict.figures)
      .map(([key, value]) => `${key} ${typeof value === 'number' ? value : JSON.stringify(value)}`)
      .join(', ');
    process.stdout.write(
      `| ${verdict.scenario} | ${verdict.held ? 'held' : '**broken**'} | ${verdict.seconds} | ${figures} |\n`,
    );
  }
  const broken = verdicts.filter((verdict) => !verdict.held).length;
  process.stdout.write(
    `\n${verdicts.length - broken} held, ${broken} broken (${size.name} size, ${result.seconds} s)\n`,
  );
  process.exit(broken > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
