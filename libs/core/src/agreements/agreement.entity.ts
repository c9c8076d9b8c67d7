import { Column, Entity, OneToMany, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { AgreementVersionEntity } from './agreement-version.entity';

/** The written agreement of one partnership: an adoption, a programme or a donation programme. */
@Entity('agreements')
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'adoption_id', nullable: true })
  adoptionId: string | null;

  @Column('uuid', { name: 'programme_id', nullable: true })
  programmeId: string | null;

  @Column('uuid', { name: 'donation_programme_id', nullable: true })
  donationProgrammeId: string | null;

  @OneToMany(() => AgreementVersionEntity, (version) => version.agreement)
  versions: Relation<AgreementVersionEntity[]>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
