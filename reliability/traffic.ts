import { JwtService } from '@nestjs/jwt';
import { DateTime } from 'luxon';
import { DEFAULT_SCHOOL_CALENDAR, schoolYearOf, termOf } from '@app/calendar';
import { randomUUID } from 'node:crypto';
import { JWT_SECRET, sleep, System, until } from './system';

const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { algorithm: 'HS256' } });

export interface Crowd {
  companyId: string;
  programmeId: string;
  shiftId: string;
  /** Every shift of the club: the first is `shiftId`; the others three hours apart after it. */
  shiftIds: string[];
  volunteers: { id: string; email: string; authorization: string }[];
  admin: { id: string; authorization: string };
}

async function bearer(userId: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return `Bearer ${await jwt.signAsync({ sub: userId, sv: 1, iat: now, exp: now + 4 * 3600 })}`;
}

/**
 * A club and `count` volunteers of its company, written straight into the database, and one
 * shift that starts a day and `reminderInMs` from now: each place taken on it makes a
 * confirmation with its calendar invitation at once, and a reminder due `reminderInMs` later.
 * The programme itself starts in a year, so that no sweep adds shifts of its own.
 */
export async function seedCrowd(
  system: System,
  count: number,
  reminderInMs: number,
  { shifts = 1, capacity = count }: { shifts?: number; capacity?: number } = {},
): Promise<Crowd> {
  const tag = randomUUID().slice(0, 8);
  const [partnerId, companyId, programmeId, adminId] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ];
  const start = new Date(Date.now() + 24 * 3600_000 + reminderInMs);
  const client = await system.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO partners (id, name, city, created_at) VALUES ($1, $2, 'Vejle', now())`,
      [partnerId, `Klubben ${tag}`],
    );
    await client.query(
      `INSERT INTO companies (id, name, city, csr_model, created_at)
       VALUES ($1, $2, 'Vejle', 'integrated', now())`,
      [companyId, `Virksomheden ${tag}`],
    );
    await client.query(
      `INSERT INTO programmes (id, partner_id, title, location, timezone, weekdays, start_time,
                               end_time, starts_on, capacity_min, capacity_max, created_at, updated_at)
       VALUES ($1, $2, 'Lektiehjælp', 'Klubhuset', 'Europe/Copenhagen', ARRAY[1,2,3,4,5,6,7],
               '16:00', '18:00', current_date + 365, 1, $3, now(), now())`,
      [programmeId, partnerId, capacity],
    );
    await client.query(
      `INSERT INTO programme_companies (programme_id, company_id) VALUES ($1, $2)`,
      [programmeId, companyId],
    );
    const volunteers = (
      await client.query<{ id: string; email: string }>(
        `INSERT INTO users (id, email, name, locale, created_at)
         SELECT gen_random_uuid(), 'volunteer-' || $1 || '-' || n || '@reliability.test',
                'Frivillig ' || n, 'da', now()
         FROM generate_series(1, $2::int) AS n
         RETURNING id, email`,
        [tag, count],
      )
    ).rows;
    await client.query(
      `INSERT INTO memberships (user_id, role, company_id, created_at)
       SELECT id, 'volunteer', $1, now() FROM users WHERE id = ANY($2::uuid[])`,
      [companyId, volunteers.map((volunteer) => volunteer.id)],
    );
    await client.query(
      `INSERT INTO users (id, email, name, locale, created_at)
       VALUES ($1, $2, 'Sekretariatet', 'da', now())`,
      [adminId, `admin-${tag}@reliability.test`],
    );
    await client.query(
      `INSERT INTO memberships (user_id, role, created_at) VALUES ($1, 'admin', now())`,
      [adminId],
    );
    const shiftIds = (
      await client.query<{ id: string }>(
        `INSERT INTO shifts (programme_id, date, start_at, end_at, status, revision, created_at)
         SELECT $1, (at AT TIME ZONE 'Europe/Copenhagen')::date, at, at + interval '2 hours',
                'scheduled', 1, now()
         FROM (SELECT $2::timestamptz + (n * interval '3 hours') AS at
               FROM generate_series(0, $3::int - 1) AS n) AS starts
         ORDER BY at
         RETURNING id`,
        [programmeId, start, shifts],
      )
    ).rows.map((row) => row.id);
    await client.query('COMMIT');
    return {
      companyId,
      programmeId,
      shiftId: shiftIds[0],
      shiftIds,
      volunteers: await Promise.all(
        volunteers.map(async (volunteer) => ({
          ...volunteer,
          authorization: await bearer(volunteer.id),
        })),
      ),
      admin: { id: adminId, authorization: await bearer(adminId) },
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export interface Answers {
  statuses: Record<string, number>;
  /** The body of the first answer of each 5xx status other than 503. */
  bodies: Record<string, string>;
  /** Requests that got no HTTP answer at all (connection refused or reset). */
  unanswered: number;
}

/**
 * Each volunteer takes a place on the crowd's shift through the API, `concurrency` at a time,
 * round-robin over the system's APIs. A refused or dropped request is tried again (as a person
 * would) until `retryUntil` passes.
 */
export async function signUpAll(
  system: System,
  crowd: Crowd,
  { concurrency = 20, retryForMs = 120_000 } = {},
): Promise<Answers> {
  const answers: Answers = { statuses: {}, bodies: {}, unanswered: 0 };
  let next = 0;
  const deadline = Date.now() + retryForMs;
  async function one(n: number): Promise<void> {
    const volunteer = crowd.volunteers[n];
    for (;;) {
      const api = system.apiUrl(n % system.apis.length);
      const status = await fetch(`${api}/api/v1/shifts/${crowd.shiftId}/signups`, {
        method: 'POST',
        headers: { authorization: volunteer.authorization },
        signal: AbortSignal.timeout(30_000),
      }).then(
        async (response) => {
          if (response.status >= 500 && response.status !== 503) {
            answers.bodies[response.status] ??= (await response.text()).slice(0, 300);
          }
          return response.status;
        },
        () => 0,
      );
      if (status === 0) answers.unanswered += 1;
      else answers.statuses[status] = (answers.statuses[status] ?? 0) + 1;
      // Taken (201), or taken by an earlier try whose answer was lost (409): done.
      if (status === 201 || status === 409) return;
      if (Date.now() > deadline) throw new Error(`Sign-up kept failing (${status})`);
      await sleep(500);
    }
  }
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < crowd.volunteers.length) await one(next++);
    }),
  );
  return answers;
}

export interface Delivered {
  /** Messages the product wrote for the crowd. */
  messages: number;
  /** Of those, distinct Message-IDs the SMTP server accepted. */
  distinct: number;
  /** Mails accepted more than once under the same Message-ID. */
  duplicates: number;
  missing: number;
  failed: number;
}

/**
 * Waits until every message the product wrote has been accepted by the SMTP server or has
 * failed for good (with `dueNow`, every message due by now: reminders of later are left out),
 * then a little longer for any late duplicate, and counts by Message-ID.
 */
export async function delivered(
  system: System,
  timeoutMs = 600_000,
  { dueNow = false } = {},
): Promise<Delivered> {
  const host = 'scheduler.reliability.test';
  const count = async () => {
    const [{ messages, failed }] = (
      await system.pool.query<{ messages: number; failed: number }>(
        `SELECT (SELECT count(*)::int FROM messages
                 WHERE NOT $1 OR due_at IS NULL OR due_at <= now()) AS messages,
                (SELECT count(*)::int FROM deliveries WHERE status = 'failed') AS failed`,
        [dueNow],
      )
    ).rows;
    const ids = system.sink.received
      .map((mail) => mail.messageId)
      .filter((id) => id.endsWith(`@${host}>`));
    const distinct = new Set(ids).size;
    return { messages, failed, distinct, duplicates: ids.length - distinct };
  };
  await until(
    'every message to be delivered or to have failed',
    async () => {
      const now = await count().catch(() => null);
      return now !== null && now.distinct + now.failed >= now.messages;
    },
    timeoutMs,
  );
  await sleep(3_000);
  const last = await count();
  return { ...last, missing: last.messages - last.failed - last.distinct };
}

export interface Classes {
  /** Adopted classes, each with its teacher; several share a contact person. */
  adoptions: {
    id: string;
    teacher: { authorization: string };
    contact: { authorization: string };
  }[];
  /** Weekdays of one term still to come (local dates), first to last: where visits are proposed. */
  days: string[];
}

/**
 * A school with `count` classes, each with its teacher and adopted by the crowd's company, whose
 * `contacts` contact persons share them round-robin: so that proposals for different classes
 * compete for the same contact person's time. The school and people are written straight into
 * the database; the classes and adoptions are made through the API, by the crowd's admin.
 */
export async function seedClasses(
  system: System,
  crowd: Crowd,
  { count, contacts }: { count: number; contacts: number },
): Promise<Classes> {
  const tag = randomUUID().slice(0, 8);
  const schoolId = randomUUID();
  const today = DateTime.now().setZone(ZONE);
  await system.pool.query(
    `INSERT INTO schools (id, name, city, timezone, school_year_start, last_school_day, created_at)
     VALUES ($1, $2, 'Vejle', $3, '08-01', '06-30', now())`,
    [schoolId, `Skolen ${tag}`, ZONE],
  );
  const people = async (role: 'teacher' | 'contact', n: number) => {
    const ids = (
      await system.pool.query<{ id: string }>(
        `INSERT INTO users (id, email, name, locale, created_at)
         SELECT gen_random_uuid(), $1 || '-' || $2 || '-' || n || '@reliability.test',
                initcap($1) || ' ' || n, 'da', now()
         FROM generate_series(1, $3::int) AS n
         RETURNING id`,
        [role, tag, n],
      )
    ).rows.map((row) => row.id);
    await system.pool.query(
      `INSERT INTO memberships (user_id, role, school_id, company_id, created_at)
       SELECT id, $1, $2, $3, now() FROM unnest($4::uuid[]) AS id`,
      [
        role,
        role === 'teacher' ? schoolId : null,
        role === 'contact' ? crowd.companyId : null,
        ids,
      ],
    );
    return Promise.all(ids.map(async (id) => ({ id, authorization: await bearer(id) })));
  };
  const teachers = await people('teacher', count);
  const contactPersons = await people('contact', contacts);
  const post = async (path: string, body: unknown): Promise<{ id: string }> => {
    const response = await fetch(`${system.apiUrl()}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: crowd.admin.authorization, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) {
      throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    }
    return (await response.json()) as { id: string };
  };
  const schoolYear = schoolYearOf(today.toISODate()!, DEFAULT_SCHOOL_CALENDAR);
  const adoptions: Classes['adoptions'] = [];
  for (const [n, teacher] of teachers.entries()) {
    const schoolClass = await post(`/schools/${schoolId}/classes`, {
      label: `${(n % 9) + 1}.${String.fromCharCode(65 + Math.floor(n / 9))}`,
      grade: (n % 9) + 1,
      schoolYear,
      pupils: 20,
      teacherIds: [teacher.id],
    });
    const contact = contactPersons[n % contacts];
    const adoption = await post('/adoptions', {
      classId: schoolClass.id,
      companyId: crowd.companyId,
      contactPersonId: contact.id,
      startsOn: today.toISODate(),
    });
    adoptions.push({ id: adoption.id, teacher, contact });
  }
  return { adoptions, days: termDaysAhead(today, 12) };
}

const ZONE = 'Europe/Copenhagen';

/** The first `count` weekdays from tomorrow that lie in one term (the first with that many left). */
function termDaysAhead(today: DateTime, count: number): string[] {
  let days: string[] = [];
  let term: string | undefined;
  for (let day = today.plus({ days: 1 }); days.length < count; day = day.plus({ days: 1 })) {
    const date = day.toISODate()!;
    const dayTerm = termOf(date, DEFAULT_SCHOOL_CALENDAR)?.name;
    if (dayTerm !== term) [days, term] = [[], dayTerm];
    if (dayTerm && day.weekday <= 5) days.push(date);
  }
  return days;
}

/** A slot on a local date, from a local hour, as the API takes it (ISO with its offset). */
export function localSlot(
  date: string,
  hour: number,
  hours: number,
): { start: string; end: string } {
  const start = DateTime.fromISO(`${date}T00:00`, { zone: ZONE }).set({ hour });
  return { start: start.toISO()!, end: start.plus({ hours }).toISO()! };
}
