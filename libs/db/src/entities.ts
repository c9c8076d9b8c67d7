import { AdoptionEntity } from '@app/core/adoptions/adoption.entity';
import { HoursEntryEntity } from '@app/core/adoptions/hours-entry.entity';
import { SchoolClassEntity } from '@app/core/adoptions/school-class.entity';
import { VisitHostEntity } from '@app/core/adoptions/visit-host.entity';
import { VisitEventEntity } from '@app/core/adoptions/visit-event.entity';
import { VisitEntity } from '@app/core/adoptions/visit.entity';
import { LoginTokenEntity } from '@app/core/accounts/login-token.entity';
import { MembershipEntity } from '@app/core/accounts/membership.entity';
import { UserEntity } from '@app/core/accounts/user.entity';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { SchoolClosedDateEntity } from '@app/core/organisations/school-closed-date.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { CommitmentEntity } from '@app/core/volunteering/commitment.entity';
import { ProgrammeClosedDateEntity } from '@app/core/volunteering/programme-closed-date.entity';
import { ProgrammeEntity } from '@app/core/volunteering/programme.entity';
import { ShiftEntity } from '@app/core/volunteering/shift.entity';
import { SignupEntity } from '@app/core/volunteering/signup.entity';
import { AgreementEntity } from '@app/core/agreements/agreement.entity';
import { AgreementVersionEntity } from '@app/core/agreements/agreement-version.entity';
import { PartnershipUpdateEntity } from '@app/core/agreements/partnership-update.entity';
import { DonationAllocationStepEntity } from '@app/core/donations/donation-allocation-step.entity';
import { DonationAllocationEntity } from '@app/core/donations/donation-allocation.entity';
import { DonationProgrammeEntity } from '@app/core/donations/donation-programme.entity';
import { DonationSupporterEntity } from '@app/core/donations/donation-supporter.entity';
import { DonationYearEntity } from '@app/core/donations/donation-year.entity';
import { DeliveryEntity } from '@app/messaging/delivery/delivery.entity';
import { MessageEntity } from '@app/messaging/outbox/message.entity';

/** Every entity, listed explicitly: no globs, so a bundle or a test sees the same set. */
export const ENTITIES = [
  UserEntity,
  MembershipEntity,
  LoginTokenEntity,
  SchoolEntity,
  SchoolClosedDateEntity,
  CompanyEntity,
  PartnerEntity,
  SchoolClassEntity,
  AdoptionEntity,
  VisitEntity,
  VisitEventEntity,
  VisitHostEntity,
  HoursEntryEntity,
  ProgrammeEntity,
  ProgrammeClosedDateEntity,
  ShiftEntity,
  SignupEntity,
  CommitmentEntity,
  DonationProgrammeEntity,
  DonationYearEntity,
  DonationSupporterEntity,
  DonationAllocationEntity,
  DonationAllocationStepEntity,
  AgreementEntity,
  AgreementVersionEntity,
  PartnershipUpdateEntity,
  MessageEntity,
  DeliveryEntity,
];
