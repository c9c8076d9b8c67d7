import { Locale, Role, UserEntity } from '@app/core';
import { Factories, ReceivedMail } from '@app/testing';
import { Answer, answerer } from './support/answers';
import { releaseRemindersDueBy } from './support/due-reminders';
import { adoptClass, propose } from './support/scenarios';
import { settled } from './support/settled';
import { requestSignInLink } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

// An admin corrects a person's name, address and language, and gives them further roles. The
// visit below is on Wednesday 7 October 2026 at 09:00 in Copenhagen, so its one-day reminder
// falls due at 09:00 on the 6th; the clock starts twenty minutes before and only moves forward.

const DUE = new Date('2026-10-06T09:00:00+02:00');
const CLOCK_START = new Date(DUE.getTime() - 20 * 60_000);
const VISIT = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };

describe('an admin changing people', () => {
  let stack: TestStack;
  let factories: Factories;
  let admin: UserEntity;
  let call: ReturnType<typeof answerer>;

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: CLOCK_START });
    factories = new Factories(stack.dataSource);
    admin = await factories.user([{ role: Role.Admin }], { name: 'Sekretariatet' });
    call = answerer(stack);
  });
  afterAll(() => stack.stop());

  /** The refusal, and the person exactly as they were before. */
  async function refusedAndUnchanged(
    user: UserEntity,
    method: 'patch' | 'post',
    person: UserEntity,
    change: object,
    expected: Partial<Answer>,
  ): Promise<void> {
    const before = await call(admin, 'get', `/users/${person.id}`);
    const path = method === 'patch' ? `/users/${person.id}` : `/users/${person.id}/memberships`;
    expect(await call(user, method, path, change)).toMatchObject(expected);
    expect(await call(admin, 'get', `/users/${person.id}`)).toEqual(before);
  }

  const invitationTo = (email: string) => (mail: ReceivedMail) =>
    mail.to.includes(email) && mail.subject.startsWith('Du er inviteret');

  describe('name, address and language', () => {
    it('corrects a person’s name and language', async () => {
      const person = await factories.user([], { name: 'Jonas Kjar' });
      const answer = await call(admin, 'patch', `/users/${person.id}`, {
        name: ' Jonas Kjær ',
        locale: 'en',
      });
      expect(answer).toMatchObject({
        status: 200,
        body: { id: person.id, name: 'Jonas Kjær', locale: 'en', email: person.email },
      });
      expect((await call(person, 'get', '/me')).body).toMatchObject({
        name: 'Jonas Kjær',
        locale: 'en',
      });
    });

    it('moves a person to a new address, normalised, where sign-in links now go', async () => {
      const person = await factories.user([], { email: 'jonas@old.example' });
      const oldLink = await requestSignInLink(stack, 'jonas@old.example');

      const answer = await call(admin, 'patch', `/users/${person.id}`, {
        email: 'Jonas.Kjaer@LEGO.example',
      });
      expect(answer).toMatchObject({ status: 200, body: { email: 'jonas.kjaer@lego.example' } });

      // The link mailed to the old address no longer signs anyone in.
      const stale = await stack.http().post('/api/v1/auth/sessions').send({ token: oldLink });
      expect(stale.status).toBe(401);
      // The old address is nobody's now; the new one signs in, however it is written.
      await settled(stack, { ignoreFutureReminders: true });
      const mailsToOld = stack.sink.to('jonas@old.example').length;
      await stack.http().post('/api/v1/auth/login-links').send({ email: 'jonas@old.example' });
      const token = await requestSignInLink(stack, 'JONAS.KJAER@lego.example');
      const session = await stack.http().post('/api/v1/auth/sessions').send({ token }).expect(201);
      const me = await stack
        .http()
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${session.body.accessToken}`)
        .expect(200);
      expect(me.body).toMatchObject({ id: person.id, email: 'jonas.kjaer@lego.example' });
      await settled(stack, { ignoreFutureReminders: true });
      expect(stack.sink.to('jonas@old.example')).toHaveLength(mailsToOld);
    });

    it('refuses an address another person has, in any case, and changes nothing', async () => {
      const taken = await factories.user([], { email: 'mette@lego.example' });
      const person = await factories.user([]);
      await refusedAndUnchanged(
        admin,
        'patch',
        person,
        { email: 'Mette@LEGO.example', name: 'Mette nr. 2' },
        { status: 409, body: expect.objectContaining({ code: 'user.email-taken' }) },
      );
      expect(taken.email).toBe('mette@lego.example');
    });

    it('refuses an address in ADMIN_EMAILS, which makes an admin by configuration', async () => {
      const person = await factories.user([]);
      await refusedAndUnchanged(
        admin,
        'patch',
        person,
        { email: 'Admin@scheduler.test' },
        { status: 409, body: expect.objectContaining({ code: 'user.email-in-admin-emails' }) },
      );
    });

    it('refuses what is no address, no language or an empty name, naming the field', async () => {
      const person = await factories.user([]);
      for (const [change, field] of [
        [{ email: 'jonas-at-lego' }, 'email'],
        [{ locale: 'de' }, 'locale'],
        [{ name: '' }, 'name'],
      ] as const) {
        await refusedAndUnchanged(admin, 'patch', person, change, {
          status: 400,
          body: expect.objectContaining({ details: [expect.objectContaining({ field })] }),
        });
      }
    });

    it('refuses to change an erased person', async () => {
      const person = await factories.user([]);
      await call(admin, 'post', `/users/${person.id}/erase`);
      await refusedAndUnchanged(
        admin,
        'patch',
        person,
        { name: 'Tilbage igen' },
        { status: 409, body: expect.objectContaining({ code: 'user.erased' }) },
      );
    });

    it('sends a reminder that falls due after the change to the new address', async () => {
      const { adoptionId, teacher, contact } = await adoptClass(stack);
      const { id: visitId } = await propose(stack, teacher, adoptionId, [VISIT]);
      expect(await call(contact, 'post', `/visits/${visitId}/confirm`, { slot: 0 })).toMatchObject({
        status: 200,
      });
      await settled(stack, { ignoreFutureReminders: true });
      const renamed = await call(admin, 'patch', `/users/${contact.id}`, {
        email: `moved-${contact.email}`,
        locale: Locale.English,
      });
      expect(renamed).toMatchObject({ status: 200 });

      expect(await releaseRemindersDueBy(stack, DUE)).toBeGreaterThan(0);
      await settled(stack);
      const reminders = (address: string) =>
        stack.sink.to(address).filter((mail) => /^(Påmindelse|Reminder)/.test(mail.subject));
      expect(reminders(`moved-${contact.email}`).map((mail) => mail.subject)).toEqual([
        expect.stringMatching(/^Reminder/),
      ]);
      expect(reminders(contact.email)).toEqual([]);
    });
  });

  describe('roles', () => {
    it('gives a person a further role, mailing them the invitation, and the role works', async () => {
      const school = await factories.school({ name: 'Bakkeskolen' });
      const company = await factories.company({ name: 'LEGO' });
      const person = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);

      const answer = await call(admin, 'post', `/users/${person.id}/memberships`, {
        role: 'volunteer',
        organisationId: company.id,
      });
      expect(answer).toMatchObject({
        status: 201,
        body: {
          id: person.id,
          memberships: [
            { role: 'teacher', organisationType: 'school', organisationId: school.id },
            { role: 'volunteer', organisationType: 'company', organisationId: company.id },
          ],
        },
      });
      const mail = await stack.sink.waitFor(invitationTo(person.email));
      expect(mail.subject).toBe(
        'Du er inviteret til Partnerskabskalenderen som frivillig hos LEGO',
      );
      expect(await call(person, 'get', `/companies/${company.id}`)).toMatchObject({
        status: 200,
      });
    });

    it('refuses a role that does not fit the organisation, naming the rule, and adds nothing', async () => {
      const company = await factories.company();
      const school = await factories.school();
      const person = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      for (const [change, code] of [
        [{ role: 'teacher', organisationId: company.id }, 'user.organisation-unknown'],
        [{ role: 'coordinator', organisationId: school.id }, 'user.organisation-unknown'],
        [{ role: 'coordinator' }, 'user.organisation-required'],
        [{ role: 'admin', organisationId: company.id }, 'user.admin-has-no-organisation'],
        [{ role: 'contact', organisationId: company.id }, 'user.membership-exists'],
      ] as const) {
        await refusedAndUnchanged(admin, 'post', person, change, {
          status: code === 'user.membership-exists' ? 409 : 400,
          body: expect.objectContaining({ code }),
        });
      }
      await refusedAndUnchanged(
        admin,
        'post',
        person,
        { role: 'boss', organisationId: company.id },
        {
          status: 400,
          body: expect.objectContaining({ details: [expect.objectContaining({ field: 'role' })] }),
        },
      );
    });

    it('refuses a role for a deactivated person, who comes back by invitation', async () => {
      const company = await factories.company();
      const person = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
      await call(admin, 'post', `/users/${person.id}/deactivate`);
      await refusedAndUnchanged(
        admin,
        'post',
        person,
        { role: 'volunteer', organisationId: company.id },
        { status: 409, body: expect.objectContaining({ code: 'user.deactivated' }) },
      );
    });

    it('answers 404 for a person who does not exist', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const [method, path, body] of [
        ['post', `/users/${missing}/memberships`, { role: 'admin' }],
        ['patch', `/users/${missing}`, { name: 'Ingen' }],
      ] as const) {
        expect(await call(admin, method, path, body)).toMatchObject({
          status: 404,
          body: { code: 'user.not-found' },
        });
      }
    });
  });

  it('refuses people who are not admins, even about themselves', async () => {
    const school = await factories.school();
    const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
    const colleague = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
    for (const person of [teacher, colleague]) {
      await refusedAndUnchanged(
        teacher,
        'patch',
        person,
        { name: 'Ny lærer' },
        { status: 403, body: expect.objectContaining({ code: 'access.role' }) },
      );
      await refusedAndUnchanged(
        teacher,
        'post',
        person,
        { role: 'admin' },
        { status: 403, body: expect.objectContaining({ code: 'access.role' }) },
      );
    }
  });
});
