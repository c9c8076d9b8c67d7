import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { SchoolEntity } from './school.entity';

/** A closed period of a school (a holiday), both ends included. */
@Entity('school_closed_dates')
export class SchoolClosedDateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => SchoolEntity, (school) => school.closedDates, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school: Relation<SchoolEntity>;

  @Column('uuid', { name: 'school_id' })
  schoolId: string;

  @Column('date', { name: 'from_date' })
  from: string;

  @Column('date', { name: 'to_date' })
  to: string;

  @Column('text')
  label: string;
}
