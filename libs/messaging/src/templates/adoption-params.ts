import { InvitationEvent } from '../calendar/invitation';

/** What every mail about one visit needs to say which visit it is. */
export interface VisitSummary {
  visitId: string;
  kind: 'class-visit' | 'preparation';
  /** The class label, such as `7.A`. */
  className: string;
  schoolName: string;
  companyName: string;
  location: string;
  agenda: string;
  /** Who takes part besides the class's teachers and the contact person. */
  hostNames?: string[];
  /** The school's IANA zone: every time in the mail is shown on its wall clock. */
  timezone: string;
  /** The visit in the API. */
  link: string;
  /** The calendar event the participants' invitations are about. */
  invitation?: InvitationEvent;
}

/** A proposed or agreed time: ISO 8601 instants with offset. */
export interface Slot {
  start: string;
  end: string;
}

/**
 * One-click answers for the person a request was mailed to (one link per slot, and decline), by
 * what they are made from as the mail is sent: the links themselves are never stored.
 */
export interface AnswerLinks {
  /** Whom the links answer for. */
  userId: string;
  /** The visit's revision when the mail was written; any change spends the links. */
  revision: number;
  /** When the links stop working (ISO 8601). */
  expiresAt: string;
}
