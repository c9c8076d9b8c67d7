import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VISIT_SLOT_RULES } from '../../../../libs/calendar/src/visit-slot';
import { errors, TRANSLATED_CODES } from './errors';

const ROOT = resolve(__dirname, '../../../..');

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(int-)?spec\.ts$/.test(name) ? [path] : [];
  });
}

/** The codes the API's code can answer with, read from where errors are made. */
function codesInSource(): Set<string> {
  const codes = new Set<string>(VISIT_SLOT_RULES);
  const patterns = [
    /new\s+\w*Error\(\s*'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)'/g,
    /slotConflict\(\s*'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)'/g,
    /\bcode:\s*'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)'/g,
  ];
  for (const file of ['libs/core/src', 'libs/calendar/src', 'apps/api/src'].flatMap((dir) =>
    sources(join(ROOT, dir)),
  )) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const [, code] of text.matchAll(pattern)) codes.add(code);
    for (const [, what] of text.matchAll(/new\s+NotFoundError\(\s*'([a-z-]+)'\s*\)/g)) {
      codes.add(`${what}.not-found`);
    }
  }
  return codes;
}

describe("the web app's error texts", () => {
  it('translate every code the API answers with', () => {
    const missing = [...codesInSource()].filter((code) => !TRANSLATED_CODES.has(code));
    expect(missing).toEqual([]);
  });

  it('say each in Danish and in English, differently where the languages differ', () => {
    for (const code of TRANSLATED_CODES) {
      expect(errors.da[code]?.trim()).toBeTruthy();
      expect(errors.en[code]?.trim()).toBeTruthy();
    }
    expect(errors.da['visit.weekday']).toBe('Besøg ligger på hverdage.');
  });
});
