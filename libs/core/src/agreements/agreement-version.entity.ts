import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { numericHours } from '../adoptions/numeric-hours';
import { AgreementEntity } from './agreement.entity';
import { Acceptances, Criterion } from './agreement-terms';

/** The person on a side who can decide for it. */
export interface Decider {
  side: string;
  name: string;
}

/** One version of an agreement, as written; kept for good once a later one is written. */
@Entity('agreement_versions')
export class AgreementVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'agreement_id' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity, (agreement) => agreement.versions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement: Relation<AgreementEntity>;

  @Column('int')
  version: number;

  @Column('text')
  goals: string;

  @Column('text')
  activities: string;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Column('numeric', {
    name: 'budget_amount',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: numericHours,
  })
  budgetAmount: number | null;

  @Column('text', { name: 'budget_currency', nullable: true })
  budgetCurrency: string | null;

  @Column('jsonb')
  deciders: Decider[];

  @Column('jsonb')
  criteria: Criterion[];

  @Column('uuid', { name: 'written_by', nullable: true })
  writtenBy: string | null;

  @Column('timestamptz', { name: 'written_at' })
  writtenAt: Date;

  @Column('jsonb')
  acceptances: Acceptances;
}

/** A version's budget as an amount in its currency, or null when it has none. */
export function budgetOf(
  version: Pick<AgreementVersionEntity, 'budgetAmount' | 'budgetCurrency'>,
): { amount: number; currency: string } | null {
  return version.budgetAmount === null
    ? null
    : { amount: version.budgetAmount, currency: version.budgetCurrency! };
}
