import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The zone a person reads times in, in one place for the feed and the mails: their own, else
 * their school's (the first membership), else the fallback the caller gives (Copenhagen's).
 */
export class AddReadingTimezone1764446400000 implements MigrationInterface {
  name = 'AddReadingTimezone1764446400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION reading_timezone(person uuid, fallback text) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT coalesce(
          (SELECT timezone FROM users WHERE id = person),
          (SELECT schools.timezone FROM memberships
           JOIN schools ON schools.id = memberships.school_id
           WHERE memberships.user_id = person
           ORDER BY memberships.id LIMIT 1),
          fallback)
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION reading_timezone(uuid, text)`);
  }
}
