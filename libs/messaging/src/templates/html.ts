/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The frame every HTML mail shares: plain, readable, no remote resources. */
export function layout(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 36em; margin: 2em auto;">
${body}
</body>
</html>
`;
}

export function button(href: string, label: string): string {
  return `<p><a href="${escapeHtml(href)}" style="display: inline-block; padding: 0.6em 1.2em; background: #1d4ed8; color: #fff; text-decoration: none; border-radius: 4px;">${escapeHtml(label)}</a></p>`;
}
