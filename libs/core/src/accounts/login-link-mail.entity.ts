import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A sign-in link mailed at someone's request, kept for an hour to count them: however many
 * addresses ask, a person gets at most a few links an hour.
 */
@Entity('login_link_mails')
export class LoginLinkMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('timestamptz', { name: 'mailed_at' })
  mailedAt: Date;
}
