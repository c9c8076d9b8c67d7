import { SchoolClassEntity, VisitEntity } from '@app/core';
import { invalid } from './support/responses';
import { adoptClass, apiCaller } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// The school calendar reckons in four-digit school years (1000/01 to 9998/99). Times and school
// years outside what it can reckon with are a 400 naming the field, and change nothing; they
// were a 500 from inside the calendar, after the class was saved.

describe('times and school years the calendar cannot reckon with', () => {
  let stack: TestStack;
  let call: ReturnType<typeof apiCaller>;

  beforeAll(async () => {
    stack = await startTestStack({
      clockStart: new Date('2026-09-01T08:00:00+02:00'),
      worker: false,
    });
    call = apiCaller(stack);
  });
  afterAll(() => stack.stop());

  it.each([
    [
      'in year 10000 on the school’s wall clock',
      '9999-12-31T20:00:00-14:00',
      '9999-12-31T21:00:00-14:00',
    ],
    ['on the last day of year 9999', '9999-12-31T08:00:00Z', '9999-12-31T09:00:00Z'],
    ['in year 1000', '1000-01-01T08:00:00+01:00', '1000-01-01T09:00:00+01:00'],
  ])('refuses a visit slot %s, naming it, and proposes nothing', async (_when, start, end) => {
    const { teacher, adoptionId } = await adoptClass(stack);
    const response = await call(teacher, 'post', `/adoptions/${adoptionId}/visits`, {
      kind: 'preparation',
      location: 'Skolen',
      agenda: '',
      slots: [{ start, end }],
    });
    invalid(response, 'slots.0.start');
    expect(await stack.dataSource.getRepository(VisitEntity).countBy({ adoptionId })).toBe(0);
  });

  it.each([
    ['a school year before 1000', '0000/01', 0],
    ['a class that would graduate after 9998/99', '9995/96', 0],
  ])('refuses %s, naming it, and registers no class', async (_what, schoolYear, grade) => {
    const { teacher, classId } = await adoptClass(stack);
    const { schoolId } = (await call(teacher, 'get', `/classes/${classId}`)).body;
    const classes = await stack.dataSource.getRepository(SchoolClassEntity).count();
    const response = await call(teacher, 'post', `/schools/${schoolId}/classes`, {
      label: '0.X',
      grade,
      schoolYear,
      pupils: 20,
      teacherIds: [teacher.id],
    });
    invalid(response, 'schoolYear');
    expect(await stack.dataSource.getRepository(SchoolClassEntity).count()).toBe(classes);
  });
});
