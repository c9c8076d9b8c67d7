import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner organisation (an NGO, a housing association) that runs volunteer programmes. */
@Entity('partners')
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  city: string;

  @Column('text', { default: '' })
  description: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
