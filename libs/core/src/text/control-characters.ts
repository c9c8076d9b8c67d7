// What text people type may hold. Names and other text end up in iCalendar files, mail headers
// and CSV, where a line break or a NUL is not text but structure: a name that carries CR LF
// writes a line of its own. Control characters are Unicode's category Cc: C0 (NUL to US), DEL
// and C1.

/** Any control character, or a Unicode line or paragraph separator. */
const NOT_SINGLE_LINE = /[\p{Cc}\u2028\u2029]/u;

/** A control character other than LF, CR LF (as a browser sends a textarea) and tab. */
const NOT_MULTI_LINE = /\r(?!\n)|(?![\t\n\r])\p{Cc}/u;

/** One line: no control characters at all, tab and line breaks included. */
export function isSingleLineText(text: string): boolean {
  return !NOT_SINGLE_LINE.test(text);
}

/** Lines of text: line breaks (LF or CR LF) and tabs, and no other control character. */
export function isMultiLineText(text: string): boolean {
  return !NOT_MULTI_LINE.test(text);
}

/**
 * For text stored before the rules above held, where it is written into a one-line place (a
 * header, a calendar property): line breaks and tabs become spaces, other controls go.
 */
export function toSingleLine(text: string): string {
  return text.replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' ').replace(/\p{Cc}/gu, '');
}

/** The same for text that may span lines: line breaks become LF, tabs stay, other controls go. */
export function toMultiLine(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');
}
