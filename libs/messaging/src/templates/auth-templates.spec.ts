import { renderTemplate } from './index';
import { secretLinksIn } from './secret-link';
import { both, recipient } from './template-testing.spec-helper';

const loginTokenId = '4f1c7a52-9a8e-4d55-9d5b-2f1a9b0c7e11';

describe('sign-in mail templates', () => {
  const mails = (locale: string) => [
    renderTemplate('auth.login-link', locale, { loginTokenId, validMinutes: 15 }, recipient),
    renderTemplate(
      'auth.invitation',
      locale,
      {
        loginTokenId,
        validMinutes: 15,
        invitedBy: 'Områdesekretariatet',
        role: 'contact',
        organisationName: 'LEGO',
      },
      recipient,
    ),
  ];

  it('put a placeholder where the sign-in link goes, made only as the mail is sent', () => {
    for (const locale of ['da', 'en']) {
      for (const mail of mails(locale)) {
        for (const part of both(mail)) {
          expect(secretLinksIn(part)).toEqual(['sign-in']);
          // The token's row id opens nothing and has no business in the mail.
          expect(part).not.toContain(loginTokenId);
        }
        expect(mail.html).toContain('href="{{secret-link:sign-in}}"');
      }
    }
  });

  it('say how long the link works', () => {
    for (const mail of mails('da')) expect(mail.text).toContain('15 minutter');
    for (const mail of mails('en')) expect(mail.text).toContain('15 minutes');
  });
});
