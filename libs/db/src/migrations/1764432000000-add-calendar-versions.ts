import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whose calendars a changed row of each table bumps (OLD is null on insert, NEW on delete). */
const BUMPS: Record<string, string> = {
  // A visit's own change, for the people on both sides of it (a new contact person or class
  // included).
  visits: `bump_calendars(
        ARRAY[OLD.contact_person_id, NEW.contact_person_id]
        || ARRAY(SELECT user_id FROM class_teachers WHERE class_id IN (OLD.class_id, NEW.class_id))
        || ARRAY(SELECT user_id FROM visit_hosts WHERE visit_id IN (OLD.id, NEW.id)))`,
  visit_hosts: `bump_calendars(ARRAY[OLD.user_id, NEW.user_id])`,
  class_teachers: `bump_calendars(ARRAY[OLD.user_id, NEW.user_id])`,
  signups: `bump_calendars(ARRAY[OLD.user_id, NEW.user_id])`,
  shifts: `bump_calendars(people_of_shifts(ARRAY[OLD.id, NEW.id]))`,
  classes: `bump_calendars(
        people_of_visits(ARRAY(SELECT id FROM visits WHERE class_id = NEW.id)))`,
  schools: `bump_calendars(people_of_visits(ARRAY(
        SELECT visits.id FROM visits JOIN classes ON classes.id = visits.class_id
        WHERE classes.school_id = NEW.id)))`,
  companies: `bump_calendars(people_of_visits(ARRAY(
        SELECT visits.id FROM visits JOIN adoptions ON adoptions.id = visits.adoption_id
        WHERE adoptions.company_id = NEW.id)))`,
  adoptions: `bump_calendars(
        people_of_visits(ARRAY(SELECT id FROM visits WHERE adoption_id = NEW.id)))`,
  programmes: `bump_calendars(people_of_shifts(ARRAY(
        SELECT id FROM shifts WHERE programme_id = NEW.id)))`,
  partners: `bump_calendars(people_of_shifts(ARRAY(
        SELECT shifts.id FROM shifts JOIN programmes ON programmes.id = shifts.programme_id
        WHERE programmes.partner_id = NEW.id)))`,
};

/**
 * A version per person's calendar, so that a feed poll costs one indexed lookup when nothing
 * changed. The version is bumped by triggers, in the same transaction as any change that shows
 * in the person's feed: this migration is the one place that says what a feed depends on. A new
 * column or table that a feed shows needs its trigger here too (test/feed-versions.e2e-spec.ts
 * checks every one).
 */
export class AddCalendarVersions1764432000000 implements MigrationInterface {
  name = 'AddCalendarVersions1764432000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_versions (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        version bigint NOT NULL DEFAULT 1
      )`);
    // In the order of the ids, so that two transactions bumping the same people cannot deadlock.
    await queryRunner.query(`
      CREATE FUNCTION bump_calendars(people uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO calendar_versions (user_id)
        SELECT DISTINCT person FROM unnest(people) AS person WHERE person IS NOT NULL ORDER BY person
        ON CONFLICT (user_id) DO UPDATE SET version = calendar_versions.version + 1
      $$`);
    // Who sees a visit in their feed: its contact person, the class's teachers and its hosts.
    await queryRunner.query(`
      CREATE FUNCTION people_of_visits(visit_ids uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(person), '{}') FROM (
          SELECT contact_person_id AS person FROM visits WHERE id = ANY (visit_ids)
          UNION
          SELECT class_teachers.user_id FROM visits
          JOIN class_teachers ON class_teachers.class_id = visits.class_id
          WHERE visits.id = ANY (visit_ids)
          UNION
          SELECT user_id FROM visit_hosts WHERE visit_id = ANY (visit_ids)
        ) AS people
      $$`);
    // Who sees a shift in their feed: everyone who has or had a place on it.
    await queryRunner.query(`
      CREATE FUNCTION people_of_shifts(shift_ids uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(DISTINCT user_id), '{}') FROM signups
        WHERE shift_id = ANY (shift_ids)
      $$`);

    for (const [table, call] of Object.entries(BUMPS)) {
      await queryRunner.query(`
        CREATE FUNCTION ${table}_bump_calendars() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM ${call};
          RETURN NULL;
        END
        $$`);
    }

    // When each table's change shows in a feed: rows of their own (visits, hosts, teachers,
    // places) on every change; names and places only when what the feed prints changed.
    const always = 'OLD.* IS DISTINCT FROM NEW.*';
    const onUpdate: [table: string, changed: string][] = [
      ['visits', always],
      ['visit_hosts', always],
      ['class_teachers', always],
      ['signups', always],
      ['shifts', always],
      ['classes', '(OLD.label, OLD.school_id) IS DISTINCT FROM (NEW.label, NEW.school_id)'],
      ['schools', 'OLD.name IS DISTINCT FROM NEW.name'],
      ['companies', 'OLD.name IS DISTINCT FROM NEW.name'],
      ['adoptions', 'OLD.company_id IS DISTINCT FROM NEW.company_id'],
      [
        'programmes',
        '(OLD.title, OLD.location, OLD.partner_id) IS DISTINCT FROM (NEW.title, NEW.location, NEW.partner_id)',
      ],
      ['partners', 'OLD.name IS DISTINCT FROM NEW.name'],
    ];
    for (const [table, changed] of onUpdate) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_updated_bump_calendars AFTER UPDATE ON ${table}
         FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION ${table}_bump_calendars()`,
      );
    }
    // A new shift has no places yet, and a deleted one takes its places with it.
    for (const table of ['visits', 'visit_hosts', 'class_teachers', 'signups']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_added_or_removed_bump_calendars AFTER INSERT OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION ${table}_bump_calendars()`,
      );
    }

    // Everyone starts at version 1.
    await queryRunner.query(`INSERT INTO calendar_versions (user_id) SELECT id FROM users`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(BUMPS)) {
      await queryRunner.query(`DROP FUNCTION ${table}_bump_calendars() CASCADE`);
    }
    await queryRunner.query(`DROP FUNCTION people_of_shifts(uuid[])`);
    await queryRunner.query(`DROP FUNCTION people_of_visits(uuid[])`);
    await queryRunner.query(`DROP FUNCTION bump_calendars(uuid[])`);
    await queryRunner.query(`DROP TABLE calendar_versions`);
  }
}
