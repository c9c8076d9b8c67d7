import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { numericHours } from '../adoptions/numeric-hours';
import { CompanyEntity } from '../organisations/company.entity';
import { DonationSupporterEntity } from './donation-supporter.entity';
import { DonationYearEntity } from './donation-year.entity';

/**
 * A company's programme of gifts in kind (BRFkredit's used computers): a unit, an optional value
 * per unit, a target for each year, and the organisations that help.
 */
@Entity('donation_programmes')
export class DonationProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company: Relation<CompanyEntity>;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  /** What one unit is, e.g. "computer". */
  @Column('text')
  unit: string;

  @Column('numeric', {
    name: 'unit_value',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: numericHours,
  })
  unitValue: number | null;

  /** ISO 4217, set exactly when `unitValue` is. */
  @Column('text', { nullable: true })
  currency: string | null;

  /** The zone whose calendar years the deliveries count in. */
  @Column('text')
  timezone: string;

  @OneToMany(() => DonationYearEntity, (year) => year.programme)
  years: Relation<DonationYearEntity[]>;

  @OneToMany(() => DonationSupporterEntity, (supporter) => supporter.programme)
  supporters: Relation<DonationSupporterEntity[]>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
