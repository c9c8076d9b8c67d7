import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { Answer, answerer } from './support/answers';
import { adoptClass, AdoptionScenario, propose } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// Correcting and deleting the hours a contact person typed in, under the rules they were logged
// under, and the budget they are weighed against. "Now" starts on Friday 4 September 2026 in Copenhagen and only moves forward; every
// adoption here starts on Tuesday 1 September.

const START = new Date('2026-09-04T08:00:00+02:00');

describe('correcting hours and their budget', () => {
  let stack: TestStack;
  let factories: Factories;
  let admin: UserEntity;
  let call: ReturnType<typeof answerer>;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false, clockStart: START });
    factories = new Factories(stack.dataSource);
    admin = await factories.user([{ role: Role.Admin }], { name: 'Sekretariatet' });
    call = answerer(stack);
  });
  afterAll(() => stack.stop());

  async function logHours(
    adoption: AdoptionScenario,
    entry: { date: string; hours: number; note?: string },
  ): Promise<string> {
    const answer = await call(adoption.contact, 'post', `/adoptions/${adoption.adoptionId}/hours`, {
      activity: 'planning',
      ...entry,
    });
    expect(answer).toMatchObject({ status: 201 });
    return answer.body.id;
  }

  const hoursOf = async (adoption: AdoptionScenario) =>
    (await call(admin, 'get', `/adoptions/${adoption.adoptionId}/hours`)).body;

  /** The refusal, and the adoption's hours exactly as they were before. */
  async function refusedAndUnchanged(
    user: UserEntity,
    method: 'patch' | 'delete',
    adoption: AdoptionScenario,
    entryId: string,
    expected: Partial<Answer>,
    change?: object,
  ): Promise<void> {
    const before = await hoursOf(adoption);
    const path = `/adoptions/${adoption.adoptionId}/hours/${entryId}`;
    expect(await call(user, method, path, change)).toMatchObject(expected);
    expect(await hoursOf(adoption)).toEqual(before);
  }

  it('lets the contact person correct the hours, day and note they logged', async () => {
    const adoption = await adoptClass(stack);
    const entryId = await logHours(adoption, { date: '2026-09-01', hours: 2, note: 'Møde' });
    const answer = await call(
      adoption.contact,
      'patch',
      `/adoptions/${adoption.adoptionId}/hours/${entryId}`,
      { hours: 3.5, date: '2026-09-03', activity: 'meeting', note: 'Møde med klassen' },
    );
    const corrected = {
      id: entryId,
      userId: adoption.contact.id,
      date: '2026-09-03',
      term: '2026/27-autumn',
      hours: 3.5,
      activity: 'meeting',
      note: 'Møde med klassen',
      source: 'manual',
      visitId: null,
    };
    expect(answer).toEqual({ status: 200, body: corrected });
    const { items, terms } = await hoursOf(adoption);
    expect(items).toEqual([corrected]);
    expect(terms[0]).toEqual({ term: '2026/27-autumn', budget: 7.4, logged: 3.5, remaining: 3.9 });
  });

  it('lets an admin correct and delete any entry typed in', async () => {
    const adoption = await adoptClass(stack);
    const entryId = await logHours(adoption, { date: '2026-09-01', hours: 2 });
    const path = `/adoptions/${adoption.adoptionId}/hours/${entryId}`;
    expect(await call(admin, 'patch', path, { hours: 1 })).toMatchObject({
      status: 200,
      body: { hours: 1, userId: adoption.contact.id },
    });
    expect(await call(admin, 'delete', path)).toMatchObject({ status: 204 });
    const { items, terms } = await hoursOf(adoption);
    expect(items).toEqual([]);
    expect(terms[0]).toMatchObject({ logged: 0, remaining: 7.4 });
    expect(await call(admin, 'delete', path)).toMatchObject({
      status: 404,
      body: { code: 'hours.entry-not-found' },
    });
  });

  it('keeps a person’s day at 24 hours, counting the entry being changed once', async () => {
    const adoption = await adoptClass(stack);
    const long = await logHours(adoption, { date: '2026-09-02', hours: 20 });
    const short = await logHours(adoption, { date: '2026-09-02', hours: 3 });
    await refusedAndUnchanged(
      adoption.contact,
      'patch',
      adoption,
      short,
      {
        status: 409,
        body: expect.objectContaining({
          code: 'hours.day-over-24',
          message: expect.stringContaining('20 are already logged on 2026-09-02'),
        }),
      },
      { hours: 5, note: 'Hele dagen' },
    );
    // The entry itself is not counted twice: 21 and 3 make 24.
    const path = `/adoptions/${adoption.adoptionId}/hours/${long}`;
    expect(await call(adoption.contact, 'patch', path, { hours: 21 })).toMatchObject({
      status: 200,
    });
    // Moving an entry onto a full day is refused as well, whoever moves it.
    const other = await logHours(adoption, { date: '2026-09-03', hours: 1 });
    await refusedAndUnchanged(
      admin,
      'patch',
      adoption,
      other,
      { status: 409, body: expect.objectContaining({ code: 'hours.day-over-24' }) },
      { date: '2026-09-02' },
    );
  });

  it('refuses moving hours to a day still to come or outside the adoption', async () => {
    const adoption = await adoptClass(stack);
    const entryId = await logHours(adoption, { date: '2026-09-01', hours: 2 });
    for (const [date, code] of [
      ['2026-09-05', 'hours.in-future'],
      ['2026-08-31', 'hours.outside-adoption'],
    ]) {
      await refusedAndUnchanged(
        adoption.contact,
        'patch',
        adoption,
        entryId,
        { status: 409, body: expect.objectContaining({ code }) },
        { date },
      );
    }
    await refusedAndUnchanged(
      adoption.contact,
      'patch',
      adoption,
      entryId,
      {
        status: 400,
        body: expect.objectContaining({ details: [expect.objectContaining({ field: 'hours' })] }),
      },
      { hours: 0 },
    );
  });

  it('refuses a colleague’s entry to another contact person and any entry to the teacher', async () => {
    const adoption = await adoptClass(stack);
    const entryId = await logHours(adoption, { date: '2026-09-01', hours: 2 });
    const company = (await call(admin, 'get', `/adoptions/${adoption.adoptionId}`)).body.companyId;
    const colleague = await factories.user([{ role: Role.Contact, organisationId: company }]);
    for (const method of ['patch', 'delete'] as const) {
      await refusedAndUnchanged(
        colleague,
        method,
        adoption,
        entryId,
        { status: 403, body: expect.objectContaining({ code: 'hours.own-entries-only' }) },
        method === 'patch' ? { hours: 1 } : undefined,
      );
      await refusedAndUnchanged(
        adoption.teacher,
        method,
        adoption,
        entryId,
        { status: 403, body: expect.objectContaining({ code: 'access.role' }) },
        method === 'patch' ? { hours: 1 } : undefined,
      );
    }
    // Another company's contact person does not see the adoption at all.
    const stranger = await factories.user([
      { role: Role.Contact, organisationId: (await factories.company()).id },
    ]);
    await refusedAndUnchanged(stranger, 'delete', adoption, entryId, {
      status: 404,
      body: expect.objectContaining({ code: 'adoption.not-found' }),
    });
  });

  it('leaves the hours a completed visit logged to the visit', async () => {
    const adoption = await adoptClass(stack);
    const { id: visitId } = await propose(stack, adoption.teacher, adoption.adoptionId, [
      { start: '2026-09-09T09:00:00+02:00', end: '2026-09-09T12:00:00+02:00' },
    ]);
    await call(adoption.contact, 'post', `/visits/${visitId}/confirm`, { slot: 0 });
    stack.clock.travelTo(new Date('2026-09-09T13:00:00+02:00'));
    const completed = await call(adoption.teacher, 'post', `/visits/${visitId}/complete`, {
      pupilsAttended: 20,
    });
    expect(completed).toMatchObject({ status: 200, body: { status: 'completed' } });
    const [entry] = (await hoursOf(adoption)).items;
    expect(entry).toMatchObject({ source: 'visit', visitId, hours: 3 });
    for (const method of ['patch', 'delete'] as const) {
      await refusedAndUnchanged(
        admin,
        method,
        adoption,
        entry.id,
        { status: 409, body: expect.objectContaining({ code: 'hours.from-visit' }) },
        method === 'patch' ? { hours: 2 } : undefined,
      );
    }
  });

  describe('an adoption’s hours budget', () => {
    it('sets the contact person’s hours per term, and every term weighs the hours against it', async () => {
      const { adoptionId, contact } = await adoptClass(stack);
      const logged = await call(contact, 'post', `/adoptions/${adoptionId}/hours`, {
        date: '2026-09-01',
        hours: 2,
        activity: 'planning',
      });
      expect(logged).toMatchObject({ status: 201 });

      const answer = await call(admin, 'patch', `/adoptions/${adoptionId}`, {
        hoursBudgetPerTerm: 14.8,
      });
      expect(answer).toMatchObject({ status: 200, body: { hoursBudgetPerTerm: 14.8 } });
      expect(answer.body.terms[0]).toMatchObject({
        name: '2026/27-autumn',
        hoursBudget: 14.8,
        hoursLogged: 2,
      });
      const hours = await call(contact, 'get', `/adoptions/${adoptionId}/hours`);
      expect(hours.body.terms[0]).toEqual({
        term: '2026/27-autumn',
        budget: 14.8,
        logged: 2,
        remaining: 12.8,
      });
    });

    it('refuses a budget of 0, a negative one and one past 200 hours, and keeps 7.4', async () => {
      const { adoptionId } = await adoptClass(stack);
      for (const hoursBudgetPerTerm of [0, -1, 200.5, 7.125, '8']) {
        const answer = await call(admin, 'patch', `/adoptions/${adoptionId}`, {
          hoursBudgetPerTerm,
        });
        expect(answer).toMatchObject({
          status: 400,
          body: { details: [expect.objectContaining({ field: 'hoursBudgetPerTerm' })] },
        });
      }
      const adoption = await call(admin, 'get', `/adoptions/${adoptionId}`);
      expect(adoption.body.hoursBudgetPerTerm).toBe(7.4);
    });

    it('keeps the budget of an ended adoption as it was', async () => {
      const { adoptionId, teacher } = await adoptClass(stack);
      await call(teacher, 'post', `/adoptions/${adoptionId}/end`, { reason: 'Klassen flytter' });
      const answer = await call(admin, 'patch', `/adoptions/${adoptionId}`, {
        hoursBudgetPerTerm: 10,
      });
      expect(answer).toMatchObject({ status: 409, body: { code: 'adoption.not-active' } });
      expect((await call(admin, 'get', `/adoptions/${adoptionId}`)).body.hoursBudgetPerTerm).toBe(
        7.4,
      );
    });

    it('refuses the two sides of the adoption, who read the budget but do not set it', async () => {
      const { adoptionId, teacher, contact } = await adoptClass(stack);
      for (const side of [teacher, contact]) {
        const answer = await call(side, 'patch', `/adoptions/${adoptionId}`, {
          hoursBudgetPerTerm: 20,
        });
        expect(answer).toMatchObject({ status: 403, body: { code: 'access.role' } });
      }
      expect((await call(admin, 'get', `/adoptions/${adoptionId}`)).body.hoursBudgetPerTerm).toBe(
        7.4,
      );
    });
  });
});
