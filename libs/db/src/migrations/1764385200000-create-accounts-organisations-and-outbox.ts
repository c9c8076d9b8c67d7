import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccountsOrganisationsAndOutbox1764385200000 implements MigrationInterface {
  name = 'CreateAccountsOrganisationsAndOutbox1764385200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE schools (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        city text NOT NULL,
        timezone text NOT NULL,
        school_year_start text NOT NULL CHECK (school_year_start ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
        last_school_day text NOT NULL CHECK (last_school_day ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX schools_name_idx ON schools (name, id)`);
    await queryRunner.query(`
      CREATE TABLE school_closed_dates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        school_id uuid NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
        from_date date NOT NULL,
        to_date date NOT NULL,
        label text NOT NULL,
        CONSTRAINT school_closed_dates_order CHECK (to_date >= from_date)
      )`);
    await queryRunner.query(
      `CREATE INDEX school_closed_dates_school_idx ON school_closed_dates (school_id, from_date)`,
    );
    await queryRunner.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        city text NOT NULL,
        csr_model text NOT NULL CHECK (csr_model IN ('add-on', 'integrated')),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX companies_name_idx ON companies (name, id)`);
    await queryRunner.query(`
      CREATE TABLE partners (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        city text NOT NULL,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX partners_name_idx ON partners (name, id)`);

    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('da', 'en')),
        created_at timestamptz NOT NULL,
        CONSTRAINT users_email_key UNIQUE (email)
      )`);
    await queryRunner.query(`CREATE INDEX users_name_idx ON users (name, id)`);
    await queryRunner.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL,
        school_id uuid REFERENCES schools (id) ON DELETE CASCADE,
        company_id uuid REFERENCES companies (id) ON DELETE CASCADE,
        partner_id uuid REFERENCES partners (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        CONSTRAINT memberships_role_organisation CHECK (
          (role = 'admin' AND school_id IS NULL AND company_id IS NULL AND partner_id IS NULL)
          OR (role = 'teacher' AND school_id IS NOT NULL AND company_id IS NULL AND partner_id IS NULL)
          OR (role IN ('contact', 'volunteer') AND company_id IS NOT NULL AND school_id IS NULL AND partner_id IS NULL)
          OR (role = 'coordinator' AND partner_id IS NOT NULL AND school_id IS NULL AND company_id IS NULL)
        )
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX memberships_unique_key ON memberships (
        user_id, role,
        COALESCE(school_id, company_id, partner_id, '00000000-0000-0000-0000-000000000000'::uuid)
      )`);
    await queryRunner.query(
      `CREATE INDEX memberships_school_idx ON memberships (school_id) WHERE school_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX memberships_company_idx ON memberships (company_id) WHERE company_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX memberships_partner_idx ON memberships (partner_id) WHERE partner_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE login_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL,
        CONSTRAINT login_tokens_token_hash_key UNIQUE (token_hash)
      )`);
    await queryRunner.query(`CREATE INDEX login_tokens_user_idx ON login_tokens (user_id)`);

    await queryRunner.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template text NOT NULL,
        recipient_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        recipient_email text NOT NULL,
        recipient_name text NOT NULL,
        locale text NOT NULL,
        params jsonb NOT NULL,
        dedupe_key text,
        created_at timestamptz NOT NULL,
        relayed_at timestamptz,
        CONSTRAINT messages_dedupe_key_key UNIQUE (dedupe_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX messages_unrelayed_idx ON messages (created_at) WHERE relayed_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        smtp_message_id text NOT NULL,
        rendered_at timestamptz NOT NULL,
        sent_at timestamptz,
        CONSTRAINT deliveries_message_id_key UNIQUE (message_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX deliveries_failed_idx ON deliveries (rendered_at) WHERE status = 'failed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'deliveries',
      'messages',
      'login_tokens',
      'memberships',
      'users',
      'partners',
      'companies',
      'school_closed_dates',
      'schools',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
