import { shiftEventSummary, visitEventSummary } from '../calendar/event-identity';
import { InvitationEvent, InvitationMethod } from '../calendar/invitation';
import { VisitSummary } from './adoption-params';
import { RenderedMail, MailLocale } from './template';
import { ShiftSummary } from './volunteering-params';

type Calendar = RenderedMail['calendar'];

/** The invitation (or its cancellation) for a visit, when the visit has a time and an event. */
export function visitCalendar(
  method: InvitationMethod,
  visit: VisitSummary & { start: string | null; end: string | null },
  locale: MailLocale,
): Calendar {
  if (!visit.invitation || !visit.start || !visit.end) return undefined;
  return {
    method,
    event: { ...visit.invitation, start: visit.start, end: visit.end },
    timezone: visit.timezone,
    text: {
      summary: visitEventSummary(visit, locale),
      description: [visit.agenda, visit.link].filter(Boolean).join('\n\n'),
      location: visit.location,
      url: visit.link,
    },
  };
}

/**
 * The invitation (or its cancellation) for a volunteer's shift: its own event, or, for a place
 * of a standing commitment, that day of the commitment's series or the series itself.
 */
export function shiftCalendar(
  method: InvitationMethod,
  shift: ShiftSummary,
  locale: MailLocale,
): Calendar {
  if (!shift.invitation) return undefined;
  return {
    method,
    event: shift.invitation,
    timezone: shift.timezone,
    text: {
      summary: shiftEventSummary(shift, locale),
      description: [shift.programmeTitle, shift.link].join('\n\n'),
      location: shift.location,
      url: shift.link,
    },
  };
}

/** A standing commitment's recurring event, started, changed or ended. */
export function commitmentCalendar(
  method: InvitationMethod,
  programme: {
    programmeTitle: string;
    partnerName: string;
    location: string;
    timezone: string;
    link: string;
    invitation?: InvitationEvent;
  },
  locale: MailLocale,
): Calendar {
  if (!programme.invitation) return undefined;
  return {
    method,
    event: programme.invitation,
    timezone: programme.timezone,
    text: {
      summary: shiftEventSummary(programme, locale),
      description: [programme.programmeTitle, programme.link].join('\n\n'),
      location: programme.location,
      url: programme.link,
    },
  };
}
