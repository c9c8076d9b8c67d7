import { randomBytes } from 'node:crypto';
import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { Answer, answerer, inParallel } from './support/answers';
import { copyVisitRow, propose as proposeVisit } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// Requests that race each other: PostgreSQL decides, and exactly one of them wins. Each scenario
// runs several rounds on fresh data, so that a race that is lost now and then shows.

const CLOCK_START = new Date('2026-09-01T08:00:00+02:00');
const ROUNDS = 5;

interface Slot {
  start: string;
  end: string;
}

const MORNING: Slot = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };
/** Overlaps MORNING by two hours. */
const LATE_MORNING: Slot = {
  start: '2026-10-07T10:00:00+02:00',
  end: '2026-10-07T13:00:00+02:00',
};
const NEXT_MORNING: Slot = { start: '2026-10-08T09:00:00+02:00', end: '2026-10-08T12:00:00+02:00' };

/** Parallel answers, lowest status first, so that the order they came in does not matter. */
function sorted(answers: Answer[]): Answer[] {
  return [...answers].sort((a, b) => a.status - b.status);
}

describe('visits and hours under concurrent requests', () => {
  let stack: TestStack;
  let factories: Factories;
  let admin: UserEntity;

  const call = (user: UserEntity, method: 'get' | 'post', path: string, body?: object) =>
    answerer(stack)(user, method, path, body);

  /** Posts that race: all signed first, then sent together. */
  const racing = (requests: [UserEntity, string, object][]): Promise<Answer[]> =>
    inParallel(
      stack,
      requests.map(([user, path, body]) => ({ user, method: 'post', path, body })),
    );

  /** A fresh school and company, with one contact person at the company. */
  async function partners(): Promise<{
    schoolId: string;
    companyId: string;
    contact: UserEntity;
  }> {
    const school = await factories.school();
    const company = await factories.company();
    const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
    return { schoolId: school.id, companyId: company.id, contact };
  }

  async function teacherAt(schoolId: string): Promise<UserEntity> {
    return factories.user([{ role: Role.Teacher, organisationId: schoolId }]);
  }

  /** A class of grade 8 registered by its first teacher, adopted by the company. */
  async function adoption(
    schoolId: string,
    companyId: string,
    contact: UserEntity,
    teachers: UserEntity[],
  ): Promise<string> {
    const registered = await call(teachers[0], 'post', `/schools/${schoolId}/classes`, {
      label: `8.${randomBytes(3).toString('hex')}`,
      grade: 8,
      schoolYear: '2026/27',
      pupils: 22,
      teacherIds: teachers.map((teacher) => teacher.id),
    });
    expect(registered).toMatchObject({ status: 201 });
    const created = await call(admin, 'post', '/adoptions', {
      classId: registered.body.id,
      companyId,
      contactPersonId: contact.id,
      startsOn: '2026-08-17',
    });
    expect(created).toMatchObject({ status: 201 });
    return created.body.id;
  }

  const propose = (
    teacher: UserEntity,
    adoptionId: string,
    slots: Slot[],
    kind: 'class-visit' | 'preparation' = 'class-visit',
  ) => proposeVisit(stack, teacher, adoptionId, slots, { kind }).then((visit) => visit.id);

  async function statusesOf(visitIds: string[]): Promise<string[]> {
    const rows = await stack.dataSource.query<{ id: string; status: string }[]>(
      'SELECT id, status FROM visits WHERE id = ANY($1)',
      [visitIds],
    );
    return visitIds.map((id) => rows.find((row) => row.id === id)!.status);
  }

  beforeAll(async () => {
    stack = await startTestStack({ worker: false, clockStart: CLOCK_START });
    factories = new Factories(stack.dataSource);
    admin = await factories.user([{ role: Role.Admin }], { name: 'Sekretariatet' });
    // One listening server for all requests, so parallel requests share it.
    await stack.api.listen(0, '127.0.0.1');
  });
  afterAll(() => stack.stop());

  it('confirms one of two overlapping visits of one contact person confirmed at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { schoolId, companyId, contact } = await partners();
      const [teacherA, teacherB] = [await teacherAt(schoolId), await teacherAt(schoolId)];
      const first = await propose(
        teacherA,
        await adoption(schoolId, companyId, contact, [teacherA]),
        [MORNING],
      );
      const second = await propose(
        teacherB,
        await adoption(schoolId, companyId, contact, [teacherB]),
        [LATE_MORNING],
      );

      const answers = await racing([
        [contact, `/visits/${first}/confirm`, { slot: 0 }],
        [contact, `/visits/${second}/confirm`, { slot: 0 }],
      ]);

      expect(sorted(answers)).toMatchObject([
        { status: 200, body: { status: 'confirmed' } },
        { status: 409, body: { code: 'visit.overlaps-contact-person' } },
      ]);
      const statuses = await statusesOf([first, second]);
      expect(statuses.filter((status) => status === 'confirmed')).toHaveLength(1);
      expect(statuses.filter((status) => status === 'requested')).toHaveLength(1);
    }
  });

  it('takes one of two class visits in one term proposed at once by two teachers', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { schoolId, companyId, contact } = await partners();
      const teachers = [await teacherAt(schoolId), await teacherAt(schoolId)];
      const adoptionId = await adoption(schoolId, companyId, contact, teachers);
      const body = (slot: Slot) => ({
        kind: 'class-visit',
        location: 'JydskeVestkysten, Esbjerg',
        agenda: 'Sådan bliver en avis til',
        slots: [slot],
      });

      const answers = await racing([
        [teachers[0], `/adoptions/${adoptionId}/visits`, body(MORNING)],
        [teachers[1], `/adoptions/${adoptionId}/visits`, body(NEXT_MORNING)],
      ]);

      expect(sorted(answers)).toMatchObject([
        { status: 201, body: { status: 'requested', term: '2026/27-autumn' } },
        { status: 409, body: { code: 'visit.term-has-class-visit' } },
      ]);
      const [{ count }] = await stack.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM visits WHERE adoption_id = $1',
        [adoptionId],
      );
      expect(count).toBe(1);
    }
  });

  it('confirms a visit once when its confirmation is sent twice at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { schoolId, companyId, contact } = await partners();
      const teacher = await teacherAt(schoolId);
      const visitId = await propose(
        teacher,
        await adoption(schoolId, companyId, contact, [teacher]),
        [MORNING, NEXT_MORNING],
      );

      const answers = await racing([
        [contact, `/visits/${visitId}/confirm`, { slot: 0 }],
        [contact, `/visits/${visitId}/confirm`, { slot: 1 }],
      ]);

      expect(sorted(answers)).toMatchObject([
        { status: 200, body: { status: 'confirmed', revision: 2 } },
        { status: 409, body: { code: 'visit.status' } },
      ]);
      const events = await stack.dataSource.query<{ action: string }[]>(
        'SELECT action FROM visit_events WHERE visit_id = $1 ORDER BY revision',
        [visitId],
      );
      expect(events.map((event) => event.action)).toEqual(['proposed', 'confirmed']);
      // One confirmation mail each to the teacher and the contact person, not two.
      const [{ count }] = await stack.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM messages
         WHERE template = 'visit.confirmed' AND params->>'visitId' = $1`,
        [visitId],
      );
      expect(count).toBe(2);
    }
  });

  it('keeps a day at 24 hours when two 13-hour entries are logged at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { schoolId, companyId, contact } = await partners();
      const teacher = await teacherAt(schoolId);
      const first = await adoption(schoolId, companyId, contact, [teacher]);
      // Every other round the two entries are for two adoptions of the same person.
      const second =
        round % 2 === 0 ? await adoption(schoolId, companyId, contact, [teacher]) : first;
      const entry = { date: '2026-08-31', hours: 13, activity: 'planning' };

      const answers = await racing([
        [contact, `/adoptions/${first}/hours`, entry],
        [contact, `/adoptions/${second}/hours`, entry],
      ]);

      expect(sorted(answers)).toMatchObject([
        { status: 201, body: { hours: 13, date: '2026-08-31' } },
        { status: 409, body: { code: 'hours.day-over-24' } },
      ]);
      const [{ total }] = await stack.dataSource.query<{ total: string }[]>(
        `SELECT sum(hours) AS total FROM hours_entries WHERE user_id = $1 AND date = '2026-08-31'`,
        [contact.id],
      );
      expect(Number(total)).toBe(13);
    }
  });

  describe('in PostgreSQL itself, whatever the code checks', () => {
    it('refuses two overlapping confirmed visits of one contact person', async () => {
      const { schoolId, companyId, contact } = await partners();
      const [teacherA, teacherB] = [await teacherAt(schoolId), await teacherAt(schoolId)];
      const first = await propose(
        teacherA,
        await adoption(schoolId, companyId, contact, [teacherA]),
        [MORNING],
      );
      const second = await propose(
        teacherB,
        await adoption(schoolId, companyId, contact, [teacherB]),
        [LATE_MORNING],
      );
      const confirm = (id: string, slot: Slot) =>
        stack.dataSource.query(
          `UPDATE visits SET status = 'confirmed', start_at = $2, end_at = $3 WHERE id = $1`,
          [id, slot.start, slot.end],
        );

      await confirm(first, MORNING);
      await expect(confirm(second, LATE_MORNING)).rejects.toMatchObject({
        driverError: { code: '23P01', constraint: 'visits_no_contact_person_overlap' },
      });
      // Back to back is not an overlap.
      await expect(confirm(second, NEXT_MORNING)).resolves.toBeDefined();
    });

    it('refuses a second live class visit of an adoption in one term', async () => {
      const { schoolId, companyId, contact } = await partners();
      const teacher = await teacherAt(schoolId);
      const visitId = await propose(
        teacher,
        await adoption(schoolId, companyId, contact, [teacher]),
        [MORNING],
      );
      const copy = () => copyVisitRow(stack, visitId);

      await expect(copy()).rejects.toMatchObject({
        driverError: { code: '23505', constraint: 'visits_one_class_visit_per_term' },
      });
      // A declined visit no longer counts.
      await stack.dataSource.query(`UPDATE visits SET status = 'declined' WHERE id = $1`, [
        visitId,
      ]);
      await expect(copy()).resolves.toBeDefined();
    });
  });
});
