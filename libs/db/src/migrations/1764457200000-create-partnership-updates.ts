import { MigrationInterface, QueryRunner } from 'typeorm';

/** The short log in which either side of a partnership keeps the other informed. */
export class CreatePartnershipUpdates1764457200000 implements MigrationInterface {
  name = 'CreatePartnershipUpdates1764457200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partnership_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        adoption_id uuid REFERENCES adoptions (id) ON DELETE CASCADE,
        programme_id uuid REFERENCES programmes (id) ON DELETE CASCADE,
        donation_programme_id uuid REFERENCES donation_programmes (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        side text,
        text text NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT partnership_updates_one_subject
          CHECK (num_nonnulls(adoption_id, programme_id, donation_programme_id) = 1)
      )`);
    for (const column of ['adoption_id', 'programme_id', 'donation_programme_id']) {
      await queryRunner.query(
        `CREATE INDEX partnership_updates_${column.replace('_id', '')}_idx
         ON partnership_updates (${column}, created_at) WHERE ${column} IS NOT NULL`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE partnership_updates`);
  }
}
