import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { DonationProgrammeEntity } from './donation-programme.entity';

/**
 * One calendar year of a donation programme: its target, and for a year before the product was
 * used, the units delivered and projects reached as they were recorded then.
 */
@Entity('donation_years')
export class DonationYearEntity {
  @PrimaryColumn('uuid', { name: 'programme_id' })
  programmeId: string;

  @PrimaryColumn('int')
  year: number;

  @ManyToOne(() => DonationProgrammeEntity, (programme) => programme.years, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'programme_id' })
  programme: Relation<DonationProgrammeEntity>;

  @Column('int', { nullable: true })
  target: number | null;

  @Column('int', { name: 'recorded_units', nullable: true })
  recordedUnits: number | null;

  @Column('int', { name: 'recorded_projects', nullable: true })
  recordedProjects: number | null;
}
