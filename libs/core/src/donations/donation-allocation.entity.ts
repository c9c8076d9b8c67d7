import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { PartnerEntity } from '../organisations/partner.entity';
import { SchoolEntity } from '../organisations/school.entity';
import { DonationProgrammeEntity } from './donation-programme.entity';

export enum AllocationStatus {
  Requested = 'requested',
  Declined = 'declined',
  Pledged = 'pledged',
  Prepared = 'prepared',
  Delivered = 'delivered',
  Cancelled = 'cancelled',
}

/**
 * Units a project (a partner organisation or a school) asked a donation programme for, and what
 * became of them: declined, or approved and pledged, prepared and delivered (or cancelled).
 */
@Entity('donation_allocations')
export class DonationAllocationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @ManyToOne(() => DonationProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme: Relation<DonationProgrammeEntity>;

  @Column('uuid', { name: 'partner_id', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<PartnerEntity> | null;

  @Column('uuid', { name: 'school_id', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => SchoolEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'school_id' })
  school: Relation<SchoolEntity> | null;

  @Column('int', { name: 'requested_units' })
  requestedUnits: number;

  /** What the units are for, in the project's words. */
  @Column('text')
  purpose: string;

  @Column('uuid', { name: 'requested_by', nullable: true })
  requestedBy: string | null;

  @Column('text')
  status: AllocationStatus;

  @Column('int', { name: 'approved_units', nullable: true })
  approvedUnits: number | null;

  @Column('int', { name: 'delivered_units', nullable: true })
  deliveredUnits: number | null;

  /** The local day the units were handed over: the year they count in. */
  @Column('date', { name: 'delivered_on', nullable: true })
  deliveredOn: string | null;

  /** Why it was declined or cancelled. */
  @Column('text', { name: 'status_reason', nullable: true })
  statusReason: string | null;

  @Column('int')
  revision: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
