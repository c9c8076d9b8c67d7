import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCalendarToDeliveries1764406800000 implements MigrationInterface {
  name = 'AddCalendarToDeliveries1764406800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The iCalendar invitation or cancellation a mail carries, rendered with it.
    await queryRunner.query(`ALTER TABLE deliveries ADD COLUMN calendar text`);
    await queryRunner.query(
      `ALTER TABLE deliveries ADD COLUMN calendar_method text CHECK (calendar_method IN ('REQUEST', 'CANCEL'))`,
    );
    await queryRunner.query(
      `ALTER TABLE deliveries ADD CONSTRAINT deliveries_calendar_method CHECK ((calendar IS NULL) = (calendar_method IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE deliveries DROP CONSTRAINT deliveries_calendar_method`);
    await queryRunner.query(`ALTER TABLE deliveries DROP COLUMN calendar_method`);
    await queryRunner.query(`ALTER TABLE deliveries DROP COLUMN calendar`);
  }
}
