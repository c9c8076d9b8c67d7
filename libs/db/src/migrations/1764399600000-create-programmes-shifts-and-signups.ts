import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProgrammesShiftsAndSignups1764399600000 implements MigrationInterface {
  name = 'CreateProgrammesShiftsAndSignups1764399600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        title text NOT NULL,
        location text NOT NULL,
        timezone text NOT NULL,
        weekdays int[] NOT NULL CHECK (cardinality(weekdays) > 0 AND weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]),
        start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        end_time text NOT NULL CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        starts_on date NOT NULL,
        ends_on date,
        capacity_min int NOT NULL,
        capacity_max int NOT NULL,
        horizon_weeks int NOT NULL DEFAULT 12 CHECK (horizon_weeks BETWEEN 1 AND 52),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT programmes_times_order CHECK (end_time > start_time),
        CONSTRAINT programmes_dates_order CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT programmes_capacity CHECK (capacity_min >= 1 AND capacity_max >= capacity_min)
      )`);
    await queryRunner.query(`CREATE INDEX programmes_partner_idx ON programmes (partner_id)`);
    await queryRunner.query(`
      CREATE TABLE programme_companies (
        programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        PRIMARY KEY (programme_id, company_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX programme_companies_company_idx ON programme_companies (company_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE programme_coordinators (
        programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (programme_id, user_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX programme_coordinators_user_idx ON programme_coordinators (user_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE programme_closed_dates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        from_date date NOT NULL,
        to_date date NOT NULL,
        label text NOT NULL,
        CONSTRAINT programme_closed_dates_order CHECK (to_date >= from_date)
      )`);
    await queryRunner.query(
      `CREATE INDEX programme_closed_dates_programme_idx ON programme_closed_dates (programme_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE shifts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        date date NOT NULL,
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
        cancelled_by text CHECK (cancelled_by IN ('coordinator', 'schedule')),
        cancel_reason text,
        revision int NOT NULL CHECK (revision >= 1),
        created_at timestamptz NOT NULL,
        CONSTRAINT shifts_time_order CHECK (end_at > start_at),
        CONSTRAINT shifts_cancelled_by CHECK ((status = 'cancelled') = (cancelled_by IS NOT NULL))
      )`);
    // Materialising twice, or on two workers at once, creates each shift once.
    await queryRunner.query(
      `CREATE UNIQUE INDEX shifts_programme_start_key ON shifts (programme_id, start_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX shifts_programme_date_idx ON shifts (programme_id, date)`,
    );

    await queryRunner.query(`CREATE SEQUENCE signups_arrival_seq`);
    await queryRunner.query(`
      CREATE TABLE commitments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX commitments_one_standing ON commitments (programme_id, user_id) WHERE ended_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE signups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        shift_id uuid NOT NULL REFERENCES shifts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
        arrival bigint NOT NULL DEFAULT nextval('signups_arrival_seq'),
        commitment_id uuid REFERENCES commitments (id) ON DELETE SET NULL,
        attended boolean,
        hours numeric(5, 2) CHECK (hours > 0 AND hours <= 24),
        revision int NOT NULL CHECK (revision >= 1),
        created_at timestamptz NOT NULL,
        cancelled_at timestamptz
      )`);
    // One place per volunteer and shift, while it is not cancelled.
    await queryRunner.query(
      `CREATE UNIQUE INDEX signups_one_per_shift ON signups (shift_id, user_id) WHERE status <> 'cancelled'`,
    );
    await queryRunner.query(
      `CREATE INDEX signups_shift_idx ON signups (shift_id, status, arrival)`,
    );
    await queryRunner.query(`CREATE INDEX signups_user_idx ON signups (user_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'signups',
      'commitments',
      'shifts',
      'programme_closed_dates',
      'programme_coordinators',
      'programme_companies',
      'programmes',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP SEQUENCE signups_arrival_seq`);
  }
}
