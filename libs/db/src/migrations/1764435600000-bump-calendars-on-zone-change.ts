import { MigrationInterface, QueryRunner } from 'typeorm';

/** What each place's update trigger watches: the names the feed prints, and now its zone too. */
const WATCHED: [table: string, before: string, after: string][] = [
  ['schools', 'name', 'name, timezone'],
  ['programmes', 'title, location, partner_id', 'title, location, partner_id, timezone'],
];

const when = (columns: string) =>
  `(${columns.replace(/(\w+)/g, 'OLD.$1')}) IS DISTINCT FROM (${columns.replace(/(\w+)/g, 'NEW.$1')})`;

/**
 * Feeds write each event's times in its school's or programme's zone, so a change of zone
 * changes the feed of everyone who sees the place's events.
 */
export class BumpCalendarsOnZoneChange1764435600000 implements MigrationInterface {
  name = 'BumpCalendarsOnZoneChange1764435600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, , after] of WATCHED) await this.watch(queryRunner, table, after);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, before] of WATCHED) await this.watch(queryRunner, table, before);
  }

  private async watch(queryRunner: QueryRunner, table: string, columns: string): Promise<void> {
    await queryRunner.query(`DROP TRIGGER ${table}_updated_bump_calendars ON ${table}`);
    await queryRunner.query(
      `CREATE TRIGGER ${table}_updated_bump_calendars AFTER UPDATE ON ${table}
       FOR EACH ROW WHEN (${when(columns)}) EXECUTE FUNCTION ${table}_bump_calendars()`,
    );
  }
}
