import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import {
  IsEnum,
  IsOptional,
  IsTimeZone,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
} from 'class-validator';
import { Locale, ORGANISATION_OF_ROLE, Role, UserEntity } from '@app/core';
import { PageDto, PageQueryDto } from '../http/page.dto';
import { SingleLine } from '../http/text';
import { IsEmailAddress } from '../http/email';

export class InviteUserDto {
  @ApiProperty({ example: 'jonas@lego.example' })
  @IsEmailAddress()
  email: string;

  @ApiProperty({ example: 'Jonas Kjær' })
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ enum: Locale, default: Locale.Danish })
  @IsOptional()
  @IsEnum(Locale, { message: `must be one of: ${Object.values(Locale).join(', ')}` })
  locale?: Locale;

  @ApiProperty({ enum: Role })
  @IsEnum(Role, { message: `must be one of: ${Object.values(Role).join(', ')}` })
  role: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The school (teacher), company (contact, volunteer) or partner (coordinator).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string;
}

/**
 * Any of a person's name, address and language; what is left out stays. An address is
 * normalised as for an invitation and must be nobody else's.
 */
export class UpdateUserDto extends PartialType(
  PickType(InviteUserDto, ['email', 'name', 'locale'] as const),
) {}

/** A further role, in an organisation of the kind the role belongs to (none for an admin). */
export class AddMembershipDto extends PickType(InviteUserDto, [
  'role',
  'organisationId',
] as const) {}

/** What a person may change about themselves; a field left out stays as it is. */
export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Jonas Kjær', minLength: 1, maxLength: 200 })
  // Left out: unchanged. Null is no name, and is refused like any other wrong value.
  @ValidateIf((_object, value) => value !== undefined)
  @SingleLine()
  @Length(1, 200)
  @Matches(/\S/, { message: 'must not be blank' })
  name?: string;

  @ApiPropertyOptional({ enum: Locale, description: 'The language of mail and calendar text.' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsEnum(Locale, { message: `must be one of: ${Object.values(Locale).join(', ')}` })
  locale?: Locale;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Europe/Copenhagen',
    description:
      "The zone the person reads times in: their calendar feed's zone. Null for the default, the zone of their school or Europe/Copenhagen.",
  })
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Copenhagen' })
  timezone?: string | null;
}

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only the people of this school, company or partner organisation.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string;

  @ApiPropertyOptional({ enum: Role, description: 'Only the people holding this role.' })
  @IsOptional()
  @IsEnum(Role, { message: `must be one of: ${Object.values(Role).join(', ')}` })
  role?: Role;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid', description: 'What an admin names to remove the role.' })
  id: string;

  @ApiProperty({ enum: Role })
  role: Role;

  @ApiProperty({ enum: ['school', 'company', 'partner'], nullable: true })
  organisationType: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organisationId: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The organisation's name, where the person is read with their roles' places.",
  })
  organisationName?: string | null;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: Locale })
  locale: Locale;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The zone the person chose to read times in; null for the default (their school's, or Europe/Copenhagen).",
  })
  timezone: string | null;

  @ApiProperty({ type: [MembershipDto] })
  memberships: MembershipDto[];

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When an admin deactivated the person; null while they are active.',
  })
  deactivatedAt: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set once the person is erased: name and address are replaced.',
  })
  erasedAt: string | null;

  @ApiPropertyOptional({ description: 'Only on /me.' })
  isAdmin?: boolean;
}

export class UserPageDto extends PageDto {
  @ApiProperty({ type: [UserDto] })
  items: UserDto[];
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    timezone: user.timezone,
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    erasedAt: user.erasedAt?.toISOString() ?? null,
    memberships: (user.memberships ?? []).map((m) => ({
      id: m.id,
      role: m.role,
      organisationType: ORGANISATION_OF_ROLE[m.role],
      organisationId: m.schoolId ?? m.companyId ?? m.partnerId,
      ...(m.school || m.company || m.partner
        ? { organisationName: (m.school ?? m.company ?? m.partner)!.name }
        : {}),
    })),
  };
}
