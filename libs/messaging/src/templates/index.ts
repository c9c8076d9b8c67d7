import {
  ShiftSignupCancelledParams,
  shiftSignupCancelledTemplate,
} from './shift-signup-cancelled.template';
import { commitmentCalendar, shiftCalendar, visitCalendar } from './invitation-blocks';
import {
  AdoptionContactPersonLeftParams,
  adoptionContactPersonLeftTemplate,
} from './adoption-contact-person-left.template';
import { AdoptionCreatedParams, adoptionCreatedTemplate } from './adoption-created.template';
import { AdoptionEndedParams, adoptionEndedTemplate } from './adoption-ended.template';
import { AdoptionTermNudgeParams, adoptionTermNudgeTemplate } from './adoption-term-nudge.template';
import {
  AgreementCriterionMetParams,
  agreementCriterionMetTemplate,
} from './agreement-criterion-met.template';
import { PartnershipQuietParams, partnershipQuietTemplate } from './partnership-quiet.template';
import { DonationDeliveredParams, donationDeliveredTemplate } from './donation-delivered.template';
import {
  DonationRequestAnsweredParams,
  donationRequestAnsweredTemplate,
} from './donation-request-answered.template';
import { InvitationParams, invitationTemplate } from './invitation.template';
import { LoginLinkParams, loginLinkTemplate } from './login-link.template';
import {
  ProgrammeCommitmentChangedParams,
  programmeCommitmentChangedTemplate,
} from './programme-commitment-changed.template';
import {
  ProgrammeCommitmentEndedParams,
  programmeCommitmentEndedTemplate,
} from './programme-commitment-ended.template';
import {
  ProgrammeCommitmentStartedParams,
  programmeCommitmentStartedTemplate,
} from './programme-commitment-started.template';
import { ShiftCancelledParams, shiftCancelledTemplate } from './shift-cancelled.template';
import {
  ShiftCommitmentSkippedParams,
  shiftCommitmentSkippedTemplate,
} from './shift-commitment-skipped.template';
import { ShiftReminderParams, shiftReminderTemplate } from './shift-reminder.template';
import { ShiftShortParams, shiftShortTemplate } from './shift-short.template';
import {
  ShiftSignupConfirmedParams,
  shiftSignupConfirmedTemplate,
} from './shift-signup-confirmed.template';
import {
  ShiftSignupWaitlistedParams,
  shiftSignupWaitlistedTemplate,
} from './shift-signup-waitlisted.template';
import { MailLocale, MailTemplate, Recipient, RenderedMail } from './template';
import { VisitCancelledParams, visitCancelledTemplate } from './visit-cancelled.template';
import { VisitCompletedParams, visitCompletedTemplate } from './visit-completed.template';
import { VisitConfirmedParams, visitConfirmedTemplate } from './visit-confirmed.template';
import { VisitDeclinedParams, visitDeclinedTemplate } from './visit-declined.template';
import {
  VisitHostsParams,
  visitHostAddedTemplate,
  visitHostRemovedTemplate,
} from './visit-hosts.template';
import { VisitReminderParams, visitReminderTemplate } from './visit-reminder.template';
import { VisitRequestNudgeParams, visitRequestNudgeTemplate } from './visit-request-nudge.template';
import { VisitRequestedParams, visitRequestedTemplate } from './visit-requested.template';
import { VisitRescheduledParams, visitRescheduledTemplate } from './visit-rescheduled.template';
import {
  VisitTimeWithdrawnParams,
  visitTimeWithdrawnTemplate,
} from './visit-time-withdrawn.template';

/** Every message the product sends, by name, with the parameters its template needs. */
export interface TemplateParams {
  'auth.login-link': LoginLinkParams;
  'auth.invitation': InvitationParams;
  'visit.requested': VisitRequestedParams;
  'visit.confirmed': VisitConfirmedParams;
  'visit.declined': VisitDeclinedParams;
  'visit.rescheduled': VisitRescheduledParams;
  'visit.time-withdrawn': VisitTimeWithdrawnParams;
  'visit.cancelled': VisitCancelledParams;
  'visit.completed': VisitCompletedParams;
  'visit.host-added': VisitHostsParams;
  'visit.host-removed': VisitHostsParams;
  'visit.reminder': VisitReminderParams;
  'visit.request-nudge': VisitRequestNudgeParams;
  'adoption.created': AdoptionCreatedParams;
  'adoption.ended': AdoptionEndedParams;
  'adoption.term-nudge': AdoptionTermNudgeParams;
  'adoption.contact-person-left': AdoptionContactPersonLeftParams;
  'shift.signup-confirmed': ShiftSignupConfirmedParams;
  'shift.signup-waitlisted': ShiftSignupWaitlistedParams;
  'shift.cancelled': ShiftCancelledParams;
  'shift.signup-cancelled': ShiftSignupCancelledParams;
  'shift.reminder': ShiftReminderParams;
  'shift.short': ShiftShortParams;
  'programme.commitment-started': ProgrammeCommitmentStartedParams;
  'programme.commitment-ended': ProgrammeCommitmentEndedParams;
  'programme.commitment-changed': ProgrammeCommitmentChangedParams;
  'shift.commitment-skipped': ShiftCommitmentSkippedParams;
  'donation.request-answered': DonationRequestAnsweredParams;
  'donation.delivered': DonationDeliveredParams;
  'agreement.criterion-met': AgreementCriterionMetParams;
  'partnership.quiet': PartnershipQuietParams;
}

export type TemplateName = keyof TemplateParams;

const TEMPLATES: { [Name in TemplateName]: MailTemplate<TemplateParams[Name]> } = {
  'auth.login-link': loginLinkTemplate,
  'auth.invitation': invitationTemplate,
  'visit.requested': visitRequestedTemplate,
  'visit.confirmed': visitConfirmedTemplate,
  'visit.declined': visitDeclinedTemplate,
  'visit.rescheduled': visitRescheduledTemplate,
  'visit.time-withdrawn': visitTimeWithdrawnTemplate,
  'visit.cancelled': visitCancelledTemplate,
  'visit.completed': visitCompletedTemplate,
  'visit.host-added': visitHostAddedTemplate,
  'visit.host-removed': visitHostRemovedTemplate,
  'visit.reminder': visitReminderTemplate,
  'visit.request-nudge': visitRequestNudgeTemplate,
  'adoption.created': adoptionCreatedTemplate,
  'adoption.ended': adoptionEndedTemplate,
  'adoption.term-nudge': adoptionTermNudgeTemplate,
  'adoption.contact-person-left': adoptionContactPersonLeftTemplate,
  'shift.signup-confirmed': shiftSignupConfirmedTemplate,
  'shift.signup-waitlisted': shiftSignupWaitlistedTemplate,
  'shift.cancelled': shiftCancelledTemplate,
  'shift.signup-cancelled': shiftSignupCancelledTemplate,
  'shift.reminder': shiftReminderTemplate,
  'shift.short': shiftShortTemplate,
  'programme.commitment-started': programmeCommitmentStartedTemplate,
  'programme.commitment-ended': programmeCommitmentEndedTemplate,
  'programme.commitment-changed': programmeCommitmentChangedTemplate,
  'shift.commitment-skipped': shiftCommitmentSkippedTemplate,
  'donation.request-answered': donationRequestAnsweredTemplate,
  'donation.delivered': donationDeliveredTemplate,
  'agreement.criterion-met': agreementCriterionMetTemplate,
  'partnership.quiet': partnershipQuietTemplate,
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
  const calendar = CALENDARS[name]?.(params, language);
  // Times are written on the recipient's clock, the place's beside them (see formatSlot).
  const read = recipient.timezone ? { ...params, readerTimezone: recipient.timezone } : params;
  return { ...template[language](read, recipient), ...(calendar ? { calendar } : {}) };
}

type CalendarOf<Name extends TemplateName> = (
  params: TemplateParams[Name],
  locale: MailLocale,
) => RenderedMail['calendar'];

/** The messages that carry a calendar invitation (REQUEST) or its cancellation (CANCEL). */
const CALENDARS: { [Name in TemplateName]?: CalendarOf<Name> } = {
  'visit.confirmed': (visit, locale) => visitCalendar('REQUEST', visit, locale),
  'visit.cancelled': (visit, locale) => visitCalendar('CANCEL', visit, locale),
  // A confirmed visit being moved: its agreed time comes off the calendars until a new one is.
  'visit.rescheduled': (visit, locale) => visitCalendar('CANCEL', visit, locale),
  'visit.time-withdrawn': (visit, locale) => visitCalendar('CANCEL', visit, locale),
  'visit.host-added': (visit, locale) => visitCalendar('REQUEST', visit, locale),
  'visit.host-removed': (visit, locale) => visitCalendar('CANCEL', visit, locale),
  'shift.signup-confirmed': (shift, locale) => shiftCalendar('REQUEST', shift, locale),
  'shift.cancelled': (shift, locale) => shiftCalendar('CANCEL', shift, locale),
  'shift.signup-cancelled': (shift, locale) => shiftCalendar('CANCEL', shift, locale),
  // Only a standing commitment's day carries an event here: it comes out of the series.
  'shift.signup-waitlisted': (shift, locale) => shiftCalendar('CANCEL', shift, locale),
  'shift.commitment-skipped': (shift, locale) => shiftCalendar('CANCEL', shift, locale),
  'programme.commitment-started': (programme, locale) =>
    commitmentCalendar('REQUEST', programme, locale),
  'programme.commitment-changed': (programme, locale) =>
    commitmentCalendar('REQUEST', programme, locale),
  'programme.commitment-ended': (programme, locale) =>
    programme.location !== undefined && programme.timezone !== undefined
      ? commitmentCalendar(
          programme.withdrawn ? 'CANCEL' : 'REQUEST',
          { ...programme, location: programme.location, timezone: programme.timezone },
          locale,
        )
      : undefined,
};

export * from './adoption-contact-person-left.template';
export * from './adoption-params';
export * from '../calendar/invitation';
export * from './template';
export * from './volunteering-params';
export * from './donation-params';
