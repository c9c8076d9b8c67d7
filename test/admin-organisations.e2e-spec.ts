import { CsrModel, Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { Answer, answerer, inParallel } from './support/answers';
import { adoptClass, AdoptionScenario, propose } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// An admin corrects schools, companies and partner organisations after they were registered.
// A school's calendar carries its visits, so a change that would break a confirmed one is
// refused. "Now" is Tuesday 1 September 2026 in Copenhagen.

const START = new Date('2026-09-01T08:00:00+02:00');
/** Wednesday 14 October 2026, in the autumn holiday week most Danish schools take. */
const HOLIDAY_VISIT = { start: '2026-10-14T09:00:00+02:00', end: '2026-10-14T12:00:00+02:00' };
const AUTUMN_HOLIDAY = { from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' };

describe('an admin changing organisations', () => {
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

  /** An adopted class with a class visit (on 14 October) that the contact person has confirmed. */
  async function confirmedVisit(
    slot = HOLIDAY_VISIT,
  ): Promise<AdoptionScenario & { schoolId: string; visitId: string }> {
    const adoption = await adoptClass(stack);
    const { id: visitId } = await propose(stack, adoption.teacher, adoption.adoptionId, [slot]);
    expect(
      await call(adoption.contact, 'post', `/visits/${visitId}/confirm`, { slot: 0 }),
    ).toMatchObject({ status: 200, body: { status: 'confirmed' } });
    const schoolClass = await call(admin, 'get', `/classes/${adoption.classId}`);
    return { ...adoption, schoolId: schoolClass.body.schoolId, visitId };
  }

  /** The refusal, and the school exactly as it was before. */
  async function refusedAndUnchanged(
    schoolId: string,
    change: object,
    expected: Partial<Answer>,
  ): Promise<void> {
    const before = await call(admin, 'get', `/schools/${schoolId}`);
    const answer = await call(admin, 'patch', `/schools/${schoolId}`, change);
    expect(answer).toMatchObject(expected);
    expect(await call(admin, 'get', `/schools/${schoolId}`)).toEqual(before);
  }

  describe('schools', () => {
    it('corrects a school’s name, city, time zone and holidays', async () => {
      const school = await factories.school({ name: 'Bakkeskolen' });
      const answer = await call(admin, 'patch', `/schools/${school.id}`, {
        name: ' Bakkeskolen Esbjerg ',
        city: 'Esbjerg Ø',
        timezone: 'Atlantic/Faroe',
        closedDates: [{ from: '2026-12-21', to: '2027-01-01', label: 'Juleferie' }, AUTUMN_HOLIDAY],
      });
      const expected = {
        id: school.id,
        name: 'Bakkeskolen Esbjerg',
        city: 'Esbjerg Ø',
        timezone: 'Atlantic/Faroe',
        schoolYearStart: '08-01',
        lastSchoolDay: '06-30',
        closedDates: [AUTUMN_HOLIDAY, { from: '2026-12-21', to: '2027-01-01', label: 'Juleferie' }],
      };
      expect(answer).toEqual({ status: 200, body: expected });
      expect((await call(admin, 'get', `/schools/${school.id}`)).body).toEqual(expected);

      // Left out, the rest stays; an empty list opens every day again.
      const reopened = await call(admin, 'patch', `/schools/${school.id}`, { closedDates: [] });
      expect(reopened.body).toEqual({ ...expected, closedDates: [] });
    });

    it('refuses a time zone that is not an IANA zone, naming the field, and keeps the old one', async () => {
      const school = await factories.school();
      for (const timezone of ['Mars/Olympus_Mons', 'CEST', '+02:00']) {
        await refusedAndUnchanged(
          school.id,
          { timezone, name: 'Ny skole' },
          {
            status: 400,
            body: expect.objectContaining({
              details: [expect.objectContaining({ field: 'timezone' })],
            }),
          },
        );
      }
    });

    it('refuses closing a day that holds a confirmed visit, and closes it once the visit is cancelled', async () => {
      const { schoolId, visitId, teacher } = await confirmedVisit();
      await refusedAndUnchanged(
        schoolId,
        { name: 'Lukket skole', closedDates: [AUTUMN_HOLIDAY] },
        {
          status: 409,
          body: expect.objectContaining({
            code: 'school.closed-date-has-visit',
            message: expect.stringContaining('2026-10-14 lies in the closed period 2026-10-12'),
          }),
        },
      );
      // Days around the visit close as usual.
      const around = await call(admin, 'patch', `/schools/${schoolId}`, {
        closedDates: [{ from: '2026-10-15', to: '2026-10-16', label: 'Studiedage' }],
      });
      expect(around).toMatchObject({ status: 200 });

      await call(teacher, 'post', `/visits/${visitId}/cancel`, { reason: 'Skolen holder lukket' });
      const closed = await call(admin, 'patch', `/schools/${schoolId}`, {
        closedDates: [AUTUMN_HOLIDAY],
      });
      expect(closed).toMatchObject({ status: 200, body: { closedDates: [AUTUMN_HOLIDAY] } });
    });

    it('never both confirms a visit and closes its day when the two race', async () => {
      for (let round = 0; round < 3; round++) {
        const adoption = await adoptClass(stack);
        const { id: visitId } = await propose(stack, adoption.teacher, adoption.adoptionId, [
          HOLIDAY_VISIT,
        ]);
        const { body } = await call(admin, 'get', `/classes/${adoption.classId}`);
        const [confirm, close] = await inParallel(stack, [
          {
            user: adoption.contact,
            method: 'post',
            path: `/visits/${visitId}/confirm`,
            body: { slot: 0 },
          },
          {
            user: admin,
            method: 'patch',
            path: `/schools/${body.schoolId}`,
            body: { closedDates: [AUTUMN_HOLIDAY] },
          },
        ]);
        // One of the two wins; the other is refused, naming the rule it would break.
        expect([confirm.status, close.status].sort()).toEqual([200, 409]);
        expect(confirm.status === 409 ? confirm.body.code : close.body.code).toBe(
          confirm.status === 409 ? 'visit.closed-date' : 'school.closed-date-has-visit',
        );
      }
    });

    it('leaves a request on a day it closes to be refused when someone tries to confirm it', async () => {
      const adoption = await adoptClass(stack);
      const { id: visitId } = await propose(stack, adoption.teacher, adoption.adoptionId, [
        HOLIDAY_VISIT,
      ]);
      const { body } = await call(admin, 'get', `/classes/${adoption.classId}`);
      expect(
        await call(admin, 'patch', `/schools/${body.schoolId}`, { closedDates: [AUTUMN_HOLIDAY] }),
      ).toMatchObject({ status: 200 });
      const confirm = await call(adoption.contact, 'post', `/visits/${visitId}/confirm`, {
        slot: 0,
      });
      expect(confirm).toMatchObject({ status: 409, body: { code: 'visit.closed-date' } });
    });

    it('refuses a time zone on whose clocks a confirmed visit would fall on a weekend', async () => {
      // Friday 16 October, 13:00–16:00 in Copenhagen, is Saturday 00:00–03:00 in Auckland.
      const { schoolId } = await confirmedVisit({
        start: '2026-10-16T13:00:00+02:00',
        end: '2026-10-16T16:00:00+02:00',
      });
      await refusedAndUnchanged(
        schoolId,
        { timezone: 'Pacific/Auckland' },
        {
          status: 409,
          body: expect.objectContaining({
            code: 'school.timezone-moves-visit',
            message: expect.stringMatching(/Pacific\/Auckland.*weekday/),
          }),
        },
      );
      const london = await call(admin, 'patch', `/schools/${schoolId}`, {
        timezone: 'Europe/London',
      });
      expect(london).toMatchObject({ status: 200, body: { timezone: 'Europe/London' } });
    });

    it('moves the school year only while no class of the school has an adoption', async () => {
      const { schoolId } = await confirmedVisit();
      await refusedAndUnchanged(
        schoolId,
        { lastSchoolDay: '06-26' },
        { status: 409, body: expect.objectContaining({ code: 'school.calendar-has-adoptions' }) },
      );

      const school = await factories.school();
      const registered = await call(admin, 'post', `/schools/${school.id}/classes`, {
        label: '9.A',
        grade: 9,
        schoolYear: '2026/27',
        pupils: 24,
        teacherIds: [],
      });
      expect(registered).toMatchObject({ status: 201, body: { graduatesOn: '2027-06-30' } });
      const moved = await call(admin, 'patch', `/schools/${school.id}`, {
        schoolYearStart: '08-10',
        lastSchoolDay: '06-25',
      });
      expect(moved).toMatchObject({ status: 200, body: { lastSchoolDay: '06-25' } });
      const graduating = await call(admin, 'get', `/classes/${registered.body.id}`);
      expect(graduating.body.graduatesOn).toBe('2027-06-25');
    });

    it('refuses a last school day after the start of the year, naming the rule', async () => {
      const school = await factories.school();
      await refusedAndUnchanged(
        school.id,
        { lastSchoolDay: '08-15' },
        {
          status: 400,
          body: expect.objectContaining({ code: 'school.last-day-not-before-start' }),
        },
      );
    });

    it('answers 404 for a school that does not exist', async () => {
      const answer = await call(admin, 'patch', '/schools/00000000-0000-4000-8000-000000000000', {
        name: 'Ingen',
      });
      expect(answer).toMatchObject({ status: 404, body: { code: 'school.not-found' } });
    });

    it('refuses the school’s own teacher, and changes nothing', async () => {
      const school = await factories.school({ name: 'Bakkeskolen' });
      const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
      const answer = await call(teacher, 'patch', `/schools/${school.id}`, { name: 'Min skole' });
      expect(answer).toMatchObject({ status: 403, body: { code: 'access.role' } });
      expect((await call(admin, 'get', `/schools/${school.id}`)).body.name).toBe('Bakkeskolen');
    });
  });

  describe('companies and partner organisations', () => {
    it('corrects a company’s name, city and way of working with social responsibility', async () => {
      const company = await factories.company({ name: 'LEGO', csrModel: CsrModel.AddOn });
      const answer = await call(admin, 'patch', `/companies/${company.id}`, {
        name: 'LEGO A/S',
        csrModel: 'integrated',
      });
      const expected = { id: company.id, name: 'LEGO A/S', city: 'Vejle', csrModel: 'integrated' };
      expect(answer).toEqual({ status: 200, body: expected });
      expect((await call(admin, 'get', `/companies/${company.id}`)).body).toEqual(expected);
    });

    it('refuses an unknown CSR model or an empty name, naming the field, and changes nothing', async () => {
      const company = await factories.company({ name: 'LEGO' });
      for (const [change, field] of [
        [{ csrModel: 'charity' }, 'csrModel'],
        [{ name: '' }, 'name'],
        [{ city: 'Vejle', founded: 1932 }, 'founded'],
      ] as const) {
        const answer = await call(admin, 'patch', `/companies/${company.id}`, change);
        expect(answer).toMatchObject({
          status: 400,
          body: { details: [expect.objectContaining({ field })] },
        });
      }
      expect((await call(admin, 'get', `/companies/${company.id}`)).body).toMatchObject({
        name: 'LEGO',
        csrModel: CsrModel.Integrated,
      });
    });

    it('corrects a partner organisation’s description', async () => {
      const partner = await factories.partner({ name: 'Dansk Flygtningehjælp' });
      const answer = await call(admin, 'patch', `/partners/${partner.id}`, {
        description: 'Drengeklub med lektiehjælp og fodbold',
        city: 'Vejle Øst',
      });
      expect(answer).toEqual({
        status: 200,
        body: {
          id: partner.id,
          name: 'Dansk Flygtningehjælp',
          city: 'Vejle Øst',
          description: 'Drengeklub med lektiehjælp og fodbold',
        },
      });
    });

    it('refuses the company’s contact person and the partner’s coordinator', async () => {
      const company = await factories.company({ name: 'LEGO' });
      const partner = await factories.partner({ name: 'Red Barnet' });
      const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      const coordinator = await factories.user([
        { role: Role.Coordinator, organisationId: partner.id },
      ]);
      expect(
        await call(contact, 'patch', `/companies/${company.id}`, { name: 'Vores firma' }),
      ).toMatchObject({ status: 403, body: { code: 'access.role' } });
      expect(
        await call(coordinator, 'patch', `/partners/${partner.id}`, { name: 'Vores forening' }),
      ).toMatchObject({ status: 403, body: { code: 'access.role' } });
      expect((await call(admin, 'get', `/companies/${company.id}`)).body.name).toBe('LEGO');
      expect((await call(admin, 'get', `/partners/${partner.id}`)).body.name).toBe('Red Barnet');
    });
  });
});
