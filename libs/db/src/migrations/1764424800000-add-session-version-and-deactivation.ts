import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSessionVersionAndDeactivation1764424800000 implements MigrationInterface {
  name = 'AddSessionVersionAndDeactivation1764424800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Every access token carries the version it was issued under; raising it (sign-out,
    // deactivation) ends every session of the person at once.
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN session_version int NOT NULL DEFAULT 1 CHECK (session_version >= 1)`,
    );
    // A deactivated person keeps their row (their hours and history stay), but signs in no more.
    await queryRunner.query(`ALTER TABLE users ADD COLUMN deactivated_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN deactivated_at`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN session_version`);
  }
}
