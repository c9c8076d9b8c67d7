import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CompanyEntity } from '../organisations/company.entity';
import { numericHours } from './numeric-hours';
import { SchoolClassEntity } from './school-class.entity';

export enum AdoptionStatus {
  Active = 'active',
  /** Reached its end date, the class's graduation day. */
  Completed = 'completed',
  /** Ended early, with a reason. */
  Ended = 'ended',
}

/** A company's adoption of a school class, until the class has finished 9th grade. */
@Entity('adoptions')
export class AdoptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => SchoolClassEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'class_id' })
  schoolClass: Relation<SchoolClassEntity>;

  @Column('uuid', { name: 'class_id' })
  classId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company: Relation<CompanyEntity>;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_person_id' })
  contactPerson: Relation<UserEntity>;

  @Column('uuid', { name: 'contact_person_id' })
  contactPersonId: string;

  @Column('text')
  status: AdoptionStatus;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  /** The class's graduation day: computed, never typed in. */
  @Column('date', { name: 'ends_on' })
  endsOn: string;

  /** The contact person's hours per term; about one working day by default. */
  @Column('numeric', {
    name: 'hours_budget_per_term',
    precision: 5,
    scale: 2,
    transformer: numericHours,
  })
  hoursBudgetPerTerm: number;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @Column('text', { name: 'end_reason', nullable: true })
  endReason: string | null;

  @Column('uuid', { name: 'ended_by', nullable: true })
  endedBy: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
