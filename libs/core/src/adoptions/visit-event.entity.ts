import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum VisitAction {
  Proposed = 'proposed',
  Confirmed = 'confirmed',
  Declined = 'declined',
  Rescheduled = 'rescheduled',
  Cancelled = 'cancelled',
  Completed = 'completed',
  /** How many pupils came, given (or corrected) after the visit was completed. */
  Reported = 'reported',
  HostsChanged = 'hosts-changed',
  ContactPersonChanged = 'contact-person-changed',
}

/** Who did what to a visit, and when: the visit's audit trail. */
@Entity('visit_events')
export class VisitEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'visit_id' })
  visitId: string;

  @Column('text')
  action: VisitAction;

  /** Null when the system did it (a sweep). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('int')
  revision: number;

  @Column('jsonb', { default: {} })
  details: object;

  @Column('timestamptz')
  at: Date;
}
