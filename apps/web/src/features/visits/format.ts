import type { Term, Visit, VisitStatus } from './types';

/** The zone the browser shows times in, to say so when a place's zone differs from it. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A visit's time or a slot, on the place's wall clock: "onsdag 13. januar 2027, 14.00–15.00". */
export function formatSpan(language: string, timeZone: string, start: string, end: string): string {
  const day = new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day.format(new Date(start))}, ${time.format(new Date(start))}–${time.format(new Date(end))}`;
}

/** An instant with date and time in the place's zone, for a visit's history. */
export function formatInstant(language: string, timeZone: string, at: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}

/** A calendar date `YYYY-MM-DD` as the language writes it. */
export function formatDate(language: string, date: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function formatHours(language: string, hours: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(hours);
}

/** The visit's agreed time, or while none is agreed its first offered slot. */
export function visitStart(visit: Visit): string | null {
  return visit.start ?? visit.slots[0]?.start ?? null;
}

export function visitEnd(visit: Visit): string | null {
  return visit.end ?? visit.slots.at(-1)?.end ?? null;
}

/** How a state looks: agreed or held is good news, a request waits, the rest is off. */
export function statusLook(status: VisitStatus): 'ok' | 'warn' | 'danger' {
  if (status === 'confirmed' || status === 'completed') return 'ok';
  if (status === 'requested') return 'warn';
  return 'danger';
}

/** States that count against "one of each kind per term". */
export const LIVE_STATUSES: VisitStatus[] = ['requested', 'confirmed', 'completed'];

/** What a term still lacks: no class visit, no preparation meeting. */
export function missingIn(term: Pick<Term, 'visits'>): ('class-visit' | 'preparation')[] {
  const live = term.visits.filter((visit) => LIVE_STATUSES.includes(visit.status));
  return (['preparation', 'class-visit'] as const).filter(
    (kind) => !live.some((visit) => visit.kind === kind),
  );
}

/** The year a term is named by: autumn 2026, spring 2027. */
export function termYear(term: { startsOn: string }): string {
  return term.startsOn.slice(0, 4);
}
