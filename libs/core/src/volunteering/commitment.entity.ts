import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A volunteer's standing weekly commitment: signed up for every coming shift of a programme, and
 * in their calendar as one recurring event (see commitment-series.ts).
 */
@Entity('commitments')
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt: Date | null;

  /** The series' SEQUENCE: raised with every message that changes the recurring event. */
  @Column('int')
  revision: number;

  @Column('timestamptz', { name: 'revised_at', nullable: true })
  revisedAt: Date | null;

  /** The first local day the recurring event covers; a change of schedule restarts it. */
  @Column('date', { name: 'series_from' })
  seriesFrom: string;
}
