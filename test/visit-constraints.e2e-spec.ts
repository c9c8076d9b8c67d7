import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { refused } from './support/responses';
import {
  adoptClass,
  AdoptionScenario,
  apiCaller,
  bearer,
  copyVisitRow,
  propose as proposeVisit,
} from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// The rules PostgreSQL keeps for visits, broken on purpose: by SQL that goes around every check
// of the code, and by requests that race each other past them.

const CLOCK_START = new Date('2026-09-01T08:00:00+02:00');

interface Slot {
  start: string;
  end: string;
}

const at = (day: string, from: string, to: string): Slot => ({
  start: `${day}T${from}:00+02:00`,
  end: `${day}T${to}:00+02:00`,
});

describe('the rules PostgreSQL keeps for visits', () => {
  let stack: TestStack;
  let factories: Factories;
  let call: ReturnType<typeof apiCaller>;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false, clockStart: CLOCK_START });
    factories = new Factories(stack.dataSource);
    call = apiCaller(stack);
    // One listening server, so that parallel requests reach it together.
    await stack.api.listen(0, '127.0.0.1');
  });
  afterAll(() => stack.stop());

  const propose = (scenario: AdoptionScenario, kind: 'class-visit' | 'preparation', slot: Slot) =>
    proposeVisit(stack, scenario.teacher, scenario.adoptionId, [slot], { kind }).then(
      (visit) => visit.id,
    );

  /** Sets a visit confirmed at a time, past every check of the code. */
  const confirmBySql = (visitId: string, slot: Slot) =>
    stack.dataSource.query(
      `UPDATE visits SET status = 'confirmed', start_at = $2, end_at = $3 WHERE id = $1`,
      [visitId, slot.start, slot.end],
    );

  /**
   * A class visit and a preparation meeting of one class, the meeting's contact person another
   * person's, so that only the class's rule can refuse the overlap.
   */
  async function twoVisitsOfOneClass(): Promise<[string, string]> {
    const scenario = await adoptClass(stack);
    const classVisit = await propose(scenario, 'class-visit', at('2026-10-07', '09:00', '12:00'));
    const preparation = await propose(scenario, 'preparation', at('2026-10-06', '09:00', '11:00'));
    const company = await factories.company();
    const other = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
    await stack.dataSource.query(`UPDATE visits SET contact_person_id = $2 WHERE id = $1`, [
      preparation,
      other.id,
    ]);
    return [classVisit, preparation];
  }

  it('refuses two overlapping confirmed visits of one class, written directly', async () => {
    const [classVisit, preparation] = await twoVisitsOfOneClass();
    await confirmBySql(classVisit, at('2026-10-07', '09:00', '12:00'));

    await expect(
      confirmBySql(preparation, at('2026-10-07', '11:00', '13:00')),
    ).rejects.toMatchObject({
      driverError: { code: '23P01', constraint: 'visits_no_class_overlap' },
    });
    const [row] = await stack.dataSource.query<{ status: string }[]>(
      'SELECT status FROM visits WHERE id = $1',
      [preparation],
    );
    expect(row.status).toBe('requested');
  });

  it('allows a visit of the class from 12:00 to 15:00 after one from 09:00 to 12:00', async () => {
    const [classVisit, preparation] = await twoVisitsOfOneClass();
    await confirmBySql(classVisit, at('2026-10-07', '09:00', '12:00'));

    await expect(
      confirmBySql(preparation, at('2026-10-07', '12:00', '15:00')),
    ).resolves.toBeDefined();
  });

  it('confirms through the API a class visit that starts as the preparation meeting ends', async () => {
    const scenario = await adoptClass(stack);
    const preparation = await propose(scenario, 'preparation', at('2026-10-07', '10:00', '12:00'));
    const classVisit = await propose(scenario, 'class-visit', at('2026-10-07', '12:00', '15:00'));

    for (const visitId of [preparation, classVisit]) {
      const confirmed = await call(scenario.contact, 'post', `/visits/${visitId}/confirm`, {
        slot: 0,
      });
      expect({ status: confirmed.status, body: confirmed.body }).toMatchObject({
        status: 200,
        body: { status: 'confirmed' },
      });
    }
  });

  it('refuses a second live preparation meeting of an adoption in one term, written directly', async () => {
    const scenario = await adoptClass(stack);
    const visitId = await propose(scenario, 'preparation', at('2026-10-06', '09:00', '11:00'));
    const copy = () => copyVisitRow(stack, visitId);

    await expect(copy()).rejects.toMatchObject({
      driverError: { code: '23505', constraint: 'visits_one_preparation_per_term' },
    });
    // A cancelled meeting no longer counts.
    await stack.dataSource.query(`UPDATE visits SET status = 'cancelled' WHERE id = $1`, [visitId]);
    await expect(copy()).resolves.toBeDefined();
  });

  it('takes one of two preparation meetings proposed at once, and answers the other 409', async () => {
    for (let round = 0; round < 5; round++) {
      const scenario = await adoptClass(stack);
      const school = await stack.dataSource.query<{ school_id: string }[]>(
        'SELECT school_id FROM classes WHERE id = $1',
        [scenario.classId],
      );
      const second = await factories.user([
        { role: Role.Teacher, organisationId: school[0].school_id },
      ]);
      await stack.dataSource.query(
        'INSERT INTO class_teachers (class_id, user_id) VALUES ($1, $2)',
        [scenario.classId, second.id],
      );
      const body = (slot: Slot) => ({
        kind: 'preparation',
        location: 'Danfoss Universe, Nordborg',
        agenda: 'Planlægning',
        slots: [slot],
      });
      const answers = await Promise.all(
        [
          [scenario.teacher, at('2026-10-06', '09:00', '11:00')],
          [second, at('2026-10-08', '09:00', '11:00')],
        ].map(async ([teacher, slot]) =>
          stack
            .http()
            .post(`/api/v1/adoptions/${scenario.adoptionId}/visits`)
            .set('Authorization', await bearer(stack, teacher as { id: string }))
            .send(body(slot as Slot)),
        ),
      );
      const [won, lost] = [...answers].sort((a, b) => a.status - b.status);
      expect({ status: won.status, kind: won.body.kind }).toEqual({
        status: 201,
        kind: 'preparation',
      });
      refused(lost, 409, 'visit.term-has-preparation', /one per term/);
      const [{ count }] = await stack.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM visits WHERE adoption_id = $1`,
        [scenario.adoptionId],
      );
      expect(count).toBe(1);
    }
  });
});
