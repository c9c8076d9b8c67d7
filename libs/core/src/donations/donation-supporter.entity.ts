import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { DonationProgrammeEntity } from './donation-programme.entity';

/** An organisation that helps a donation programme, and its part ("installs the software"). */
@Entity('donation_supporters')
export class DonationSupporterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @ManyToOne(() => DonationProgrammeEntity, (programme) => programme.supporters, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'programme_id' })
  programme: Relation<DonationProgrammeEntity>;

  @Column('text')
  name: string;

  @Column('text')
  part: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
