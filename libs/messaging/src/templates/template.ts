import { InvitationEvent, InvitationMethod, InvitationText } from '../calendar/invitation';

export type MailLocale = 'da' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** An iCalendar invitation or cancellation sent with the mail. */
  calendar?: {
    method: InvitationMethod;
    event: InvitationEvent;
    /** The place's zone, in which the invitation writes its times. */
    timezone: string;
    text: InvitationText;
  };
}

export interface Recipient {
  name: string;
  email: string;
  /** The zone the recipient reads times in; without it, each place's own. */
  timezone?: string;
}

/** A message's wording in every language, from its parameters. */
export type MailTemplate<Params> = Record<
  MailLocale,
  (params: Params, recipient: Recipient) => RenderedMail
>;
