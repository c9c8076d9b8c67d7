import { MigrationInterface, QueryRunner } from 'typeorm';

export class KeepWhatDepartedPeopleGave1764428400000 implements MigrationInterface {
  name = 'KeepWhatDepartedPeopleGave1764428400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // An erased person keeps their row, anonymous, so the hours and attendance they gave still
    // count; this says it is no longer anyone.
    await queryRunner.query(`ALTER TABLE users ADD COLUMN erased_at timestamptz`);
    // The company a volunteer gave a shift for, written when they leave it: reports count a
    // place by this, or while it is unset by the company the volunteer still belongs to.
    await queryRunner.query(
      `ALTER TABLE signups ADD COLUMN company_id uuid REFERENCES companies (id) ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX signups_company_idx ON signups (company_id) WHERE company_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE signups DROP COLUMN company_id`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN erased_at`);
  }
}
