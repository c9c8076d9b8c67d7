import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddVisitHosts1764417600000 implements MigrationInterface {
  name = 'AddVisitHosts1764417600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // People who take part in a visit besides the class's teachers and the contact person. A host
    // taken off the visit keeps a row with removed_at, so their feed shows it cancelled for a while.
    await queryRunner.query(`
      CREATE TABLE visit_hosts (
        visit_id uuid NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        added_at timestamptz NOT NULL,
        removed_at timestamptz,
        PRIMARY KEY (visit_id, user_id),
        CONSTRAINT visit_hosts_removed_after_added CHECK (removed_at IS NULL OR removed_at >= added_at)
      )`);
    await queryRunner.query(`CREATE INDEX visit_hosts_user_idx ON visit_hosts (user_id, visit_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE visit_hosts`);
  }
}
