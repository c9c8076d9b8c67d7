import { button, escapeHtml, layout } from './html';
import { SecretLinkName, secretLink } from './secret-link';
import { MailTemplate } from './template';

export interface LoginLinkParams {
  /** The sign-in token the link spends, by its row: the link is made only as the mail is sent. */
  loginTokenId: string;
  validMinutes: number;
}

const link = secretLink(SecretLinkName.signIn);

export const loginLinkTemplate: MailTemplate<LoginLinkParams> = {
  da: ({ validMinutes }, { name }) => ({
    subject: 'Dit login til Partnerskabskalenderen',
    text: `Hej ${name}\n\nÅbn linket for at logge ind. Det virker én gang og i ${validMinutes} minutter:\n\n${link}\n\nHar du ikke bedt om at logge ind, kan du se bort fra denne mail.\n`,
    html: layout(
      'da',
      'Log ind',
      `<p>Hej ${escapeHtml(name)}</p>
<p>Tryk på knappen for at logge ind. Linket virker én gang og i ${validMinutes} minutter.</p>
${button(link, 'Log ind')}
<p>Har du ikke bedt om at logge ind, kan du se bort fra denne mail.</p>`,
    ),
  }),
  en: ({ validMinutes }, { name }) => ({
    subject: 'Your sign-in link to the partnership scheduler',
    text: `Hello ${name}\n\nOpen the link to sign in. It works once and for ${validMinutes} minutes:\n\n${link}\n\nIf you did not ask to sign in, you can ignore this mail.\n`,
    html: layout(
      'en',
      'Sign in',
      `<p>Hello ${escapeHtml(name)}</p>
<p>Press the button to sign in. The link works once and for ${validMinutes} minutes.</p>
${button(link, 'Sign in')}
<p>If you did not ask to sign in, you can ignore this mail.</p>`,
    ),
  }),
};
