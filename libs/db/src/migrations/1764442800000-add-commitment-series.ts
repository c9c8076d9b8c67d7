import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A standing commitment is one recurring calendar event: `revision` is its SEQUENCE, raised with
 * every message that changes it (at `revised_at`, which a feed's Last-Modified reads), and `series_from` the first local day the series covers (moved
 * to the day of a change of the weekly schedule, which restarts the series).
 *
 * The series shows in its volunteer's feed, so the feed's version is bumped when the commitment
 * changes, when the programme's schedule or end changes, and when its closed days change (those
 * beyond the shifts made so far are the series' exceptions).
 */
export class AddCommitmentSeries1764442800000 implements MigrationInterface {
  name = 'AddCommitmentSeries1764442800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE commitments
        ADD COLUMN revision int NOT NULL DEFAULT 0,
        ADD COLUMN revised_at timestamptz,
        ADD COLUMN series_from date`);
    await queryRunner.query(`
      UPDATE commitments SET series_from = (commitments.created_at AT TIME ZONE programmes.timezone)::date
      FROM programmes WHERE programmes.id = commitments.programme_id`);
    await queryRunner.query(`ALTER TABLE commitments ALTER COLUMN series_from SET NOT NULL`);

    await queryRunner.query(`
      CREATE FUNCTION people_of_commitments(programme_ids uuid[]) RETURNS uuid[]
      LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(DISTINCT user_id), '{}') FROM commitments
        WHERE programme_id = ANY (programme_ids)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION commitments_bump_calendars() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM bump_calendars(ARRAY[OLD.user_id, NEW.user_id]);
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER commitments_bump_calendars AFTER INSERT OR UPDATE OR DELETE ON commitments
      FOR EACH ROW EXECUTE FUNCTION commitments_bump_calendars()`);
    await queryRunner.query(`
      CREATE FUNCTION programme_series_bump_calendars() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM bump_calendars(people_of_commitments(ARRAY[OLD.programme_id, NEW.programme_id]));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER programme_closed_dates_bump_calendars
      AFTER INSERT OR UPDATE OR DELETE ON programme_closed_dates
      FOR EACH ROW EXECUTE FUNCTION programme_series_bump_calendars()`);
    await queryRunner.query(`
      CREATE FUNCTION programmes_schedule_bump_calendars() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM bump_calendars(people_of_commitments(ARRAY[NEW.id]));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER programmes_schedule_bump_calendars AFTER UPDATE ON programmes
      FOR EACH ROW WHEN (
        (OLD.weekdays, OLD.start_time, OLD.end_time, OLD.starts_on, OLD.ends_on, OLD.timezone)
        IS DISTINCT FROM
        (NEW.weekdays, NEW.start_time, NEW.end_time, NEW.starts_on, NEW.ends_on, NEW.timezone))
      EXECUTE FUNCTION programmes_schedule_bump_calendars()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER programmes_schedule_bump_calendars ON programmes`);
    await queryRunner.query(`DROP FUNCTION programmes_schedule_bump_calendars()`);
    await queryRunner.query(
      `DROP TRIGGER programme_closed_dates_bump_calendars ON programme_closed_dates`,
    );
    await queryRunner.query(`DROP FUNCTION programme_series_bump_calendars()`);
    await queryRunner.query(`DROP TRIGGER commitments_bump_calendars ON commitments`);
    await queryRunner.query(`DROP FUNCTION commitments_bump_calendars()`);
    await queryRunner.query(`DROP FUNCTION people_of_commitments(uuid[])`);
    await queryRunner.query(
      `ALTER TABLE commitments DROP COLUMN series_from, DROP COLUMN revised_at, DROP COLUMN revision`,
    );
  }
}
