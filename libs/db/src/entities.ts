import { LoginTokenEntity } from '@app/core/accounts/login-token.entity';
import { MembershipEntity } from '@app/core/accounts/membership.entity';
import { UserEntity } from '@app/core/accounts/user.entity';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { SchoolClosedDateEntity } from '@app/core/organisations/school-closed-date.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
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
  MessageEntity,
  DeliveryEntity,
];
