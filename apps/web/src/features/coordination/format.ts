/** Dates and times of programmes and shifts, in the programme's zone and the reader's language. */

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "onsdag 18. november" / "Wednesday, 18 November": a shift's day. */
export function formatDay(instant: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(instant));
}

/** "16.00" / "16:00". */
export function formatTime(instant: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** A shift's day and hours: "onsdag 18. november, 16.00–18.00". */
export function formatShift(
  shift: { start: string; end: string },
  language: string,
  timeZone: string,
): string {
  return `${formatDay(shift.start, language, timeZone)}, ${formatTime(shift.start, language, timeZone)}–${formatTime(shift.end, language, timeZone)}`;
}

/** A local date (YYYY-MM-DD) as the reader writes it, with no zone shift. */
export function formatDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    maximumFractionDigits: 2,
  }).format(value);
}

/** A local wall-clock time "16:00" shown the reader's way ("16.00" in Danish). */
export function formatWallTime(time: string, language: string): string {
  return language === 'en' ? time : time.replace(':', '.');
}
