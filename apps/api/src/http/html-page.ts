import { escapeHtml } from '@app/messaging/templates/html';

/** What a server-rendered page says, in Danish (the product's language) and in English. */
export interface Bilingual {
  da: string;
  en: string;
}

/** Danish, then English, with the English marked as such for screen readers and translators. */
export function bilingual(text: Bilingual): string {
  return `${escapeHtml(text.da)} · <span lang="en">${escapeHtml(text.en)}</span>`;
}

/** Text that exists in English only, such as a domain error's message. */
export function englishParagraph(text: string): string {
  return `<p lang="en">${escapeHtml(text)}</p>`;
}

export function submitButton(label: Bilingual): string {
  return `<p><button type="submit" class="button primary">${bilingual(label)}</button></p>`;
}

/**
 * The frame of every page the server renders itself (sign-in, visit answers, the web app not
 * built): the web app's stylesheet, no inline script or style, so helmet's strict
 * Content-Security-Policy holds. `body` is HTML the caller escaped.
 */
export function htmlPage(title: Bilingual, body: string): string {
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title.da} · ${title.en}`)}</title>
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<main class="page">
<h1>${bilingual(title)}</h1>
${body}
</main>
</body></html>`;
}
