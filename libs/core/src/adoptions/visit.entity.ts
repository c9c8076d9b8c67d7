import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { AdoptionEntity } from './adoption.entity';

export enum VisitKind {
  ClassVisit = 'class-visit',
  Preparation = 'preparation',
}

export enum VisitStatus {
  Requested = 'requested',
  Confirmed = 'confirmed',
  Declined = 'declined',
  Cancelled = 'cancelled',
  Completed = 'completed',
}

/** The two sides of an adoption: the class's teachers and the company's contact person. */
export enum Side {
  School = 'school',
  Company = 'company',
}

export interface VisitSlot {
  start: Date;
  end: Date;
}

/**
 * A class visit or a preparation meeting. The proposing side offers 1 to 3 slots; the other side
 * confirms one. Class and contact person are kept on the row so that PostgreSQL itself refuses
 * two confirmed visits that overlap for either.
 */
@Entity('visits')
export class VisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AdoptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adoption_id' })
  adoption: Relation<AdoptionEntity>;

  @Column('uuid', { name: 'adoption_id' })
  adoptionId: string;

  @Column('uuid', { name: 'class_id' })
  classId: string;

  @Column('uuid', { name: 'contact_person_id' })
  contactPersonId: string;

  @Column('text')
  kind: VisitKind;

  @Column('text')
  status: VisitStatus;

  /** `2026/27-autumn`. */
  @Column('text')
  term: string;

  @Column('text')
  location: string;

  @Column('text')
  agenda: string;

  @Column('jsonb', {
    transformer: {
      to: (slots: VisitSlot[]) => slots.map(({ start, end }) => ({ start, end })),
      from: (slots: { start: string; end: string }[]) =>
        slots.map(({ start, end }) => ({ start: new Date(start), end: new Date(end) })),
    },
  })
  slots: VisitSlot[];

  @Column('text', { name: 'proposed_by_side' })
  proposedBySide: Side;

  @Column('uuid', { name: 'proposed_by' })
  proposedBy: string;

  /** Set once confirmed. */
  @Column('timestamptz', { name: 'start_at', nullable: true })
  start: Date | null;

  @Column('timestamptz', { name: 'end_at', nullable: true })
  end: Date | null;

  /** Raised on every change; calendar invitations carry it as SEQUENCE. */
  @Column('int')
  revision: number;

  @Column('text', { name: 'status_reason', nullable: true })
  statusReason: string | null;

  @Column('int', { name: 'pupils_attended', nullable: true })
  pupilsAttended: number | null;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
