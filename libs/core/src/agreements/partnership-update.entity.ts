import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A few lines from one side of a partnership to the other: what happened, what comes next. */
@Entity('partnership_updates')
export class PartnershipUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'adoption_id', nullable: true })
  adoptionId: string | null;

  @Column('uuid', { name: 'programme_id', nullable: true })
  programmeId: string | null;

  @Column('uuid', { name: 'donation_programme_id', nullable: true })
  donationProgrammeId: string | null;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId: string | null;

  /** The side the author wrote for; null for an admin outside both. */
  @Column('text', { nullable: true })
  side: string | null;

  @Column('text')
  text: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
