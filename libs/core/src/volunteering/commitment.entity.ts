import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A volunteer's standing weekly commitment: signed up for every coming shift of a programme. */
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
}
