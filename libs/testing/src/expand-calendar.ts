import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Debian's Python, which has python3-icalendar (the CI script installs it when missing). */
const PYTHON = process.env.CALENDAR_PYTHON ?? '/usr/bin/python3';

export interface Occurrence {
  uid: string;
  start: string;
  end: string;
}

/**
 * Every occurrence of every event of a calendar, as a second, independent implementation reads
 * it: Python's icalendar with pytz's zone data and dateutil's rules (expand-calendar.py); a
 * series without an end up to `limit`.
 */
export function expandWithPython(ics: string, limit?: Date): Occurrence[] {
  // Whole seconds, as the script reads them; a series that runs on is read up to the limit.
  const until = limit ? [limit.toISOString().replace(/\.\d{3}Z$/, 'Z')] : [];
  const run = spawnSync(PYTHON, [join(__dirname, 'expand-calendar.py'), ...until], {
    input: ics,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`${PYTHON} could not read the calendar: ${run.stderr || run.error?.message}`);
  }
  return JSON.parse(run.stdout) as Occurrence[];
}
