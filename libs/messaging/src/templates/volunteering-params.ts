import { InvitationEvent } from '../calendar/invitation';

/** What every mail about one shift needs to say which shift it is. */
export interface ShiftSummary {
  shiftId: string;
  /** Such as `Lektiehjælp og fodbold i drengeklubben`. */
  programmeTitle: string;
  /** The partner organisation running the programme, such as `Dansk Flygtningehjælp`. */
  partnerName: string;
  location: string;
  /** The programme's IANA zone: every time in the mail is shown on its wall clock. */
  timezone: string;
  /** ISO 8601 instants with offset. */
  start: string;
  end: string;
  /** The shift in the API. */
  link: string;
  /** The calendar event the volunteer's invitation is about. */
  invitation?: InvitationEvent;
}
