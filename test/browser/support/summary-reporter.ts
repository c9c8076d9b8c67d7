import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Counts the browser tests as the Jest reporter counts its own, and writes the counts where
 * `npm test` reads them (TEST_COUNTS_FILE), or prints the one line "N passed, N failed".
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, boolean>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    const outcome = test.outcome();
    if (outcome === 'skipped') return;
    this.outcomes.set(test.id, outcome === 'expected');
  }

  onEnd(result: FullResult): void {
    const passed = [...this.outcomes.values()].filter(Boolean).length;
    // A run that broke outside any test (set-up, a crash) counts as one failure.
    const broken = result.status !== 'passed' && passed === this.outcomes.size ? 1 : 0;
    const failed = this.outcomes.size - passed + broken;
    const file = process.env.TEST_COUNTS_FILE;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
    else process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
