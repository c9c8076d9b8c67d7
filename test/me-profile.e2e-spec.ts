import { Locale, Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { adoptClass, apiCaller } from './support/scenarios';
import { invalid, ok } from './support/responses';
import { startTestStack, TestStack } from './support/test-stack';

// A person changes their own name and language with PATCH /me. The name is what everyone they
// work with sees; the language is the one their mail comes in.

const START = new Date('2026-09-01T08:00:00+02:00');

describe('changing one’s own name and language', () => {
  let stack: TestStack;
  let factories: Factories;
  let call: ReturnType<typeof apiCaller>;

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: START });
    factories = new Factories(stack.dataSource);
    call = apiCaller(stack);
  });
  afterAll(() => stack.stop());

  async function teacher(): Promise<UserEntity> {
    const school = await factories.school();
    return factories.user([{ role: Role.Teacher, organisationId: school.id }], {
      name: 'Marianne Holm',
      locale: Locale.Danish,
    });
  }

  const stored = async (user: UserEntity) =>
    stack.dataSource
      .getRepository(UserEntity)
      .findOneOrFail({ where: { id: user.id }, select: { name: true, locale: true } });

  it('answers the changed person and keeps the change', async () => {
    const person = await teacher();
    const changed = ok(
      await call(person, 'patch', '/me', { name: '  Marianne Holm Jensen ', locale: 'en' }),
      200,
    );
    expect(changed).toMatchObject({
      id: person.id,
      email: person.email,
      name: 'Marianne Holm Jensen',
      locale: 'en',
      isAdmin: false,
      memberships: [expect.objectContaining({ role: 'teacher' })],
    });
    expect(ok(await call(person, 'get', '/me'), 200)).toEqual(changed);
  });

  it('changes only the field it is given', async () => {
    const person = await teacher();
    ok(await call(person, 'patch', '/me', { locale: 'en' }), 200);
    expect(await stored(person)).toEqual({ name: 'Marianne Holm', locale: 'en' });
    ok(await call(person, 'patch', '/me', { name: 'Marianne H.' }), 200);
    expect(await stored(person)).toEqual({ name: 'Marianne H.', locale: 'en' });
    ok(await call(person, 'patch', '/me', {}), 200);
    expect(await stored(person)).toEqual({ name: 'Marianne H.', locale: 'en' });
  });

  it('sends the next mail in the language chosen', async () => {
    const person = await teacher();
    ok(await call(person, 'patch', '/me', { locale: 'en' }), 200);
    await stack.http().post('/api/v1/auth/login-links').send({ email: person.email }).expect(202);
    const mail = await stack.sink.waitForMailTo(person.email);
    expect(mail.subject).toBe('Your sign-in link to the partnership scheduler');
  });

  it('shows the new name to the other side of an adoption', async () => {
    const p = await adoptClass(stack);
    ok(await call(p.contact, 'patch', '/me', { name: 'Jonas fra LEGO' }), 200);
    const adoption = ok(await call(p.teacher, 'get', `/adoptions/${p.adoptionId}`), 200);
    expect(adoption.contactPerson).toEqual({ id: p.contact.id, name: 'Jonas fra LEGO' });
  });

  it.each([
    ['a language it does not have', { locale: 'fr' }, 'locale'],
    ['no language', { locale: null }, 'locale'],
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['no name', { name: null }, 'name'],
    ['a name over 200 characters', { name: 'M'.repeat(201) }, 'name'],
    ['a name on two lines', { name: 'Marianne\nHolm' }, 'name'],
    ['a name that is not text', { name: 42 }, 'name'],
    ['an address, which is not theirs to change here', { email: 'ny@bakkeskolen.test' }, 'email'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_what, body, field) => {
    const person = await teacher();
    // A good name beside the bad field: refused all the same.
    invalid(await call(person, 'patch', '/me', { name: 'Marianne Jensen', ...body }), field);
    expect(await stored(person)).toEqual({ name: 'Marianne Holm', locale: 'da' });
  });
});
