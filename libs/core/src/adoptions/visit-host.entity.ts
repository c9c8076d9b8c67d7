import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

/**
 * A person who takes part in a visit besides the class's teachers and the contact person: a
 * colleague who shows the class around, a second teacher. Taken off the visit, the row stays with
 * `removedAt`, so the person's calendar feed can show the visit cancelled for a while.
 */
@Entity('visit_hosts')
export class VisitHostEntity {
  @PrimaryColumn('uuid', { name: 'visit_id' })
  visitId: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column('timestamptz', { name: 'added_at' })
  addedAt: Date;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt: Date | null;
}
