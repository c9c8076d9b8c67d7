import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AllocationStatus } from './donation-allocation.entity';

/** One step of an allocation: the status it went to, when, by whom, with its units or reason. */
@Entity('donation_allocation_steps')
export class DonationAllocationStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'allocation_id' })
  allocationId: string;

  @Column('text')
  status: AllocationStatus;

  @Column('int', { nullable: true })
  units: number | null;

  @Column('text')
  note: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('timestamptz')
  at: Date;
}
