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

  it('names the organisation of each role, as the front page shows it', async () => {
    const school = await factories.school({ name: 'Bakkeskolen' });
    const person = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
    expect(ok(await call(person, 'get', '/me'), 200).memberships).toEqual([
      expect.objectContaining({
        role: 'teacher',
        organisationType: 'school',
        organisationId: school.id,
        organisationName: 'Bakkeskolen',
      }),
    ]);
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

  describe('their time zone', () => {
    async function feedText(person: UserEntity, etag?: string) {
      const { feedUrl } = ok(await call(person, 'get', '/me/calendar'), 200);
      const request = stack.http().get(new URL(feedUrl as string).pathname);
      return etag ? request.set('If-None-Match', etag) : request;
    }
    const zoneOf = (text: string) => /X-WR-TIMEZONE:(.+)\r\n/.exec(text)?.[1];

    it("reads times in their school's zone until they choose their own", async () => {
      const school = await factories.school({ timezone: 'Atlantic/Faroe' });
      const person = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
      expect(ok(await call(person, 'get', '/me'), 200).timezone).toBeNull();
      const before = await feedText(person);
      expect(zoneOf(before.text)).toBe('Atlantic/Faroe');

      const changed = ok(await call(person, 'patch', '/me', { timezone: 'America/New_York' }), 200);
      expect(changed.timezone).toBe('America/New_York');
      // The feed a calendar app has is no longer current, and names the new zone.
      const after = await feedText(person, before.headers.etag);
      expect(after.status).toBe(200);
      expect(zoneOf(after.text)).toBe('America/New_York');
      expect(after.text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/New_York');

      // Null is the default again.
      expect(ok(await call(person, 'patch', '/me', { timezone: null }), 200).timezone).toBeNull();
      expect(zoneOf((await feedText(person)).text)).toBe('Atlantic/Faroe');
    });

    it('reads times in Copenhagen for someone in no school who has chosen none', async () => {
      const company = await factories.company();
      const person = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
      expect(zoneOf((await feedText(person)).text)).toBe('Europe/Copenhagen');
    });

    it.each([
      ['a zone nobody has', 'Mars/Olympus_Mons'],
      ['an offset, which is not a place', '+02:00'],
      ['a zone that is not text', 1],
    ])('refuses %s with 400 naming the field, and changes nothing', async (_what, timezone) => {
      const person = await teacher();
      ok(await call(person, 'patch', '/me', { timezone: 'Europe/Oslo' }), 200);
      invalid(await call(person, 'patch', '/me', { timezone }), 'timezone');
      expect(ok(await call(person, 'get', '/me'), 200).timezone).toBe('Europe/Oslo');
    });
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
