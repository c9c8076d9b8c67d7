import { Role, UserEntity } from '@app/core';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { Factories } from '@app/testing';
import { Answer, answerer } from './support/answers';
import { adoptClass } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// Correcting a class after it was registered. "Now" is Tuesday 1 September 2026 in Copenhagen,
// in school year 2026/27.

const START = new Date('2026-09-01T08:00:00+02:00');

describe('correcting classes', () => {
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

  /** A school with two teachers, and a class 2.A of one of them. */
  async function schoolWithClass(): Promise<{
    school: SchoolEntity;
    teacher: UserEntity;
    colleague: UserEntity;
    classId: string;
  }> {
    const school = await factories.school({ name: 'Bakkeskolen' });
    const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
    const colleague = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
    const registered = await call(teacher, 'post', `/schools/${school.id}/classes`, {
      label: '2.A',
      grade: 2,
      schoolYear: '2026/27',
      pupils: 22,
      teacherIds: [teacher.id],
    });
    expect(registered).toMatchObject({ status: 201 });
    return { school, teacher, colleague, classId: registered.body.id };
  }

  /** The refusal, and the class exactly as it was before. */
  async function refusedAndUnchanged(
    user: UserEntity,
    classId: string,
    change: object,
    expected: Partial<Answer>,
  ): Promise<void> {
    const before = await call(admin, 'get', `/classes/${classId}`);
    expect(await call(user, 'patch', `/classes/${classId}`, change)).toMatchObject(expected);
    expect(await call(admin, 'get', `/classes/${classId}`)).toEqual(before);
  }

  describe('classes', () => {
    it('renames a class and changes its pupils and teachers', async () => {
      const { teacher, colleague, classId } = await schoolWithClass();
      const answer = await call(admin, 'patch', `/classes/${classId}`, {
        label: ' 2.B ',
        pupils: 25,
        teacherIds: [colleague.id],
      });
      expect(answer).toMatchObject({
        status: 200,
        body: { id: classId, label: '2.B', pupils: 25, grade: 2, teacherIds: [colleague.id] },
      });
      expect((await call(teacher, 'get', `/classes/${classId}`)).body).toEqual(answer.body);
    });

    it('lets the school’s teachers correct a class, as they register one', async () => {
      const { teacher, classId } = await schoolWithClass();
      expect(await call(teacher, 'patch', `/classes/${classId}`, { pupils: 21 })).toMatchObject({
        status: 200,
        body: { pupils: 21 },
      });
    });

    it('moves the grade while the class has no adoption, and its graduation with it', async () => {
      const { classId } = await schoolWithClass();
      expect((await call(admin, 'get', `/classes/${classId}`)).body.graduatesOn).toBe('2034-06-30');
      // Registered in the wrong year: 2.A is in 3rd grade this year.
      const answer = await call(admin, 'patch', `/classes/${classId}`, {
        grade: 3,
        schoolYear: '2026/27',
      });
      expect(answer).toMatchObject({
        status: 200,
        body: { grade: 3, currentGrade: 3, graduatesOn: '2033-06-30' },
      });
    });

    it('keeps the grade of an adopted class, which fixes the adoption’s end', async () => {
      const { admin: adoptionAdmin, classId } = await adoptClass(stack, { grade: 7 });
      await refusedAndUnchanged(
        adoptionAdmin,
        classId,
        { grade: 6 },
        { status: 409, body: expect.objectContaining({ code: 'class.grade-fixed-by-adoption' }) },
      );
      await refusedAndUnchanged(
        adoptionAdmin,
        classId,
        { schoolYear: '2025/26' },
        { status: 409, body: expect.objectContaining({ code: 'class.grade-fixed-by-adoption' }) },
      );
      // The rest of an adopted class can still be corrected.
      expect(
        await call(adoptionAdmin, 'patch', `/classes/${classId}`, { pupils: 19 }),
      ).toMatchObject({ status: 200, body: { pupils: 19, grade: 7 } });
    });

    it('refuses a label the school already uses that year, and changes nothing', async () => {
      const { school, teacher, classId } = await schoolWithClass();
      const other = await call(teacher, 'post', `/schools/${school.id}/classes`, {
        label: '2.B',
        grade: 2,
        schoolYear: '2026/27',
        pupils: 20,
        teacherIds: [],
      });
      expect(other).toMatchObject({ status: 201 });
      await refusedAndUnchanged(
        teacher,
        classId,
        { label: '2.B', pupils: 30 },
        {
          status: 409,
          body: expect.objectContaining({
            code: 'class.label-taken',
            message: expect.stringContaining('2.B in 2026/27'),
          }),
        },
      );
      // Its own label again is no clash.
      expect(await call(teacher, 'patch', `/classes/${classId}`, { label: '2.A' })).toMatchObject({
        status: 200,
      });
    });

    it('refuses a teacher of another school, a grade past 10th and a bad school year', async () => {
      const { classId } = await schoolWithClass();
      const elsewhere = await factories.user([
        { role: Role.Teacher, organisationId: (await factories.school()).id },
      ]);
      await refusedAndUnchanged(
        admin,
        classId,
        { teacherIds: [elsewhere.id] },
        { status: 400, body: expect.objectContaining({ code: 'class.teacher-not-in-school' }) },
      );
      for (const [change, field] of [
        [{ grade: 11 }, 'grade'],
        [{ schoolYear: '2026/28' }, 'schoolYear'],
        [{ pupils: 0 }, 'pupils'],
      ] as const) {
        await refusedAndUnchanged(admin, classId, change, {
          status: 400,
          body: expect.objectContaining({ details: [expect.objectContaining({ field })] }),
        });
      }
    });

    it('hides another school’s class from a teacher and refuses a contact person', async () => {
      const { classId } = await schoolWithClass();
      const stranger = await factories.user([
        { role: Role.Teacher, organisationId: (await factories.school()).id },
      ]);
      const contact = await factories.user([
        { role: Role.Contact, organisationId: (await factories.company()).id },
      ]);
      await refusedAndUnchanged(
        stranger,
        classId,
        { label: '9.Z' },
        { status: 404, body: expect.objectContaining({ code: 'class.not-found' }) },
      );
      await refusedAndUnchanged(
        contact,
        classId,
        { label: '9.Z' },
        { status: 403, body: expect.objectContaining({ code: 'access.role' }) },
      );
    });
  });
});
