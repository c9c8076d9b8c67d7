import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The written agreement of a partnership (an adoption, a volunteering programme or a donation
 * programme): every version kept, each with what it promised and which sides accepted it.
 */
export class CreateAgreements1764453600000 implements MigrationInterface {
  name = 'CreateAgreements1764453600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        adoption_id uuid UNIQUE REFERENCES adoptions (id) ON DELETE CASCADE,
        programme_id uuid UNIQUE REFERENCES programmes (id) ON DELETE CASCADE,
        donation_programme_id uuid UNIQUE REFERENCES donation_programmes (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        CONSTRAINT agreements_one_subject
          CHECK (num_nonnulls(adoption_id, programme_id, donation_programme_id) = 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE agreement_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version >= 1),
        goals text NOT NULL,
        activities text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        budget_amount numeric(12, 2) CHECK (budget_amount >= 0),
        budget_currency text CHECK (budget_currency ~ '^[A-Z]{3}$'),
        deciders jsonb NOT NULL,
        criteria jsonb NOT NULL,
        written_by uuid REFERENCES users (id) ON DELETE SET NULL,
        written_at timestamptz NOT NULL,
        -- Each side's acceptance of this version: side name → { by, at }.
        acceptances jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT agreement_versions_number UNIQUE (agreement_id, version),
        CONSTRAINT agreement_versions_period CHECK (ends_on >= starts_on),
        CONSTRAINT agreement_versions_budget_has_currency
          CHECK ((budget_amount IS NULL) = (budget_currency IS NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_versions`);
    await queryRunner.query(`DROP TABLE agreements`);
  }
}
