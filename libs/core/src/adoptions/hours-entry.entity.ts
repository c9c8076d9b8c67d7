import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericHours } from './numeric-hours';

export enum HoursActivity {
  Planning = 'planning',
  Meeting = 'meeting',
  Visit = 'visit',
  Travel = 'travel',
  Other = 'other',
}

/** Hours a contact person gave an adoption: typed in, or logged by a completed visit. */
@Entity('hours_entries')
export class HoursEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'adoption_id' })
  adoptionId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  /** The local date the hours were given. */
  @Column('date')
  date: string;

  @Column('text')
  term: string;

  @Column('numeric', { precision: 5, scale: 2, transformer: numericHours })
  hours: number;

  @Column('text')
  activity: HoursActivity;

  @Column('text', { default: '' })
  note: string;

  /** Set for the automatic entry of a completed visit; one per visit. */
  @Column('uuid', { name: 'visit_id', nullable: true })
  visitId: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
