import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's own time zone for their feed and mail; unset, their school's or Copenhagen's. */
export class AddTimezoneToUsers1764439200000 implements MigrationInterface {
  name = 'AddTimezoneToUsers1764439200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN timezone text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN timezone`);
  }
}
