import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLoginLinkMails1764421800000 implements MigrationInterface {
  name = 'AddLoginLinkMails1764421800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The sign-in links mailed to a person in the last hour, counted in PostgreSQL so that every
    // API process shares the limit and a Redis outage does not lift it. Older rows are pruned.
    await queryRunner.query(`
      CREATE TABLE login_link_mails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        mailed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX login_link_mails_user_idx ON login_link_mails (user_id, mailed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_link_mails`);
  }
}
