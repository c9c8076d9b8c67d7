import type { Period } from './queries';
import { schoolYearOf, todayIn } from './format';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period a report starts with: this school year so far. */
export function defaultPeriod(now = new Date()): Period {
  const today = todayIn('Europe/Copenhagen', now);
  return { from: `${schoolYearOf(today).slice(0, 4)}-08-01`, to: today };
}

/** A report route's `?from&to`, each a date or left out (then this school year so far). */
export function periodSearch(search: Record<string, unknown>): Partial<Period> {
  const found: Partial<Period> = {};
  if (typeof search.from === 'string' && DAY.test(search.from)) found.from = search.from;
  if (typeof search.to === 'string' && DAY.test(search.to)) found.to = search.to;
  return found;
}

export function withDefaults(search: Partial<Period>): Period {
  const fallback = defaultPeriod();
  return { from: search.from ?? fallback.from, to: search.to ?? fallback.to };
}
