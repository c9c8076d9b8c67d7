import { button, escapeHtml, layout } from './html';
import { SecretLinkName, secretLink } from './secret-link';
import { MailTemplate } from './template';

export interface InvitationParams {
  /** The sign-in token the link spends, by its row: the link is made only as the mail is sent. */
  loginTokenId: string;
  validMinutes: number;
  invitedBy: string;
  /** The role in the recipient's language is chosen by the template. */
  role: 'admin' | 'teacher' | 'contact' | 'volunteer' | 'coordinator';
  organisationName: string | null;
}

const ROLE_NAMES = {
  da: {
    admin: 'administrator',
    teacher: 'lærer',
    contact: 'kontaktperson',
    volunteer: 'frivillig',
    coordinator: 'koordinator',
  },
  en: {
    admin: 'administrator',
    teacher: 'teacher',
    contact: 'contact person',
    volunteer: 'volunteer',
    coordinator: 'coordinator',
  },
} as const;

const link = secretLink(SecretLinkName.signIn);

export const invitationTemplate: MailTemplate<InvitationParams> = {
  da: ({ validMinutes, invitedBy, role, organisationName }, { name }) => {
    const as = `${ROLE_NAMES.da[role]}${organisationName ? ` hos ${organisationName}` : ''}`;
    return {
      subject: `Du er inviteret til Partnerskabskalenderen som ${as}`,
      text: `Hej ${name}\n\n${invitedBy} har oprettet dig i Partnerskabskalenderen som ${as}.\n\nÅbn linket for at logge ind. Det virker én gang og i ${validMinutes} minutter; bagefter kan du altid bede om et nyt login-link med din mailadresse:\n\n${link}\n`,
      html: layout(
        'da',
        'Invitation',
        `<p>Hej ${escapeHtml(name)}</p>
<p>${escapeHtml(invitedBy)} har oprettet dig i Partnerskabskalenderen som ${escapeHtml(as)}.</p>
${button(link, 'Log ind')}
<p>Linket virker én gang og i ${validMinutes} minutter; bagefter kan du altid bede om et nyt login-link med din mailadresse.</p>`,
      ),
    };
  },
  en: ({ validMinutes, invitedBy, role, organisationName }, { name }) => {
    const as = `${ROLE_NAMES.en[role]}${organisationName ? ` at ${organisationName}` : ''}`;
    return {
      subject: `You are invited to the partnership scheduler as ${as}`,
      text: `Hello ${name}\n\n${invitedBy} has added you to the partnership scheduler as ${as}.\n\nOpen the link to sign in. It works once and for ${validMinutes} minutes; afterwards you can always ask for a new sign-in link with your email address:\n\n${link}\n`,
      html: layout(
        'en',
        'Invitation',
        `<p>Hello ${escapeHtml(name)}</p>
<p>${escapeHtml(invitedBy)} has added you to the partnership scheduler as ${escapeHtml(as)}.</p>
${button(link, 'Sign in')}
<p>The link works once and for ${validMinutes} minutes; afterwards you can always ask for a new sign-in link with your email address.</p>`,
      ),
    };
  },
};
