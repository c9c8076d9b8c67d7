import {
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CompanyEntity } from '../organisations/company.entity';
import { PartnerEntity } from '../organisations/partner.entity';
import { ProgrammeClosedDateEntity } from './programme-closed-date.entity';

/**
 * A partner organisation's weekly programme (a club's homework help and football), in which the
 * employees of the named companies volunteer. Times are local wall-clock times in its zone.
 */
@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<PartnerEntity>;

  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @Column('text')
  title: string;

  @Column('text')
  location: string;

  @Column('text')
  timezone: string;

  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  @Column('int', { array: true })
  weekdays: number[];

  /** `HH:mm`, local. */
  @Column('text', { name: 'start_time' })
  startTime: string;

  @Column('text', { name: 'end_time' })
  endTime: string;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn: string | null;

  @Column('int', { name: 'capacity_min' })
  capacityMin: number;

  @Column('int', { name: 'capacity_max' })
  capacityMax: number;

  /** How many weeks ahead shifts exist. */
  @Column('int', { name: 'horizon_weeks' })
  horizonWeeks: number;

  @ManyToMany(() => CompanyEntity)
  @JoinTable({
    name: 'programme_companies',
    joinColumn: { name: 'programme_id' },
    inverseJoinColumn: { name: 'company_id' },
  })
  companies: Relation<CompanyEntity[]>;

  @ManyToMany(() => UserEntity)
  @JoinTable({
    name: 'programme_coordinators',
    joinColumn: { name: 'programme_id' },
    inverseJoinColumn: { name: 'user_id' },
  })
  coordinators: Relation<UserEntity[]>;

  @OneToMany(() => ProgrammeClosedDateEntity, (closed) => closed.programme, { cascade: true })
  closedDates: Relation<ProgrammeClosedDateEntity[]>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
