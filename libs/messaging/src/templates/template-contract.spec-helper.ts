import { escapeHtml } from './html';
import { isTemplateName, renderTemplate, TemplateName, TemplateParams } from './index';

const recipient = { name: 'Mette Holm', email: 'mette@example.test' };

/**
 * What every mail template owes its reader, checked for each of `names`: it is registered, it
 * escapes user text in the HTML and keeps it whole in the text, it carries every piece of user
 * text in both parts, its subject stays on one line, and it is English for `en` and Danish for
 * anything else. `examples(tag)` gives each template's parameters, with `tag(field)` appended to
 * every piece of user text.
 */
export function describeTemplateContract<Name extends TemplateName>(
  names: Name[],
  examples: (tag?: (field: string) => string) => Pick<TemplateParams, Name>,
): void {
  const render = (name: Name, locale: string, params = examples()[name], to = recipient) =>
    renderTemplate<Name>(name, locale, params, to);

  describe.each(names)('%s', (name) => {
    it('is registered by name', () => {
      expect(isTemplateName(name)).toBe(true);
    });

    it('escapes user text in the HTML and keeps it whole in the text', () => {
      const hostile = examples((field) => ` <script>alert("${field}")</script>`)[name];
      const to = { ...recipient, name: '<script>alert("name")</script>' };
      for (const locale of ['da', 'en']) {
        const mail = render(name, locale, hostile, to);
        expect(mail.html).not.toMatch(/<script/i);
        expect(mail.html).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;');
        expect(mail.text).toContain('<script>alert("name")</script>');
        expect(mail.subject).not.toMatch(/\n/);
      }
    });

    it('carries every piece of user text in both the text and the HTML part', () => {
      const params = examples((field) => ` [${field}]`)[name];
      const userText = Object.values(params as object).filter(
        (value): value is string => typeof value === 'string' && /\[\w+\]$/.test(value),
      );
      expect(userText.length).toBeGreaterThanOrEqual(3);
      for (const locale of ['da', 'en']) {
        const mail = render(name, locale, params);
        for (const value of userText) {
          expect(mail.text).toContain(value);
          expect(mail.html).toContain(escapeHtml(value));
        }
      }
    });

    it("writes English for locale 'en' and Danish for anything else", () => {
      const danish = render(name, 'da');
      const english = render(name, 'en');
      expect(english.html).toContain('<html lang="en">');
      expect(english.text).toMatch(/^Hello Mette Holm\n/);
      expect(danish.html).toContain('<html lang="da">');
      expect(danish.text).toMatch(/^Hej Mette Holm\n/);
      expect(english.subject).not.toBe(danish.subject);
      for (const locale of ['', 'de', 'en-GB', 'EN', 'sv']) {
        expect(render(name, locale)).toEqual(danish);
      }
    });
  });
}
