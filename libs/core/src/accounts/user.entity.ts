import { Column, Entity, OneToMany, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { MembershipEntity } from './membership.entity';
import { Locale } from './role';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Always stored in lower case; unique. */
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  @Column('text')
  locale: Locale;

  /**
   * The zone the person reads times in (their feed's zone); null for the default: the zone of
   * their school, or Europe/Copenhagen.
   */
  @Column('text', { nullable: true })
  timezone: string | null;

  @OneToMany(() => MembershipEntity, (membership) => membership.user)
  memberships: Relation<MembershipEntity[]>;

  /** Raised when the person rotates their calendar feed; the old feed URL stops at once. */
  @Column('int', { name: 'feed_generation', default: 1 })
  feedGeneration: number;

  /**
   * Every access token carries the version it was issued under; raising it (sign-out,
   * deactivation) ends every session of the person at once.
   */
  @Column('int', { name: 'session_version', default: 1 })
  sessionVersion: number;

  /** Set when an admin deactivates the person: no sign-in, no session, no role. */
  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;

  /** Set when the person is erased: name and address replaced, the row kept for what they gave. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
