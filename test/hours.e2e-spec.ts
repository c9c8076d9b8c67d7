import { Response } from 'supertest';
import { Role, UserEntity } from '@app/core';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { Factories } from '@app/testing';
import { Answer, answerer } from './support/answers';
import { startTestStack, TestStack } from './support/test-stack';

// The contact person's hours: logged per day, reported per term against the budget. The clock
// only moves forward, so the tests that travel come in the order of their dates.

/** A response body, as loosely typed as JSON. */
type Body = Response['body'];

const CLOCK_START = new Date('2026-09-01T08:00:00+02:00');

describe('hours given to an adoption', () => {
  let stack: TestStack;
  let factories: Factories;
  let school: SchoolEntity;
  let company: CompanyEntity;
  let admin: UserEntity;
  let teacher: UserEntity;
  let contact: UserEntity;
  let colleague: UserEntity;
  let stranger: UserEntity;
  /** 8.A, with the default budget of 7.4 hours a term. */
  let adoptionId: string;
  /** 8.B, adopted by the same company and contact person, with 10 hours a term. */
  let generousAdoptionId: string;

  const call = (user: UserEntity, method: 'get' | 'post', path: string, body?: object) =>
    answerer(stack)(user, method, path, body);

  function logHours(user: UserEntity, id: string, entry: object): Promise<Answer> {
    return call(user, 'post', `/adoptions/${id}/hours`, entry);
  }

  async function hoursOf(id: string): Promise<Body> {
    const answer = await call(contact, 'get', `/adoptions/${id}/hours`);
    expect(answer).toMatchObject({ status: 200 });
    return answer.body;
  }

  /** Registers a class as the teacher and has the admin create its adoption. */
  async function adopt(label: string, extra: object = {}): Promise<string> {
    const registered = await call(teacher, 'post', `/schools/${school.id}/classes`, {
      label,
      grade: 8,
      schoolYear: '2026/27',
      pupils: 22,
      teacherIds: [teacher.id],
    });
    expect(registered).toMatchObject({ status: 201 });
    const adoption = await call(admin, 'post', '/adoptions', {
      classId: registered.body.id,
      companyId: company.id,
      contactPersonId: contact.id,
      startsOn: '2026-08-17',
      ...extra,
    });
    expect(adoption).toMatchObject({ status: 201, body: { endsOn: '2028-06-30' } });
    return adoption.body.id;
  }

  beforeAll(async () => {
    stack = await startTestStack({ worker: false, clockStart: CLOCK_START });
    factories = new Factories(stack.dataSource);
    school = await factories.school({ name: 'Bakkeskolen' });
    company = await factories.company({ name: 'LEGO' });
    const otherCompany = await factories.company({ name: 'Danfoss' });
    admin = await factories.user([{ role: Role.Admin }], { name: 'Sekretariatet' });
    teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }], {
      name: 'Marianne',
    });
    contact = await factories.user([{ role: Role.Contact, organisationId: company.id }], {
      name: 'Jonas',
    });
    colleague = await factories.user([{ role: Role.Contact, organisationId: company.id }], {
      name: 'Mette',
    });
    stranger = await factories.user([{ role: Role.Contact, organisationId: otherCompany.id }], {
      name: 'Lars',
    });
    adoptionId = await adopt('8.A');
    generousAdoptionId = await adopt('8.B', { hoursBudgetPerTerm: 10 });
  });
  afterAll(() => stack.stop());

  it('logs the contact person’s hours with the term they fall in', async () => {
    const logged = await logHours(contact, adoptionId, {
      date: '2026-08-20',
      hours: 3,
      activity: 'planning',
      note: 'Programmet for klassebesøget',
    });

    expect(logged).toMatchObject({
      status: 201,
      body: {
        id: expect.any(String),
        userId: contact.id,
        date: '2026-08-20',
        term: '2026/27-autumn',
        hours: 3,
        activity: 'planning',
        note: 'Programmet for klassebesøget',
        source: 'manual',
        visitId: null,
      },
    });
    const { items } = await hoursOf(adoptionId);
    expect(items).toEqual([expect.objectContaining({ id: logged.body.id, hours: 3 })]);
  });

  it('totals each term against the default budget of 7.4 hours', async () => {
    await expect(
      logHours(contact, adoptionId, { date: '2026-09-01', hours: 1.25, activity: 'meeting' }),
    ).resolves.toMatchObject({ status: 201, body: { term: '2026/27-autumn', note: '' } });
    stack.clock.travelTo(new Date('2027-02-10T09:00:00+01:00'));
    const spring = await logHours(contact, adoptionId, {
      date: '2027-02-09',
      hours: 2,
      activity: 'travel',
    });
    expect(spring).toMatchObject({ status: 201, body: { term: '2026/27-spring' } });

    const { items, terms } = await hoursOf(adoptionId);
    expect(items.map((entry: { date: string }) => entry.date)).toEqual([
      '2026-08-20',
      '2026-09-01',
      '2027-02-09',
    ]);
    expect(terms).toEqual([
      { term: '2026/27-autumn', budget: 7.4, logged: 4.25, remaining: 3.15 },
      { term: '2026/27-spring', budget: 7.4, logged: 2, remaining: 5.4 },
      { term: '2027/28-autumn', budget: 7.4, logged: 0, remaining: 7.4 },
      { term: '2027/28-spring', budget: 7.4, logged: 0, remaining: 7.4 },
    ]);
    const adoption = await call(contact, 'get', `/adoptions/${adoptionId}`);
    expect(
      adoption.body.terms.map(
        (term: { name: string; hoursLogged: number; hoursBudget: number }) => [
          term.name,
          term.hoursLogged,
          term.hoursBudget,
        ],
      ),
    ).toEqual([
      ['2026/27-autumn', 4.25, 7.4],
      ['2026/27-spring', 2, 7.4],
      ['2027/28-autumn', 0, 7.4],
      ['2027/28-spring', 0, 7.4],
    ]);
  });

  it('totals each term against a budget set for the adoption', async () => {
    await expect(
      logHours(contact, generousAdoptionId, { date: '2026-08-31', hours: 6.5, activity: 'other' }),
    ).resolves.toMatchObject({ status: 201 });

    const { items, terms } = await hoursOf(generousAdoptionId);
    expect(items).toHaveLength(1);
    expect(terms[0]).toEqual({ term: '2026/27-autumn', budget: 10, logged: 6.5, remaining: 3.5 });
    expect(terms.slice(1).map((term: { budget: number }) => term.budget)).toEqual([10, 10, 10]);
    // The other adoption's totals do not count here, nor these there.
    expect((await hoursOf(adoptionId)).terms[0].logged).toBe(4.25);
  });

  it('lets the teacher, but no one outside the adoption, read the hours', async () => {
    const read = await call(teacher, 'get', `/adoptions/${adoptionId}/hours`);
    expect(read).toMatchObject({ status: 200, body: { terms: expect.any(Array) } });
    expect(read.body.items).toHaveLength(3);
    await expect(call(stranger, 'get', `/adoptions/${adoptionId}/hours`)).resolves.toMatchObject({
      status: 404,
    });
  });

  describe('refusals, which change nothing', () => {
    let before: Body;
    let generousBefore: Body;

    beforeEach(async () => {
      before = await hoursOf(adoptionId);
      generousBefore = await hoursOf(generousAdoptionId);
    });
    afterEach(async () => {
      expect(await hoursOf(adoptionId)).toEqual(before);
      expect(await hoursOf(generousAdoptionId)).toEqual(generousBefore);
    });

    const entry = { date: '2026-08-25', hours: 2, activity: 'planning' };

    it('refuses a teacher of the class with 403', async () => {
      await expect(logHours(teacher, adoptionId, entry)).resolves.toMatchObject({ status: 403 });
    });

    it('tells a teacher of the class that only the contact person logs hours', async () => {
      await expect(logHours(teacher, adoptionId, entry)).resolves.toMatchObject({
        status: 403,
        body: { code: 'hours.contact-person-only' },
      });
    });

    it('refuses another contact person of the company with 403', async () => {
      await expect(logHours(colleague, adoptionId, entry)).resolves.toMatchObject({
        status: 403,
        body: { code: 'hours.contact-person-only' },
      });
    });

    it('refuses an admin with 403: hours are the contact person’s own', async () => {
      await expect(logHours(admin, adoptionId, entry)).resolves.toMatchObject({
        status: 403,
        body: { code: 'hours.contact-person-only' },
      });
    });

    it('does not show the adoption to a contact person of another company', async () => {
      await expect(logHours(stranger, adoptionId, entry)).resolves.toMatchObject({
        status: 404,
      });
    });

    it.each([
      ['no hours', { hours: 0 }, 'hours'],
      ['negative hours', { hours: -1 }, 'hours'],
      ['more than 24 hours', { hours: 25 }, 'hours'],
      ['more than two decimals', { hours: 1.234 }, 'hours'],
      ['hours as text', { hours: '2' }, 'hours'],
      ['an unknown activity', { activity: 'lunch' }, 'activity'],
      ['a date that does not exist', { date: '2026-02-30' }, 'date'],
      ['a date in another format', { date: '25-08-2026' }, 'date'],
      ['a time instead of a date', { date: '2026-08-25T10:00:00+02:00' }, 'date'],
      ['an unknown field', { visitId: '00000000-0000-4000-8000-000000000000' }, 'visitId'],
    ])('answers 400 for %s', async (_what, change, field) => {
      const answer = await logHours(contact, adoptionId, { ...entry, ...change });

      expect(answer).toMatchObject({ status: 400, body: { code: expect.any(String) } });
      expect(answer.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    });

    it('answers 400 when the date is missing', async () => {
      const answer = await logHours(contact, adoptionId, { hours: 2, activity: 'planning' });
      expect(answer).toMatchObject({ status: 400 });
    });

    it('refuses hours for a day still to come (hours.in-future)', async () => {
      // Tomorrow on the school's wall clock, wherever the tests before left the clock.
      const tomorrow = stack.clock.nowIn('Europe/Copenhagen').plus({ days: 1 }).toISODate();
      await expect(
        logHours(contact, adoptionId, { ...entry, date: tomorrow }),
      ).resolves.toMatchObject({ status: 409, body: { code: 'hours.in-future' } });
    });

    it('refuses hours before the adoption started (hours.outside-adoption)', async () => {
      await expect(
        logHours(contact, adoptionId, { ...entry, date: '2026-08-14' }),
      ).resolves.toMatchObject({ status: 409, body: { code: 'hours.outside-adoption' } });
    });

    it('refuses more than 24 hours on one day over all the person’s adoptions', async () => {
      const day = '2026-08-27';
      // The 20 hours are part of the state the refusal must leave alone.
      const first = await logHours(contact, adoptionId, {
        date: day,
        hours: 20,
        activity: 'other',
      });
      expect(first).toMatchObject({ status: 201 });
      before = await hoursOf(adoptionId);

      await expect(
        logHours(contact, generousAdoptionId, { date: day, hours: 5, activity: 'other' }),
      ).resolves.toMatchObject({ status: 409, body: { code: 'hours.day-over-24' } });
      await expect(
        logHours(contact, adoptionId, { date: day, hours: 4.01, activity: 'other' }),
      ).resolves.toMatchObject({ status: 409, body: { code: 'hours.day-over-24' } });
    });

    it('refuses hours in the summer holiday, between two terms (hours.outside-term)', async () => {
      stack.clock.travelTo(new Date('2027-08-10T10:00:00+02:00'));
      const answer = await logHours(contact, adoptionId, { ...entry, date: '2027-07-06' });
      expect(answer).toMatchObject({ status: 409, body: { code: 'hours.outside-term' } });
    });

    it('refuses hours after the adoption ended (hours.outside-adoption)', async () => {
      stack.clock.travelTo(new Date('2028-08-15T10:00:00+02:00'));
      const answer = await logHours(contact, adoptionId, { ...entry, date: '2028-07-03' });
      expect(answer).toMatchObject({ status: 409, body: { code: 'hours.outside-adoption' } });
    });
  });

  it('takes a day up to exactly 24 hours over two adoptions', async () => {
    const day = '2026-08-28';
    await expect(
      logHours(contact, adoptionId, { date: day, hours: 20, activity: 'other' }),
    ).resolves.toMatchObject({ status: 201 });
    await expect(
      logHours(contact, generousAdoptionId, { date: day, hours: 4, activity: 'travel' }),
    ).resolves.toMatchObject({ status: 201 });

    const [row] = await stack.dataSource.query<{ total: string }[]>(
      'SELECT sum(hours) AS total FROM hours_entries WHERE user_id = $1 AND date = $2',
      [contact.id, day],
    );
    expect(Number(row.total)).toBe(24);
  });
});
