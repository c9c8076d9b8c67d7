import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { numericHours } from '../adoptions/numeric-hours';
import { ShiftEntity } from './shift.entity';

export enum SignupStatus {
  Confirmed = 'confirmed',
  Waitlisted = 'waitlisted',
  Cancelled = 'cancelled',
}

/** Places that hold or wait for room on a shift. */
export const ACTIVE = [SignupStatus.Confirmed, SignupStatus.Waitlisted];

/** A volunteer's place on a shift, or in its first-come waiting list. */
@Entity('signups')
export class SignupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id' })
  shift: Relation<ShiftEntity>;

  @Column('uuid', { name: 'shift_id' })
  shiftId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  status: SignupStatus;

  /** Arrival order, from a sequence: the waiting list is first come, first served. */
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  arrival: number;

  /** Set when the sign-up comes from a standing weekly commitment. */
  @Column('uuid', { name: 'commitment_id', nullable: true })
  commitmentId: string | null;

  /**
   * The company the place was given for, written when the volunteer leaves it; until then the
   * company they belong to. Reports count by it (see gave-for-company.ts).
   */
  @Column('uuid', { name: 'company_id', nullable: true })
  companyId: string | null;

  @Column('boolean', { nullable: true })
  attended: boolean | null;

  @Column('numeric', { precision: 5, scale: 2, nullable: true, transformer: numericHours })
  hours: number | null;

  /** Raised on every change of this volunteer's place; calendar invitations carry it. */
  @Column('int')
  revision: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;
}
