import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { invalid, ok } from './support/responses';
import { adoptClass, apiCaller, runProgramme } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// A list's `next` cursor is opaque, but a caller can write one: base64url of a sort value and
// an id. One the list could not have given out is a 400 naming `cursor`, not a database error.

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ID = '3f2b1c4e-8d9a-4b7c-9e1f-2a3b4c5d6e7f';

const LISTS = [
  '/users',
  '/schools',
  '/companies',
  '/partners',
  '/adoptions',
  '/visits',
  '/programmes',
  '/admin/deliveries',
];

describe('cursors of lists', () => {
  let stack: TestStack;
  let call: ReturnType<typeof apiCaller>;
  let admin: UserEntity;

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    call = apiCaller(stack);
    admin = await new Factories(stack.dataSource).user([{ role: Role.Admin }]);
    for (const day of ['2026-10-21', '2026-10-22']) {
      const { teacher, adoptionId } = await adoptClass(stack);
      ok(
        await call(teacher, 'post', `/adoptions/${adoptionId}/visits`, {
          kind: 'class-visit',
          location: 'LEGO House',
          agenda: '',
          slots: [{ start: `${day}T09:00:00+02:00`, end: `${day}T12:00:00+02:00` }],
        }),
        201,
      );
    }
    await runProgramme(stack, { startsOn: '2026-09-02' });
  });
  afterAll(() => stack.stop());

  it.each(LISTS)('refuses a cursor holding a NUL on %s', async (list) => {
    invalid(
      await call(admin, 'get', `${list}?cursor=${cursorOf(['Bakke\u0000skolen', ID])}`),
      'cursor',
    );
  });

  it.each(['/adoptions', '/visits', '/admin/deliveries'])(
    'refuses a cursor whose sort value is no time on %s, which sorts by time',
    async (list) => {
      for (const time of ['not a time', '2026-02-30T00:00:00.000Z', '0000-01-01T00:00:00.000Z']) {
        invalid(await call(admin, 'get', `${list}?cursor=${cursorOf([time, ID])}`), 'cursor');
      }
    },
  );

  it.each(['/adoptions', '/visits'])(
    'still pages through %s with the cursors it gives out',
    async (list) => {
      const first = ok(await call(admin, 'get', `${list}?limit=1`), 200);
      expect(first.next).toEqual(expect.any(String));
      const second = ok(await call(admin, 'get', `${list}?limit=1&cursor=${first.next}`), 200);
      expect(second.items).toHaveLength(1);
      expect(second.items[0].id).not.toBe(first.items[0].id);
    },
  );
});
