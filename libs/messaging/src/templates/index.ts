import { InvitationParams, invitationTemplate } from './invitation.template';
import { LoginLinkParams, loginLinkTemplate } from './login-link.template';
import { MailLocale, MailTemplate, Recipient, RenderedMail } from './template';

/** Every message the product sends, by name, with the parameters its template needs. */
export interface TemplateParams {
  'auth.login-link': LoginLinkParams;
  'auth.invitation': InvitationParams;
}

export type TemplateName = keyof TemplateParams;

const TEMPLATES: { [Name in TemplateName]: MailTemplate<TemplateParams[Name]> } = {
  'auth.login-link': loginLinkTemplate,
  'auth.invitation': invitationTemplate,
};

export function isTemplateName(name: string): name is TemplateName {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, name);
}

export function renderTemplate<Name extends TemplateName>(
  name: Name,
  locale: string,
  params: TemplateParams[Name],
  recipient: Recipient,
): RenderedMail {
  const template = TEMPLATES[name] as MailTemplate<TemplateParams[Name]>;
  // Danish is the default language; English for users who chose it.
  const language: MailLocale = locale === 'en' ? 'en' : 'da';
  return template[language](params, recipient);
}

export * from './template';
