import { VisitSummary } from './adoption-params';
import { escapeHtml } from './html';
import { isTemplateName, renderTemplate, TemplateName, TemplateParams } from './index';
import { RenderedMail } from './template';
import { ShiftSummary } from './volunteering-params';

/** Who every example mail goes to. */
export const recipient = { name: 'Mette Holm', email: 'mette@example.test' };

/** The text and the HTML part of a mail, to check both alike. */
export function both(mail: RenderedMail): string[] {
  return [mail.text, mail.html];
}

/** Writes a piece of user text, with `tag(field)` appended to mark which field it came from. */
export type UserText = (field: string, value: string) => string;

export function userText(tag: (field: string) => string = () => ''): UserText {
  return (field, value) => `${value}${tag(field)}`;
}

/** 7.A of Kirkebakkeskolen visiting LEGO in Billund, on the Copenhagen wall clock. */
export function exampleVisit(text: UserText): VisitSummary {
  return {
    visitId: 'visit-1',
    kind: 'class-visit',
    className: text('className', '7.A'),
    schoolName: text('schoolName', 'Kirkebakkeskolen'),
    companyName: text('companyName', 'LEGO'),
    location: text('location', 'LEGO House, Ole Kirks Plads 1, Billund'),
    agenda: text('agenda', 'Rundvisning og byggeværksted'),
    timezone: 'Europe/Copenhagen',
    link: text('link', 'https://scheduler.example.test/api/v1/visits/visit-1'),
  };
}

/** A shift of the boys' club in Vejle Øst, at the given times. */
export function exampleShift(text: UserText, times: { start: string; end: string }): ShiftSummary {
  return {
    shiftId: 'shift-1',
    programmeTitle: text('programmeTitle', 'Lektiehjælp og fodbold i drengeklubben'),
    partnerName: text('partnerName', 'Dansk Flygtningehjælp'),
    location: text('location', 'Klubhuset, Vejle Øst'),
    timezone: 'Europe/Copenhagen',
    ...times,
    link: text('link', 'https://scheduler.example.test/api/v1/shifts/shift-1'),
  };
}

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
