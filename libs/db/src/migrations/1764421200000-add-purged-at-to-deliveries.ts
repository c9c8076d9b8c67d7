import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPurgedAtToDeliveries1764421200000 implements MigrationInterface {
  name = 'AddPurgedAtToDeliveries1764421200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // When the retention sweep blanked a delivery's body.
    await queryRunner.query(`ALTER TABLE deliveries ADD COLUMN purged_at timestamptz`);
    // The sweep looks only at mail that still has its body: these indexes hold about the
    // retention period's worth of rows, however long the product runs.
    await queryRunner.query(
      `CREATE INDEX deliveries_unpurged_rendered_at ON deliveries (rendered_at) WHERE purged_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX messages_unpurged_due ON messages ((coalesce(due_at, created_at))) WHERE params <> '{}'::jsonb`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX messages_unpurged_due`);
    await queryRunner.query(`DROP INDEX deliveries_unpurged_rendered_at`);
    await queryRunner.query(`ALTER TABLE deliveries DROP COLUMN purged_at`);
  }
}
