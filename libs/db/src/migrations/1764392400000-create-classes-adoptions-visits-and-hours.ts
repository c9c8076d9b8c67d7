import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateClassesAdoptionsVisitsAndHours1764392400000 implements MigrationInterface {
  name = 'CreateClassesAdoptionsVisitsAndHours1764392400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Exclusion constraints mixing = on uuid with && on ranges need btree_gist.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await queryRunner.query(`
      CREATE TABLE classes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        school_id uuid NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
        label text NOT NULL,
        grade int NOT NULL CHECK (grade BETWEEN 0 AND 10),
        school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}/[0-9]{2}$'),
        pupils int NOT NULL CHECK (pupils BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL,
        CONSTRAINT classes_label_key UNIQUE (school_id, school_year, label)
      )`);
    await queryRunner.query(`
      CREATE TABLE class_teachers (
        class_id uuid NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (class_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX class_teachers_user_idx ON class_teachers (user_id)`);

    await queryRunner.query(`
      CREATE TABLE adoptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        class_id uuid NOT NULL REFERENCES classes (id) ON DELETE RESTRICT,
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        contact_person_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        status text NOT NULL CHECK (status IN ('active', 'completed', 'ended')),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        hours_budget_per_term numeric(5, 2) NOT NULL CHECK (hours_budget_per_term > 0),
        ended_at timestamptz,
        end_reason text,
        ended_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT adoptions_dates_order CHECK (ends_on >= starts_on)
      )`);
    // One active adoption per class.
    await queryRunner.query(
      `CREATE UNIQUE INDEX adoptions_one_active_per_class ON adoptions (class_id) WHERE status = 'active'`,
    );
    await queryRunner.query(`CREATE INDEX adoptions_company_idx ON adoptions (company_id)`);
    await queryRunner.query(`CREATE INDEX adoptions_contact_idx ON adoptions (contact_person_id)`);
    await queryRunner.query(
      `CREATE INDEX adoptions_active_ends_on_idx ON adoptions (ends_on) WHERE status = 'active'`,
    );

    await queryRunner.query(`
      CREATE TABLE visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        adoption_id uuid NOT NULL REFERENCES adoptions (id) ON DELETE CASCADE,
        class_id uuid NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
        contact_person_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('class-visit', 'preparation')),
        status text NOT NULL
          CHECK (status IN ('requested', 'confirmed', 'declined', 'cancelled', 'completed')),
        term text NOT NULL,
        location text NOT NULL,
        agenda text NOT NULL,
        slots jsonb NOT NULL,
        proposed_by_side text NOT NULL CHECK (proposed_by_side IN ('school', 'company')),
        proposed_by uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        start_at timestamptz,
        end_at timestamptz,
        revision int NOT NULL CHECK (revision >= 1),
        status_reason text,
        pupils_attended int CHECK (pupils_attended >= 0),
        notes text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT visits_time_set_when_confirmed CHECK (
          (status IN ('confirmed', 'completed')) = (start_at IS NOT NULL)
          OR status = 'cancelled'
        ),
        CONSTRAINT visits_time_order CHECK (end_at > start_at),
        -- Two confirmed visits never overlap for the same class or the same contact person.
        CONSTRAINT visits_no_class_overlap EXCLUDE USING gist (
          class_id WITH =, tstzrange(start_at, end_at) WITH &&
        ) WHERE (status IN ('confirmed', 'completed')),
        CONSTRAINT visits_no_contact_person_overlap EXCLUDE USING gist (
          contact_person_id WITH =, tstzrange(start_at, end_at) WITH &&
        ) WHERE (status IN ('confirmed', 'completed'))
      )`);
    // At most one live class visit and one live preparation meeting per adoption and term.
    await queryRunner.query(`
      CREATE UNIQUE INDEX visits_one_class_visit_per_term ON visits (adoption_id, term)
      WHERE kind = 'class-visit' AND status IN ('requested', 'confirmed', 'completed')`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX visits_one_preparation_per_term ON visits (adoption_id, term)
      WHERE kind = 'preparation' AND status IN ('requested', 'confirmed', 'completed')`);
    await queryRunner.query(`CREATE INDEX visits_adoption_idx ON visits (adoption_id, created_at)`);
    await queryRunner.query(
      `CREATE INDEX visits_confirmed_end_idx ON visits (end_at) WHERE status = 'confirmed'`,
    );

    await queryRunner.query(`
      CREATE TABLE visit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        visit_id uuid NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        action text NOT NULL,
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        revision int NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX visit_events_visit_idx ON visit_events (visit_id, at)`);

    await queryRunner.query(`
      CREATE TABLE hours_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        adoption_id uuid NOT NULL REFERENCES adoptions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        date date NOT NULL,
        term text NOT NULL,
        hours numeric(5, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
        activity text NOT NULL
          CHECK (activity IN ('planning', 'meeting', 'visit', 'travel', 'other')),
        note text NOT NULL DEFAULT '',
        visit_id uuid REFERENCES visits (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL
      )`);
    // A completed visit logs its hours once, however often the sweep runs.
    await queryRunner.query(
      `CREATE UNIQUE INDEX hours_entries_one_per_visit ON hours_entries (visit_id) WHERE visit_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX hours_entries_adoption_idx ON hours_entries (adoption_id, term)`,
    );
    await queryRunner.query(
      `CREATE INDEX hours_entries_user_date_idx ON hours_entries (user_id, date)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'hours_entries',
      'visit_events',
      'visits',
      'adoptions',
      'class_teachers',
      'classes',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
