import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';

export enum ShiftStatus {
  Scheduled = 'scheduled',
  Cancelled = 'cancelled',
}

/** Why a shift was cancelled: by its coordinator, or because the weekly schedule changed. */
export enum ShiftCancellation {
  Coordinator = 'coordinator',
  Schedule = 'schedule',
}

/** One occurrence of a programme's weekly schedule, materialised ahead of time. */
@Entity('shifts')
export class ShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme: Relation<ProgrammeEntity>;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  /** The local date of the shift in the programme's zone. */
  @Column('date')
  date: string;

  @Column('timestamptz', { name: 'start_at' })
  start: Date;

  @Column('timestamptz', { name: 'end_at' })
  end: Date;

  @Column('text')
  status: ShiftStatus;

  @Column('text', { name: 'cancelled_by', nullable: true })
  cancelledBy: ShiftCancellation | null;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason: string | null;

  /** Raised on every change; calendar invitations carry it as SEQUENCE. */
  @Column('int')
  revision: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
