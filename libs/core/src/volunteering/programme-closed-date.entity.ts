import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';

/** A period the club is closed (a school holiday), both ends included: no shifts. */
@Entity('programme_closed_dates')
export class ProgrammeClosedDateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ProgrammeEntity, (programme) => programme.closedDates, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme: Relation<ProgrammeEntity>;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @Column('date', { name: 'from_date' })
  from: string;

  @Column('date', { name: 'to_date' })
  to: string;

  @Column('text')
  label: string;
}
