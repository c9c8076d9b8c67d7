import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-kind donation programmes (a company's used computers), their yearly targets and the totals
 * of years before the product, the organisations that support them, and the allocations that
 * projects ask for, with every step of each.
 */
export class CreateDonations1764450000000 implements MigrationInterface {
  name = 'CreateDonations1764450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE donation_programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        unit text NOT NULL,
        unit_value numeric(12, 2) CHECK (unit_value >= 0),
        currency text CHECK (currency ~ '^[A-Z]{3}$'),
        timezone text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT donation_programmes_value_has_currency
          CHECK ((unit_value IS NULL) = (currency IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX donation_programmes_company_idx ON donation_programmes (company_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE donation_years (
        programme_id uuid NOT NULL REFERENCES donation_programmes (id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        target int CHECK (target > 0),
        recorded_units int CHECK (recorded_units >= 0),
        recorded_projects int CHECK (recorded_projects >= 0),
        PRIMARY KEY (programme_id, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE donation_supporters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES donation_programmes (id) ON DELETE CASCADE,
        name text NOT NULL,
        part text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX donation_supporters_programme_idx ON donation_supporters (programme_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE donation_allocations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES donation_programmes (id) ON DELETE CASCADE,
        partner_id uuid REFERENCES partners (id) ON DELETE CASCADE,
        school_id uuid REFERENCES schools (id) ON DELETE CASCADE,
        requested_units int NOT NULL CHECK (requested_units > 0),
        purpose text NOT NULL DEFAULT '',
        requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
        status text NOT NULL
          CHECK (status IN ('requested', 'declined', 'pledged', 'prepared', 'delivered', 'cancelled')),
        approved_units int CHECK (approved_units > 0 AND approved_units <= requested_units),
        delivered_units int CHECK (delivered_units > 0 AND delivered_units <= approved_units),
        delivered_on date,
        status_reason text,
        revision int NOT NULL CHECK (revision >= 1),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT donation_allocations_one_project
          CHECK ((partner_id IS NULL) <> (school_id IS NULL)),
        -- Approved units once pledged; delivered units and their day exactly when delivered.
        CONSTRAINT donation_allocations_approved
          CHECK (status NOT IN ('pledged', 'prepared', 'delivered') OR approved_units IS NOT NULL),
        CONSTRAINT donation_allocations_delivered
          CHECK ((status = 'delivered') = (delivered_units IS NOT NULL AND delivered_on IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX donation_allocations_programme_idx ON donation_allocations (programme_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX donation_allocations_delivered_idx ON donation_allocations (programme_id, delivered_on)
       WHERE status = 'delivered'`,
    );
    await queryRunner.query(
      `CREATE INDEX donation_allocations_partner_idx ON donation_allocations (partner_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX donation_allocations_school_idx ON donation_allocations (school_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE donation_allocation_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        allocation_id uuid NOT NULL REFERENCES donation_allocations (id) ON DELETE CASCADE,
        status text NOT NULL,
        units int,
        note text NOT NULL DEFAULT '',
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX donation_allocation_steps_allocation_idx ON donation_allocation_steps (allocation_id, at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'donation_allocation_steps',
      'donation_allocations',
      'donation_supporters',
      'donation_years',
      'donation_programmes',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
