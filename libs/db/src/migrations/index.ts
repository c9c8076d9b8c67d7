import { CreateAccountsOrganisationsAndOutbox1764385200000 } from './1764385200000-create-accounts-organisations-and-outbox';
import { CreateClassesAdoptionsVisitsAndHours1764392400000 } from './1764392400000-create-classes-adoptions-visits-and-hours';
import { CreateProgrammesShiftsAndSignups1764399600000 } from './1764399600000-create-programmes-shifts-and-signups';
import { AddCalendarToDeliveries1764406800000 } from './1764406800000-add-calendar-to-deliveries';
import { AddDueTimeToMessages1764410400000 } from './1764410400000-add-due-time-to-messages';
import { AddCalendarFeeds1764414000000 } from './1764414000000-add-calendar-feeds';
import { AddVisitHosts1764417600000 } from './1764417600000-add-visit-hosts';
import { AddPurgedAtToDeliveries1764421200000 } from './1764421200000-add-purged-at-to-deliveries';
import { AddSessionVersionAndDeactivation1764424800000 } from './1764424800000-add-session-version-and-deactivation';
import { KeepWhatDepartedPeopleGave1764428400000 } from './1764428400000-keep-what-departed-people-gave';
import { AddCalendarVersions1764432000000 } from './1764432000000-add-calendar-versions';
import { BumpCalendarsOnZoneChange1764435600000 } from './1764435600000-bump-calendars-on-zone-change';
import { AddTimezoneToUsers1764439200000 } from './1764439200000-add-timezone-to-users';
import { AddCommitmentSeries1764442800000 } from './1764442800000-add-commitment-series';
import { AddReadingTimezone1764446400000 } from './1764446400000-add-reading-timezone';
import { CreateDonations1764450000000 } from './1764450000000-create-donations';
import { CreateAgreements1764453600000 } from './1764453600000-create-agreements';
import { CreatePartnershipUpdates1764457200000 } from './1764457200000-create-partnership-updates';

/** Every migration in order. A new migration is generated, reviewed and added here. */
export const MIGRATIONS = [
  CreateAccountsOrganisationsAndOutbox1764385200000,
  CreateClassesAdoptionsVisitsAndHours1764392400000,
  CreateProgrammesShiftsAndSignups1764399600000,
  AddCalendarToDeliveries1764406800000,
  AddDueTimeToMessages1764410400000,
  AddCalendarFeeds1764414000000,
  AddVisitHosts1764417600000,
  AddPurgedAtToDeliveries1764421200000,
  AddSessionVersionAndDeactivation1764424800000,
  KeepWhatDepartedPeopleGave1764428400000,
  AddCalendarVersions1764432000000,
  BumpCalendarsOnZoneChange1764435600000,
  AddTimezoneToUsers1764439200000,
  AddCommitmentSeries1764442800000,
  AddReadingTimezone1764446400000,
  CreateDonations1764450000000,
  CreateAgreements1764453600000,
  CreatePartnershipUpdates1764457200000,
];
