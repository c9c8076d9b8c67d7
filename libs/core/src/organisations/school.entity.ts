import { Column, Entity, OneToMany, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { SchoolClosedDateEntity } from './school-closed-date.entity';

@Entity('schools')
export class SchoolEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  city: string;

  /** IANA zone in which the school's days, terms and visits are reckoned. */
  @Column('text')
  timezone: string;

  /** Month and day the school year starts, `MM-DD`. */
  @Column('text', { name: 'school_year_start' })
  schoolYearStart: string;

  /** Month and day of the last school day, `MM-DD`. */
  @Column('text', { name: 'last_school_day' })
  lastSchoolDay: string;

  @OneToMany(() => SchoolClosedDateEntity, (closed) => closed.school, { cascade: true })
  closedDates: Relation<SchoolClosedDateEntity[]>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
