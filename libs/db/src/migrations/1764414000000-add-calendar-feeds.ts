import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCalendarFeeds1764414000000 implements MigrationInterface {
  name = 'AddCalendarFeeds1764414000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The feed secret is derived from the server's secret and this generation; rotating raises it.
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN feed_generation int NOT NULL DEFAULT 1 CHECK (feed_generation >= 1)`,
    );
    await queryRunner.query(
      `CREATE INDEX visits_contact_start_idx ON visits (contact_person_id, start_at)`,
    );
    await queryRunner.query(`CREATE INDEX visits_class_start_idx ON visits (class_id, start_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX visits_class_start_idx`);
    await queryRunner.query(`DROP INDEX visits_contact_start_idx`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN feed_generation`);
  }
}
