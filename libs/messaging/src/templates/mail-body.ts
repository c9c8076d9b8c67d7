import { button, escapeHtml, layout } from './html';
import { MailLocale, RenderedMail } from './template';

/**
 * One piece of a mail's body. Templates describe the body once as blocks, and both the text and
 * the HTML part are drawn from them, so the two always carry the same information.
 */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[]; numbered: boolean }
  | { type: 'details'; rows: [label: string, value: string][] }
  | { type: 'action'; label: string; href: string };

export const paragraph = (text: string): Block => ({ type: 'paragraph', text });

export const list = (items: string[], numbered = false): Block => ({
  type: 'list',
  items,
  numbered,
});

export const details = (rows: [label: string, value: string][]): Block => ({
  type: 'details',
  rows,
});

export const action = (label: string, href: string): Block => ({ type: 'action', label, href });

export function composeMail(
  locale: MailLocale,
  subject: string,
  recipientName: string,
  blocks: Block[],
): RenderedMail {
  // A header is one line: a name typed with a line break must not break the subject.
  const oneLineSubject = subject.replace(/\s+/g, ' ').trim();
  const greeting = `${locale === 'da' ? 'Hej' : 'Hello'} ${recipientName}`.trim();
  return {
    subject: oneLineSubject,
    text: [greeting, ...blocks.map(blockText)].join('\n\n') + '\n',
    html: layout(
      locale,
      oneLineSubject,
      [`<p>${escapeHtml(greeting)}</p>`, ...blocks.map(blockHtml)].join('\n'),
    ),
  };
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items
        .map((item, index) => `${block.numbered ? `${index + 1}.` : '-'} ${item}`)
        .join('\n');
    case 'details':
      // Continuation lines of a multi-line value are indented under their label.
      return block.rows
        .map(([label, value]) => `${label}: ${value.replace(/\n/g, '\n  ')}`)
        .join('\n');
    case 'action':
      return `${block.label}:\n${block.href}`;
  }
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${multiline(block.text)}</p>`;
    case 'list': {
      const tag = block.numbered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li>${multiline(item)}</li>`).join('');
      return `<${tag}>${items}</${tag}>`;
    }
    case 'details': {
      const rows = block.rows
        .map(
          ([label, value]) =>
            `<tr><th style="text-align: left; vertical-align: top; padding-right: 1em;">${escapeHtml(label)}</th><td>${multiline(value)}</td></tr>`,
        )
        .join('\n');
      return `<table style="border-collapse: collapse;">\n${rows}\n</table>`;
    }
    case 'action':
      return button(block.href, block.label);
  }
}

function multiline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
