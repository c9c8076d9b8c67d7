import type { Response } from 'supertest';
import { Role, UserEntity } from '@app/core';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { Factories } from '@app/testing';
import { propose, proposal } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';
import { invalid, ok, refused, Json } from './support/responses';

// Classes, their grades and graduation, and the adoptions that last until a class has finished
// 9th grade. "Now" is Tuesday 1 September 2026, 08:00 in Copenhagen: school year 2026/27. The
// clock only moves forward, so a test that travels comes last in its block, in date order.

const START = new Date('2026-09-01T08:00:00+02:00');
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

interface Side {
  school: SchoolEntity;
  teacher: UserEntity;
  company: CompanyEntity;
  contact: UserEntity;
}

interface ClassInput {
  label?: string;
  grade?: number;
  schoolYear?: string;
  pupils?: number;
}

function slot(date: string, from: string, to: string, offset = '+02:00') {
  return { start: `${date}T${from}:00${offset}`, end: `${date}T${to}:00${offset}` };
}

describe('classes and adoptions', () => {
  let stack: TestStack;
  let factories: Factories;
  let admin: UserEntity;

  async function get(user: UserEntity, path: string): Promise<Response> {
    return stack
      .http()
      .get(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await stack.tokenFor(user.id)}`);
  }

  async function post(user: UserEntity, path: string, body: object = {}): Promise<Response> {
    return stack
      .http()
      .post(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await stack.tokenFor(user.id)}`)
      .send(body);
  }

  /** A school with a teacher, and a company with a contact person. */
  async function sides(school: Partial<SchoolEntity> = {}): Promise<Side> {
    const created = await factories.school(school);
    const company = await factories.company();
    return {
      school: created,
      teacher: await factories.user([{ role: Role.Teacher, organisationId: created.id }]),
      company,
      contact: await factories.user([{ role: Role.Contact, organisationId: company.id }]),
    };
  }

  async function registerClass(s: Side, input: ClassInput = {}): Promise<Json> {
    return ok(
      await post(s.teacher, `/schools/${s.school.id}/classes`, {
        label: '2.A',
        grade: 2,
        schoolYear: '2026/27',
        pupils: 22,
        teacherIds: [s.teacher.id],
        ...input,
      }),
      201,
    );
  }

  function adopt(s: Side, classId: string, startsOn = '2026-09-01'): Promise<Response> {
    return post(admin, '/adoptions', {
      classId,
      companyId: s.company.id,
      contactPersonId: s.contact.id,
      startsOn,
    });
  }

  /** A class of the school, adopted by the company from 1 September 2026. */
  async function adopted(
    s: Side,
    input: ClassInput = {},
  ): Promise<{ classId: string; id: string }> {
    const schoolClass = await registerClass(s, input);
    const adoption = ok(await adopt(s, schoolClass.id), 201);
    return { classId: schoolClass.id, id: adoption.id };
  }

  /** Every adoption of a class, as an admin lists them. */
  async function adoptionsOf(classId: string): Promise<Json[]> {
    const items: Json[] = ok(await get(admin, '/adoptions?limit=200'), 200).items;
    return items.filter((adoption) => adoption.classId === classId);
  }

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: START, worker: false });
    factories = new Factories(stack.dataSource);
    admin = await factories.user([{ role: Role.Admin }], { name: 'Områdesekretariatet' });
  });
  afterAll(() => stack.stop());

  describe('registering a class', () => {
    it('registers a class with its grade today and the day it graduates', async () => {
      const s = await sides();
      const response = await post(s.teacher, `/schools/${s.school.id}/classes`, {
        label: '2.A',
        grade: 2,
        schoolYear: '2026/27',
        pupils: 22,
        teacherIds: [s.teacher.id],
      });
      const schoolClass = ok(response, 201);
      expect(schoolClass).toEqual({
        id: expect.any(String),
        schoolId: s.school.id,
        label: '2.A',
        grade: 2,
        schoolYear: '2026/27',
        pupils: 22,
        currentGrade: 2,
        graduatesOn: '2034-06-30',
        teacherIds: [s.teacher.id],
      });
      expect(ok(await get(s.teacher, `/classes/${schoolClass.id}`), 200)).toEqual(schoolClass);
    });

    it('moves a class registered last school year up one grade', async () => {
      const s = await sides();
      const schoolClass = await registerClass(s, { grade: 1, schoolYear: '2025/26' });
      expect(schoolClass).toMatchObject({ grade: 1, currentGrade: 2, graduatesOn: '2034-06-30' });
    });

    it("graduates a class on its school's own last school day", async () => {
      const s = await sides({ lastSchoolDay: '06-20' });
      const schoolClass = await registerClass(s, { grade: 9 });
      expect(schoolClass.graduatesOn).toBe('2027-06-20');
    });

    it('lets an admin register a class with several teachers', async () => {
      const s = await sides();
      const colleague = await factories.user([{ role: Role.Teacher, organisationId: s.school.id }]);
      const schoolClass = ok(
        await post(admin, `/schools/${s.school.id}/classes`, {
          label: '0.B',
          grade: 0,
          schoolYear: '2026/27',
          pupils: 19,
          teacherIds: [s.teacher.id, colleague.id],
        }),
        201,
      );
      expect(schoolClass.teacherIds).toEqual([s.teacher.id, colleague.id].sort());
      expect(schoolClass.graduatesOn).toBe('2036-06-30');
    });

    it.each([
      ['a teacher of another school', Role.Teacher, 'other-school'],
      ['a contact person of a company', Role.Contact, 'company'],
    ])('refuses %s as teacher of the class, naming teacherIds', async (_what, role, where) => {
      const s = await sides();
      const organisationId = where === 'company' ? s.company.id : (await factories.school()).id;
      const stranger = await factories.user([{ role, organisationId }]);
      invalid(
        await post(s.teacher, `/schools/${s.school.id}/classes`, {
          label: '3.A',
          grade: 3,
          schoolYear: '2026/27',
          pupils: 20,
          teacherIds: [s.teacher.id, stranger.id],
        }),
        'teacherIds',
      );
      expect(ok(await get(s.teacher, `/schools/${s.school.id}/classes`), 200).items).toEqual([]);
    });

    it('refuses a second class with the same label in the same school year', async () => {
      const s = await sides();
      const first = await registerClass(s, { label: '7.A', grade: 7 });
      refused(
        await post(s.teacher, `/schools/${s.school.id}/classes`, {
          label: '7.A',
          grade: 7,
          schoolYear: '2026/27',
          pupils: 25,
          teacherIds: [],
        }),
        409,
        'class.label-taken',
      );
      const listed = ok(await get(s.teacher, `/schools/${s.school.id}/classes`), 200).items;
      expect(listed.map((c: { id: string }) => c.id)).toEqual([first.id]);
    });

    it('allows the same label in another school year and at another school', async () => {
      const s = await sides();
      await registerClass(s, { label: '7.A', grade: 7 });
      await registerClass(s, { label: '7.A', grade: 6, schoolYear: '2025/26' });
      await registerClass(await sides(), { label: '7.A', grade: 7 });
    });

    it.each([
      ['a grade above 10', { grade: 11 }, 'grade'],
      ['a negative grade', { grade: -1 }, 'grade'],
      ['a grade that is no whole number', { grade: 2.5 }, 'grade'],
      ['no pupils', { pupils: 0 }, 'pupils'],
      ['more than 100 pupils', { pupils: 101 }, 'pupils'],
      ['a school year written 2026-27', { schoolYear: '2026-27' }, 'schoolYear'],
      ['a school year of the wrong years', { schoolYear: '2026/29' }, 'schoolYear'],
      ['a teacher id that is no UUID', { teacherIds: ['marianne'] }, 'teacherIds'],
      ['an empty label', { label: '' }, 'label'],
      ['an unknown field', { room: 'B12' }, 'room'],
    ])('refuses %s with 400 naming the field', async (_what, change, field) => {
      const s = await sides();
      invalid(
        await post(s.teacher, `/schools/${s.school.id}/classes`, {
          label: '2.A',
          grade: 2,
          schoolYear: '2026/27',
          pupils: 22,
          teacherIds: [s.teacher.id],
          ...change,
        }),
        field,
      );
      expect(ok(await get(s.teacher, `/schools/${s.school.id}/classes`), 200).items).toEqual([]);
    });

    it('answers 404 to a teacher of another school and 403 to a contact person', async () => {
      const s = await sides();
      const stranger = (await sides()).teacher;
      const body = { label: '1.A', grade: 1, schoolYear: '2026/27', pupils: 20, teacherIds: [] };
      refused(
        await post(stranger, `/schools/${s.school.id}/classes`, body),
        404,
        'school.not-found',
      );
      refused(await post(s.contact, `/schools/${s.school.id}/classes`, body), 403, 'access.role');
      expect(ok(await get(admin, `/schools/${s.school.id}/classes`), 200).items).toEqual([]);
    });
  });

  describe('seeing classes', () => {
    it("lists a school's classes to its teachers and admins, and to no one else", async () => {
      const s = await sides();
      const first = await registerClass(s, { label: '1.A', grade: 1 });
      const second = await registerClass(s, { label: '1.B', grade: 1 });
      for (const user of [s.teacher, admin]) {
        const listed = ok(await get(user, `/schools/${s.school.id}/classes`), 200);
        expect(listed.items.map((c: { id: string }) => c.id)).toEqual([first.id, second.id]);
      }
      const stranger = (await sides()).teacher;
      for (const user of [stranger, s.contact]) {
        refused(await get(user, `/schools/${s.school.id}/classes`), 404, 'school.not-found');
      }
    });

    it('shows a class to contact persons of the company that adopted it, to no other', async () => {
      const s = await sides();
      const schoolClass = await registerClass(s);
      refused(await get(s.contact, `/classes/${schoolClass.id}`), 404, 'class.not-found');

      ok(await adopt(s, schoolClass.id), 201);
      const colleague = await factories.user([
        { role: Role.Contact, organisationId: s.company.id },
      ]);
      for (const user of [s.contact, colleague]) {
        expect(ok(await get(user, `/classes/${schoolClass.id}`), 200).id).toBe(schoolClass.id);
      }
      const volunteer = await factories.user([
        { role: Role.Volunteer, organisationId: s.company.id },
      ]);
      const otherContact = (await sides()).contact;
      const otherTeacher = (await sides()).teacher;
      for (const user of [volunteer, otherContact, otherTeacher]) {
        refused(await get(user, `/classes/${schoolClass.id}`), 404, 'class.not-found');
      }
      refused(await get(admin, `/classes/${UNKNOWN_UUID}`), 404, 'class.not-found');
    });
  });

  describe('creating an adoption', () => {
    it('creates an adoption that ends when the class graduates, with its terms', async () => {
      const s = await sides();
      const schoolClass = await registerClass(s, { label: '8.A', grade: 8 });
      const adoption = ok(await adopt(s, schoolClass.id, '2026-09-01'), 201);

      expect(adoption).toMatchObject({
        id: expect.any(String),
        classId: schoolClass.id,
        companyId: s.company.id,
        contactPersonId: s.contact.id,
        status: 'active',
        startsOn: '2026-09-01',
        endsOn: '2028-06-30',
        hoursBudgetPerTerm: 7.4,
      });
      const term = (name: string, kind: string, startsOn: string, endsOn: string) => ({
        name,
        kind,
        startsOn,
        endsOn,
        visits: [],
        hoursBudget: 7.4,
        hoursLogged: 0,
      });
      expect(adoption.terms).toEqual([
        term('2026/27-autumn', 'autumn', '2026-08-01', '2026-12-31'),
        term('2026/27-spring', 'spring', '2027-01-01', '2027-06-30'),
        term('2027/28-autumn', 'autumn', '2027-08-01', '2027-12-31'),
        term('2027/28-spring', 'spring', '2028-01-01', '2028-06-30'),
      ]);
      expect(ok(await get(s.teacher, `/adoptions/${adoption.id}`), 200)).toEqual(adoption);
    });

    it('takes its own budget of hours per term', async () => {
      const s = await sides();
      const schoolClass = await registerClass(s, { grade: 9 });
      const adoption = ok(
        await post(admin, '/adoptions', {
          classId: schoolClass.id,
          companyId: s.company.id,
          contactPersonId: s.contact.id,
          startsOn: '2026-09-01',
          hoursBudgetPerTerm: 14.8,
        }),
        201,
      );
      expect(adoption.hoursBudgetPerTerm).toBe(14.8);
      expect(adoption.terms.map((t: { hoursBudget: number }) => t.hoursBudget)).toEqual([
        14.8, 14.8,
      ]);
    });

    it('refuses a class that has already graduated', async () => {
      const s = await sides();
      const schoolClass = await registerClass(s, { label: '9.A', grade: 9, schoolYear: '2025/26' });
      expect(schoolClass.graduatesOn).toBe('2026-06-30');
      refused(await adopt(s, schoolClass.id), 409, 'adoption.class-graduated');
      expect(await adoptionsOf(schoolClass.id)).toEqual([]);
    });

    it('refuses an adoption that starts after the class graduates', async () => {
      const s = await sides();
      const schoolClass = await registerClass(s, { label: '9.A', grade: 9 });
      refused(
        await adopt(s, schoolClass.id, '2027-07-01'),
        409,
        'adoption.starts-after-graduation',
      );
      expect(await adoptionsOf(schoolClass.id)).toEqual([]);
      // Its last school day is still a day of the adoption.
      ok(await adopt(s, schoolClass.id, '2027-06-30'), 201);
    });

    it('refuses a class in 10th grade', async () => {
      const s = await sides();
      const schoolClass = await registerClass(s, { label: '10.A', grade: 10 });
      refused(await adopt(s, schoolClass.id), 409, 'adoption.class-beyond-9th-grade');
      expect(await adoptionsOf(schoolClass.id)).toEqual([]);
    });

    it('refuses a second adoption of a class that is adopted', async () => {
      const s = await sides();
      const first = await adopted(s);
      const other = await sides();
      const response = await post(admin, '/adoptions', {
        classId: first.classId,
        companyId: other.company.id,
        contactPersonId: other.contact.id,
        startsOn: '2026-10-01',
      });
      refused(response, 409, 'adoption.class-already-adopted');
      expect((await adoptionsOf(first.classId)).map((a) => a.id)).toEqual([first.id]);
    });

    it('lets a class be adopted again once its adoption has ended', async () => {
      const s = await sides();
      const first = await adopted(s);
      ok(await post(s.teacher, `/adoptions/${first.id}/end`, { reason: 'Firmaet flytter' }), 200);
      const other = await sides();
      const again = ok(
        await post(admin, '/adoptions', {
          classId: first.classId,
          companyId: other.company.id,
          contactPersonId: other.contact.id,
          startsOn: '2026-10-01',
        }),
        201,
      );
      expect(again).toMatchObject({ status: 'active', startsOn: '2026-10-01' });
    });

    it.each([
      ['a contact person of another company', 'other'],
      ['a volunteer of the company', 'volunteer'],
      ['a teacher', 'teacher'],
    ])('refuses %s as the contact person', async (_what, who) => {
      const s = await sides();
      const schoolClass = await registerClass(s);
      const person =
        who === 'other'
          ? (await sides()).contact
          : who === 'volunteer'
            ? await factories.user([{ role: Role.Volunteer, organisationId: s.company.id }])
            : s.teacher;
      const response = await post(admin, '/adoptions', {
        classId: schoolClass.id,
        companyId: s.company.id,
        contactPersonId: person.id,
        startsOn: '2026-09-01',
      });
      refused(response, 409, 'adoption.contact-not-in-company');
      expect(await adoptionsOf(schoolClass.id)).toEqual([]);
    });

    it.each(['classId', 'companyId'])('refuses an unknown %s with 400 naming it', async (field) => {
      const s = await sides();
      const schoolClass = await registerClass(s);
      const body = {
        classId: schoolClass.id,
        companyId: s.company.id,
        contactPersonId: s.contact.id,
        startsOn: '2026-09-01',
        [field]: UNKNOWN_UUID,
      };
      invalid(await post(admin, '/adoptions', body), field);
      expect(await adoptionsOf(schoolClass.id)).toEqual([]);
    });

    it.each([
      ['a start that is no date', { startsOn: '1 September' }, 'startsOn'],
      ['a class id that is no UUID', { classId: '2.A' }, 'classId'],
      ['a budget of no hours', { hoursBudgetPerTerm: 0 }, 'hoursBudgetPerTerm'],
      ['an end date typed in', { endsOn: '2030-06-30' }, 'endsOn'],
    ])('refuses %s with 400 naming the field', async (_what, change, field) => {
      const s = await sides();
      const schoolClass = await registerClass(s);
      invalid(
        await post(admin, '/adoptions', {
          classId: schoolClass.id,
          companyId: s.company.id,
          contactPersonId: s.contact.id,
          startsOn: '2026-09-01',
          ...change,
        }),
        field,
      );
      expect(await adoptionsOf(schoolClass.id)).toEqual([]);
    });

    it('lets only admins create adoptions', async () => {
      const s = await sides();
      const schoolClass = await registerClass(s);
      for (const user of [s.teacher, s.contact]) {
        refused(
          await post(user, '/adoptions', {
            classId: schoolClass.id,
            companyId: s.company.id,
            contactPersonId: s.contact.id,
            startsOn: '2026-09-01',
          }),
          403,
          'access.role',
        );
      }
      expect(await adoptionsOf(schoolClass.id)).toEqual([]);
    });
  });

  describe('seeing adoptions', () => {
    it('lists adoptions to the people of their school and company only', async () => {
      const s = await sides();
      const mine = await adopted(s);
      const theirs = await adopted(await sides());
      const ids = async (user: UserEntity) =>
        ok(await get(user, '/adoptions'), 200).items.map((a: { id: string }) => a.id);

      expect(await ids(s.teacher)).toEqual([mine.id]);
      expect(await ids(s.contact)).toEqual([mine.id]);
      const volunteer = await factories.user([
        { role: Role.Volunteer, organisationId: s.company.id },
      ]);
      expect(await ids(volunteer)).toEqual([]);
      expect(await ids(await factories.user())).toEqual([]);
      const all = ok(await get(admin, '/adoptions?limit=200'), 200).items;
      expect(all.map((a: { id: string }) => a.id)).toEqual(
        expect.arrayContaining([mine.id, theirs.id]),
      );
    });

    it('shows in each term its visits and the hours logged against the budget', async () => {
      const s = await sides();
      const adoption = await adopted(s, { grade: 9 });
      const visit = await propose(stack, s.teacher, adoption.id, [
        slot('2026-10-07', '09:00', '12:00'),
      ]);
      ok(
        await post(s.contact, `/adoptions/${adoption.id}/hours`, {
          date: '2026-09-01',
          hours: 1.5,
          activity: 'planning',
          note: 'Programmet for besøget',
        }),
        201,
      );

      const view = ok(await get(s.contact, `/adoptions/${adoption.id}`), 200);
      expect(view.terms).toEqual([
        {
          name: '2026/27-autumn',
          kind: 'autumn',
          startsOn: '2026-08-01',
          endsOn: '2026-12-31',
          visits: [expect.objectContaining({ id: visit.id, status: 'requested' })],
          hoursBudget: 7.4,
          hoursLogged: 1.5,
        },
        expect.objectContaining({ name: '2026/27-spring', visits: [], hoursLogged: 0 }),
      ]);
    });

    it('answers 404 to a teacher of another school and to a volunteer of the company', async () => {
      const s = await sides();
      const adoption = await adopted(s);
      const stranger = (await sides()).teacher;
      const volunteer = await factories.user([
        { role: Role.Volunteer, organisationId: s.company.id },
      ]);
      for (const user of [stranger, volunteer]) {
        refused(await get(user, `/adoptions/${adoption.id}`), 404, 'adoption.not-found');
      }
      refused(await get(admin, `/adoptions/${UNKNOWN_UUID}`), 404, 'adoption.not-found');
    });
  });

  describe('ending an adoption early', () => {
    it('ends it with a reason and cancels its open visits', async () => {
      const s = await sides();
      const adoption = await adopted(s);
      const preparation = await propose(
        stack,
        s.teacher,
        adoption.id,
        [slot('2026-10-05', '14:00', '15:00')],
        { kind: 'preparation' },
      );
      ok(await post(s.contact, `/visits/${preparation.id}/confirm`, { slot: 0 }), 200);
      const classVisit = await propose(stack, s.teacher, adoption.id, [
        slot('2026-10-07', '09:00', '12:00'),
      ]);

      const ended = ok(
        await post(s.teacher, `/adoptions/${adoption.id}/end`, {
          reason: 'Virksomheden lukker afdelingen',
        }),
        200,
      );
      expect(ended).toMatchObject({
        id: adoption.id,
        status: 'ended',
        endReason: 'Virksomheden lukker afdelingen',
        endedAt: expect.stringMatching(/^2026-09-01T06:/),
      });
      expect(ended).toMatchObject({ status: 'ended', endsOn: '2034-06-30' });
      for (const id of [preparation.id, classVisit.id]) {
        const visit = ok(await get(s.contact, `/visits/${id}`), 200);
        expect(visit).toMatchObject({
          status: 'cancelled',
          reason: 'Virksomheden lukker afdelingen',
        });
        expect(visit.history.at(-1)).toMatchObject({ action: 'cancelled', actorId: s.teacher.id });
      }
    });

    it('lets the contact person end it, and an admin', async () => {
      for (const who of ['contact', 'admin'] as const) {
        const s = await sides();
        const adoption = await adopted(s);
        const user = who === 'contact' ? s.contact : admin;
        const ended = ok(
          await post(user, `/adoptions/${adoption.id}/end`, { reason: 'Samarbejdet stopper' }),
          200,
        );
        expect(ended.status).toBe('ended');
      }
    });

    it('refuses to end an adoption twice', async () => {
      const s = await sides();
      const adoption = await adopted(s);
      ok(await post(s.teacher, `/adoptions/${adoption.id}/end`, { reason: 'Første' }), 200);
      refused(
        await post(s.contact, `/adoptions/${adoption.id}/end`, { reason: 'Anden' }),
        409,
        'adoption.not-active',
      );
      expect(ok(await get(admin, `/adoptions/${adoption.id}`), 200)).toMatchObject({
        status: 'ended',
        endReason: 'Første',
      });
    });

    it('refuses new visits once it has ended', async () => {
      const s = await sides();
      const adoption = await adopted(s);
      ok(await post(s.teacher, `/adoptions/${adoption.id}/end`, { reason: 'Slut' }), 200);
      refused(
        await post(
          s.teacher,
          `/adoptions/${adoption.id}/visits`,
          proposal([slot('2026-10-07', '09:00', '12:00')]),
        ),
        409,
        'adoption.not-active',
      );
      expect(ok(await get(admin, `/visits?adoptionId=${adoption.id}`), 200).items).toEqual([]);
    });

    it('refuses people of either organisation who are no side of the adoption', async () => {
      const s = await sides();
      const adoption = await adopted(s);
      const colleague = await factories.user([{ role: Role.Teacher, organisationId: s.school.id }]);
      const otherContact = await factories.user([
        { role: Role.Contact, organisationId: s.company.id },
      ]);
      for (const user of [colleague, otherContact]) {
        refused(
          await post(user, `/adoptions/${adoption.id}/end`, { reason: 'Nej' }),
          403,
          'adoption.not-a-side',
        );
      }
      expect(ok(await get(admin, `/adoptions/${adoption.id}`), 200).status).toBe('active');
    });

    it('answers 404 to a teacher of another school and 403 to a volunteer', async () => {
      const s = await sides();
      const adoption = await adopted(s);
      const stranger = (await sides()).teacher;
      const volunteer = await factories.user([
        { role: Role.Volunteer, organisationId: s.company.id },
      ]);
      refused(
        await post(stranger, `/adoptions/${adoption.id}/end`, { reason: 'Nej' }),
        404,
        'adoption.not-found',
      );
      refused(
        await post(volunteer, `/adoptions/${adoption.id}/end`, { reason: 'Nej' }),
        403,
        'access.role',
      );
      expect(ok(await get(admin, `/adoptions/${adoption.id}`), 200).status).toBe('active');
    });

    it('refuses an end without a reason, naming reason', async () => {
      const s = await sides();
      const adoption = await adopted(s);
      invalid(await post(s.teacher, `/adoptions/${adoption.id}/end`, {}), 'reason');
      invalid(await post(s.teacher, `/adoptions/${adoption.id}/end`, { reason: '' }), 'reason');
      expect(ok(await get(admin, `/adoptions/${adoption.id}`), 200).status).toBe('active');
    });

    it('keeps the visits that were held', async () => {
      const s = await sides();
      const adoption = await adopted(s);
      const visit = await propose(stack, s.teacher, adoption.id, [
        slot('2026-10-07', '09:00', '12:00'),
      ]);
      ok(await post(s.contact, `/visits/${visit.id}/confirm`, { slot: 0 }), 200);
      stack.clock.travelTo(new Date('2026-10-08T08:00:00+02:00'));
      ok(await post(s.teacher, `/visits/${visit.id}/complete`, { pupilsAttended: 20 }), 200);
      ok(await post(admin, `/adoptions/${adoption.id}/end`, { reason: 'Slut' }), 200);
      expect(ok(await get(s.teacher, `/visits/${visit.id}`), 200).status).toBe('completed');
    });
  });

  describe('the end of an adoption', () => {
    it('completes an adoption by itself after graduation, cancelling open visits', async () => {
      const s = await sides();
      const adoption = await adopted(s, { label: '9.A', grade: 9 });
      const visit = await propose(stack, s.teacher, adoption.id, [
        slot('2027-06-16', '09:00', '12:00'),
      ]);

      stack.clock.travelTo(new Date('2027-06-30T20:00:00+02:00'));
      ok(await post(admin, '/admin/sweeps/end-adoptions'), 200);
      expect(ok(await get(admin, `/adoptions/${adoption.id}`), 200).status).toBe('active');

      stack.clock.travelTo(new Date('2027-07-01T00:30:00+02:00'));
      const sweep = ok(await post(admin, '/admin/sweeps/end-adoptions'), 200);
      expect(sweep).toEqual({ name: 'end-adoptions', processed: expect.any(Number) });
      expect(sweep.processed).toBeGreaterThanOrEqual(1);
      expect(ok(await get(s.teacher, `/adoptions/${adoption.id}`), 200)).toMatchObject({
        status: 'completed',
        endReason: null,
      });
      const cancelled = ok(await get(s.teacher, `/visits/${visit.id}`), 200);
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.history.at(-1)).toMatchObject({ action: 'cancelled', actorId: null });

      // A second run finds nothing more to do for it.
      ok(await post(admin, '/admin/sweeps/end-adoptions'), 200);
      expect(ok(await get(s.teacher, `/visits/${visit.id}`), 200).revision).toBe(
        cancelled.revision,
      );
    });

    it('answers 404 for a sweep that does not exist', async () => {
      refused(await post(admin, '/admin/sweeps/tidy-up'), 404, 'sweep.not-found');
    });
  });
});
