import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * How the company runs its social responsibility, as the catalogue tells them apart: as an
 * add-on beside the business, or integrated in its strategy.
 */
export enum CsrModel {
  AddOn = 'add-on',
  Integrated = 'integrated',
}

@Entity('companies')
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  city: string;

  @Column('text', { name: 'csr_model' })
  csrModel: CsrModel;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
