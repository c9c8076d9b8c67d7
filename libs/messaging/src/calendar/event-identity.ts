import { VisitSummary } from '../templates/adoption-params';
import { capitalize, visitName } from '../templates/format';
import { MailLocale } from '../templates/template';
import { volunteeringAt } from '../templates/volunteering-blocks';

/**
 * What names a visit or shift in every calendar: the same UID and summary in the invitations and
 * in the personal feeds, so a calendar that has both shows the event once.
 */
export function visitEventUid(visitId: string, publicUrl: string): string {
  return `visit-${visitId}@${new URL(publicUrl).hostname}`;
}

export function shiftEventUid(shiftId: string, publicUrl: string): string {
  return `shift-${shiftId}@${new URL(publicUrl).hostname}`;
}

/** A standing commitment's recurring event: one UID for the whole series and its days. */
export function commitmentEventUid(commitmentId: string, publicUrl: string): string {
  return `commitment-${commitmentId}@${new URL(publicUrl).hostname}`;
}

/** `Klassebesøg hos LEGO (7.A, Kirkebakkeskolen)`. */
export function visitEventSummary(
  visit: Pick<VisitSummary, 'kind' | 'companyName' | 'className' | 'schoolName'>,
  locale: MailLocale,
): string {
  return `${capitalize(visitName(visit, locale))} (${visit.className}, ${visit.schoolName})`;
}

/** `Frivillig i Dansk Flygtningehjælp: Lektiehjælp`. */
export function shiftEventSummary(
  shift: { partnerName: string; programmeTitle: string },
  locale: MailLocale,
): string {
  return `${capitalize(volunteeringAt(shift.partnerName, locale))}: ${shift.programmeTitle}`;
}
