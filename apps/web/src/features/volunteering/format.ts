/** Dates and times of shifts, in the programme's zone and the reader's language. */

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "16:00–18:00", with the zone's name when it is not the browser's own. */
export function timeRange(language: string, start: string, end: string, timeZone: string): string {
  const showZone = timeZone !== browserZone();
  const time = (instant: string, withZone: boolean) =>
    new Intl.DateTimeFormat(language, {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      ...(withZone ? { timeZoneName: 'short' } : {}),
    }).format(new Date(instant));
  return `${time(start, false)}–${time(end, showZone)}`;
}

/** A local date (YYYY-MM-DD) as words: "onsdag 18. november". */
export function dayName(language: string, isoDate: string, withYear = false): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "18. nov. 2026" for an instant, where the reader is. */
export function shortDate(language: string, instant: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(instant));
}

/** A month as "november 2026" from "2026-11". */
export function monthName(language: string, month: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${month}-15T12:00:00Z`));
}

export function number(language: string, value: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** A wall-clock time "16:00" of a schedule, as the reader's language writes it. */
export function wallClock(language: string, time: string): string {
  const [hour, minute] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(Date.UTC(2024, 0, 1, hour, minute)));
}
