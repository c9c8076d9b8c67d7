import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDueTimeToMessages1764410400000 implements MigrationInterface {
  name = 'AddDueTimeToMessages1764410400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A reminder is written when its visit or shift is confirmed and sent when it falls due.
    await queryRunner.query(`ALTER TABLE messages ADD COLUMN due_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE messages DROP COLUMN due_at`);
  }
}
