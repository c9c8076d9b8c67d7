import { Role, UserEntity } from '@app/core';
import { advisoryLockKey } from '@app/db/advisory-lock';
import { Factories } from '@app/testing';
import { invitationIn } from './support/calendar';
import { ok, refused } from './support/responses';
import { adoptClass, apiCaller, volunteeringWorld, VolunteeringWorld } from './support/scenarios';
import { requestSignInLink, signInByMail } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

// An admin removes one of a person's roles, or deactivates the person: the role stops at the
// person's next request, and what it gave them ends with it, with the usual mails. "Now" is
// Thursday 1 October 2026, 08:00 in Copenhagen; the programmes meet on Wednesdays, 16:00–18:00.

const START = new Date('2026-10-01T08:00:00+02:00');
const OCTOBER_7_VISIT = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };

describe('removing access', () => {
  let stack: TestStack;
  let factories: Factories;
  let call: ReturnType<typeof apiCaller>;
  let admin: UserEntity;

  beforeAll(async () => {
    // No ADMIN_EMAILS: the admins are the people holding an admin membership.
    stack = await startTestStack({ clockStart: START, adminEmails: [] });
    factories = new Factories(stack.dataSource);
    call = apiCaller(stack);
    admin = await factories.user([{ role: Role.Admin }], { name: 'Områdesekretariatet' });
  });
  afterAll(() => stack.stop());

  /** The person's memberships, as an admin reads them: role, organisation and id. */
  async function membershipsOf(user: {
    id: string;
  }): Promise<{ id: string; role: Role; organisationId: string | null }[]> {
    return ok(await call(admin, 'get', `/users/${user.id}`), 200).memberships;
  }

  async function membershipId(user: { id: string }, role: Role): Promise<string> {
    const found = (await membershipsOf(user)).find((m) => m.role === role);
    if (!found) throw new Error(`No ${role} membership`);
    return found.id;
  }

  /** A programme of the world's partner, by default for its company, 16:00–18:00 on Wednesdays. */
  async function programme(
    w: VolunteeringWorld,
    { capacity = 1, companyIds = [w.company.id], weekday = 3 } = {},
  ): Promise<string> {
    const body = ok(
      await call(w.coordinator, 'post', '/programmes', {
        partnerId: w.partner.id,
        title: 'Lektiehjælp',
        location: 'Klubhuset, Vejle Øst',
        timezone: 'Europe/Copenhagen',
        companyIds,
        coordinatorIds: [w.coordinator.id],
        schedule: {
          weekdays: [weekday],
          startTime: '16:00',
          endTime: '18:00',
          startsOn: '2026-10-01',
        },
        capacity: { min: 1, max: capacity },
      }),
      201,
    );
    return body.id;
  }

  async function shiftOn(programmeId: string, date: string): Promise<string> {
    const body = ok(
      await call(admin, 'get', `/programmes/${programmeId}/shifts?from=${date}&to=${date}`),
      200,
    );
    return body.items[0].id;
  }

  async function placesOn(shiftId: string): Promise<{ userId: string; status: string }[]> {
    const body = ok(await call(admin, 'get', `/shifts/${shiftId}`), 200);
    return (body.signups as { userId: string; status: string }[]).map(({ userId, status }) => ({
      userId,
      status,
    }));
  }

  /** A person's active places on coming shifts and standing commitments, from the database. */
  async function stillVolunteering(userId: string): Promise<{ places: number; standing: number }> {
    const [row] = await stack.dataSource.query<{ places: number; standing: number }[]>(
      `SELECT (SELECT count(*)::int FROM signups JOIN shifts ON shifts.id = signups.shift_id
               WHERE signups.user_id = $1 AND signups.status <> 'cancelled'
                 AND shifts.start_at > $2) AS places,
              (SELECT count(*)::int FROM commitments
               WHERE user_id = $1 AND ended_at IS NULL) AS standing`,
      [userId, stack.clock.now()],
    );
    return row;
  }

  /** Waits until this many requests wait for an advisory lock in the stack's database. */
  async function waitingForLocks(count: number): Promise<void> {
    for (let tries = 0; tries < 200; tries++) {
      const [row] = await stack.dataSource.query<{ waiting: number }[]>(
        `SELECT count(*)::int AS waiting FROM pg_locks
         WHERE locktype = 'advisory' AND NOT granted
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      if (row.waiting >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Fewer than ${count} requests ever waited for a lock`);
  }

  /** The templates written to the outbox for a person, oldest first. */
  async function messagesTo(user: { id: string }): Promise<string[]> {
    const rows = await stack.dataSource.query<{ template: string }[]>(
      `SELECT template FROM messages WHERE recipient_user_id = $1 AND template <> 'shift.reminder'
       ORDER BY created_at, id`,
      [user.id],
    );
    return rows.map((row) => row.template);
  }

  describe('removing a volunteer from their company', () => {
    it('takes the role away at once, ends their commitment and promotes the waiting list', async () => {
      const w = await volunteeringWorld(factories, 2);
      const [committed, waiting] = w.volunteers;
      const programmeId = await programme(w);
      ok(await call(committed, 'post', `/programmes/${programmeId}/commitments`), 201);
      const october14 = await shiftOn(programmeId, '2026-10-14');
      expect(ok(await call(waiting, 'post', `/shifts/${october14}/signups`), 201).status).toBe(
        'waitlisted',
      );
      const token = `Bearer ${await stack.tokenFor(committed.id)}`;

      const removed = await call(
        admin,
        'delete',
        `/users/${committed.id}/memberships/${await membershipId(committed, Role.Volunteer)}`,
      );
      expect(removed.status).toBe(204);

      expect(await stillVolunteering(committed.id)).toEqual({ places: 0, standing: 0 });
      expect(await placesOn(october14)).toEqual([{ userId: waiting.id, status: 'confirmed' }]);
      // The same token no longer volunteers.
      const refusal = await stack
        .http()
        .post(`/api/v1/shifts/${await shiftOn(programmeId, '2026-10-21')}/signups`)
        .set('Authorization', token);
      refused(refusal, 403, 'access.role');
      // The usual mails: the commitment ended, the first in line promoted.
      expect(await messagesTo(committed)).toContain('programme.commitment-ended');
      await stack.sink.waitFor(
        (mail) =>
          mail.to.includes(waiting.email) &&
          mail.subject === `Frivillig i ${w.partner.name}: onsdag 14. oktober kl. 16.00–18.00`,
      );
    });

    it('keeps the programmes another company of theirs still takes part in', async () => {
      const w = await volunteeringWorld(factories, 0);
      const other = await factories.company();
      const both = await factories.user([
        { role: Role.Volunteer, organisationId: w.company.id },
        { role: Role.Volunteer, organisationId: other.id },
      ]);
      const shared = await programme(w, { capacity: 2, companyIds: [w.company.id, other.id] });
      const firstOnly = await programme(w, { capacity: 2, weekday: 4 });
      ok(await call(both, 'post', `/programmes/${shared}/commitments`), 201);
      ok(await call(both, 'post', `/programmes/${firstOnly}/commitments`), 201);

      const first = (await membershipsOf(both)).find((m) => m.organisationId === w.company.id)!;
      ok(await call(admin, 'delete', `/users/${both.id}/memberships/${first.id}`), 204);

      const standing = await stack.dataSource.query<{ programme_id: string }[]>(
        'SELECT programme_id FROM commitments WHERE user_id = $1 AND ended_at IS NULL',
        [both.id],
      );
      expect(standing).toEqual([{ programme_id: shared }]);
      expect((await placesOn(await shiftOn(shared, '2026-10-14')))[0]).toEqual({
        userId: both.id,
        status: 'confirmed',
      });
      expect(await placesOn(await shiftOn(firstOnly, '2026-10-15'))).toEqual([]);
    });

    it('refuses a sign-up that waited for the volunteer while their role was removed', async () => {
      const w = await volunteeringWorld(factories, 1);
      const [volunteer] = w.volunteers;
      const october14 = await shiftOn(await programme(w, { capacity: 2 }), '2026-10-14');
      const membership = await membershipId(volunteer, Role.Volunteer);

      // Hold the volunteer's lock, so that the removal and then the sign-up (which has already
      // read the role from the token's person) queue for it in that order.
      const lock = advisoryLockKey(`volunteer:${volunteer.id}`);
      const holder = stack.dataSource.createQueryRunner();
      await holder.connect();
      let removal: Promise<{ status: number }>;
      let signUp: Promise<{ status: number; body: { code?: string } }>;
      try {
        await holder.query('SELECT pg_advisory_lock($1)', [lock]);
        removal = call(admin, 'delete', `/users/${volunteer.id}/memberships/${membership}`);
        await waitingForLocks(1);
        signUp = call(volunteer, 'post', `/shifts/${october14}/signups`);
        await waitingForLocks(2);
      } finally {
        await holder.query('SELECT pg_advisory_unlock($1)', [lock]);
        await holder.release();
      }

      expect((await removal).status).toBe(204);
      const refusal = await signUp;
      expect({ status: refusal.status, code: refusal.body.code }).toEqual({
        status: 409,
        code: 'signup.not-eligible',
      });
      expect(await stillVolunteering(volunteer.id)).toEqual({ places: 0, standing: 0 });
    });
  });

  describe('deactivating a person', () => {
    it('refuses every token, mails no link, refuses an old one, and releases their places', async () => {
      const w = await volunteeringWorld(factories, 1);
      const [waiting] = w.volunteers;
      const leaver = await factories.user(
        [{ role: Role.Volunteer, organisationId: w.company.id }],
        { email: 'leaver@scheduler.test' },
      );
      const programmeId = await programme(w);
      ok(await call(leaver, 'post', `/programmes/${programmeId}/commitments`), 201);
      const october21 = await shiftOn(programmeId, '2026-10-21');
      ok(await call(waiting, 'post', `/shifts/${october21}/signups`), 201);
      const phone = await signInByMail(stack, 'leaver@scheduler.test');
      const laptop = await signInByMail(stack, 'leaver@scheduler.test');
      const unusedLink = await requestSignInLink(stack, 'leaver@scheduler.test');
      const { feedUrl } = ok(await call(leaver, 'get', '/me/calendar'), 200);
      const feedPath = new URL(feedUrl as string).pathname;
      await stack.http().get(feedPath).expect(200);

      const deactivated = ok(await call(admin, 'post', `/users/${leaver.id}/deactivate`), 200);
      expect(deactivated).toMatchObject({
        id: leaver.id,
        deactivatedAt: expect.any(String),
        memberships: [],
      });

      for (const token of [phone, laptop]) {
        const response = await stack
          .http()
          .get('/api/v1/me')
          .set('Authorization', `Bearer ${token}`);
        refused(response, 401, 'auth.session-ended');
      }
      refused(
        await stack.http().post('/api/v1/auth/sessions').send({ token: unusedLink }),
        401,
        'auth.invalid-login-token',
      );
      await stack.http().get(feedPath).expect(404);

      // Asking for a link answers as always, and writes no mail.
      const signInMails = () =>
        stack.sink
          .to('leaver@scheduler.test')
          .filter((mail) => mail.text.includes('/sign-in?token=')).length;
      const mailsBefore = signInMails();
      await stack
        .http()
        .post('/api/v1/auth/login-links')
        .send({ email: 'leaver@scheduler.test' })
        .expect(202);
      const [links] = await stack.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM messages
         WHERE recipient_user_id = $1 AND template = 'auth.login-link'`,
        [leaver.id],
      );
      expect(links.count).toBe(3);
      await factories.user([], { email: 'stays@scheduler.test' });
      await stack.http().post('/api/v1/auth/login-links').send({ email: 'stays@scheduler.test' });
      await stack.sink.waitForMailTo('stays@scheduler.test');
      expect(signInMails()).toBe(mailsBefore);

      // Their standing commitment ended; the first in line moved up and was told.
      expect(await stillVolunteering(leaver.id)).toEqual({ places: 0, standing: 0 });
      expect(await placesOn(october21)).toEqual([{ userId: waiting.id, status: 'confirmed' }]);
      await stack.sink.waitFor(
        (mail) =>
          mail.to.includes(waiting.email) &&
          mail.subject === `Frivillig i ${w.partner.name}: onsdag 21. oktober kl. 16.00–18.00`,
      );
      expect(await messagesTo(leaver)).toContain('programme.commitment-ended');
    });

    it('lets an admin bring a deactivated person back by inviting them again', async () => {
      const company = await factories.company();
      const returner = await factories.user(
        [{ role: Role.Volunteer, organisationId: company.id }],
        { email: 'returner@scheduler.test' },
      );
      const oldToken = await stack.tokenFor(returner.id);
      ok(await call(admin, 'post', `/users/${returner.id}/deactivate`), 200);

      const invited = ok(
        await call(admin, 'post', '/users', {
          email: 'returner@scheduler.test',
          name: returner.name,
          role: 'contact',
          organisationId: company.id,
        }),
        201,
      );
      expect(invited).toMatchObject({ deactivatedAt: null, memberships: [{ role: 'contact' }] });
      const fresh = await signInByMail(stack, 'returner@scheduler.test');
      await stack.http().get('/api/v1/me').set('Authorization', `Bearer ${fresh}`).expect(200);
      // A session from before stays ended.
      await stack.http().get('/api/v1/me').set('Authorization', `Bearer ${oldToken}`).expect(401);
    });
  });

  describe('the lists a role puts a person on', () => {
    it("takes a teacher off the school's classes and a coordinator off the partner's programmes", async () => {
      const scenario = await adoptClass(stack, { label: '4.C' });
      const w = await volunteeringWorld(factories, 0);
      const programmeId = await programme(w);

      ok(
        await call(
          admin,
          'delete',
          `/users/${scenario.teacher.id}/memberships/${await membershipId(scenario.teacher, Role.Teacher)}`,
        ),
        204,
      );
      ok(
        await call(
          admin,
          'delete',
          `/users/${w.coordinator.id}/memberships/${await membershipId(w.coordinator, Role.Coordinator)}`,
        ),
        204,
      );

      expect(ok(await call(admin, 'get', `/classes/${scenario.classId}`), 200).teacherIds).toEqual(
        [],
      );
      expect(
        ok(await call(admin, 'get', `/programmes/${programmeId}`), 200).coordinatorIds,
      ).toEqual([]);
      refused(
        await call(w.coordinator, 'get', `/programmes/${programmeId}`),
        404,
        'programme.not-found',
      );
    });

    it('takes a host off the visits of a company they no longer belong to, with a cancellation', async () => {
      const scenario = await adoptClass(stack, { label: '5.D' });
      const [{ companyId }] = await stack.dataSource.query<{ companyId: string }[]>(
        'SELECT company_id AS "companyId" FROM adoptions WHERE id = $1',
        [scenario.adoptionId],
      );
      const guide = await factories.user([{ role: Role.Volunteer, organisationId: companyId }]);
      const visit = ok(
        await call(scenario.teacher, 'post', `/adoptions/${scenario.adoptionId}/visits`, {
          kind: 'class-visit',
          location: 'Fabrikken',
          agenda: 'Rundvisning',
          slots: [OCTOBER_7_VISIT],
          hostIds: [guide.id],
        }),
        201,
      );
      const confirmed = ok(
        await call(scenario.contact, 'post', `/visits/${visit.id}/confirm`, { slot: 0 }),
        200,
      );
      ok(await call(guide, 'get', `/visits/${visit.id}`), 200);

      ok(
        await call(
          admin,
          'delete',
          `/users/${guide.id}/memberships/${await membershipId(guide, Role.Volunteer)}`,
        ),
        204,
      );

      const after = ok(await call(scenario.teacher, 'get', `/visits/${visit.id}`), 200);
      expect(after.hostIds).toEqual([]);
      expect(after.revision).toBe(confirmed.revision + 1);
      refused(await call(guide, 'get', `/visits/${visit.id}`), 404, 'visit.not-found');
      const cancellation = await stack.sink.waitFor(
        (mail) => mail.to.includes(guide.email) && mail.raw.includes('method=CANCEL'),
      );
      expect(invitationIn(cancellation)).toMatchObject({
        method: 'CANCEL',
        sequence: after.revision,
        attendees: [expect.objectContaining({ email: guide.email })],
      });
    });
  });

  describe('refusals, which change nothing', () => {
    it('lets only admins remove a role or deactivate a person', async () => {
      const company = await factories.company();
      const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      const volunteer = await factories.user([
        { role: Role.Volunteer, organisationId: company.id },
      ]);
      const before = await membershipsOf(volunteer);
      refused(
        await call(contact, 'delete', `/users/${volunteer.id}/memberships/${before[0].id}`),
        403,
        'access.role',
      );
      refused(await call(contact, 'post', `/users/${volunteer.id}/deactivate`), 403, 'access.role');
      expect(await membershipsOf(volunteer)).toEqual(before);
      ok(await call(volunteer, 'get', '/me'), 200);
    });

    it("answers 404 for an unknown person, and for a membership that is someone else's", async () => {
      const company = await factories.company();
      const one = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
      const other = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
      const othersMembership = await membershipId(other, Role.Volunteer);

      refused(
        await call(admin, 'delete', `/users/${one.id}/memberships/${othersMembership}`),
        404,
        'membership.not-found',
      );
      refused(
        await call(
          admin,
          'delete',
          `/users/00000000-0000-4000-8000-000000000000/memberships/${othersMembership}`,
        ),
        404,
        'user.not-found',
      );
      refused(
        await call(admin, 'post', '/users/00000000-0000-4000-8000-000000000000/deactivate'),
        404,
        'user.not-found',
      );
      const malformed = await call(admin, 'delete', `/users/${one.id}/memberships/not-a-uuid`);
      expect(malformed.status).toBe(400);
      expect(await membershipsOf(other)).toHaveLength(1);
      expect(await membershipsOf(one)).toHaveLength(1);
    });

    it('refuses an admin deactivating themselves', async () => {
      const response = await call(admin, 'post', `/users/${admin.id}/deactivate`);
      refused(response, 409, 'user.deactivate-self', /cannot deactivate themselves/);
      ok(await call(admin, 'get', '/admin/deliveries'), 200);
    });

    it('keeps the last admin an admin, and lets an admin step down while another remains', async () => {
      // The scenarios made admins of their own; only `admin` is left as one here.
      await stack.dataSource.query(
        `DELETE FROM memberships WHERE role = 'admin' AND user_id <> $1`,
        [admin.id],
      );
      const own = await membershipId(admin, Role.Admin);
      refused(
        await call(admin, 'delete', `/users/${admin.id}/memberships/${own}`),
        409,
        'user.last-admin',
        /last admin/,
      );
      ok(await call(admin, 'get', '/admin/deliveries'), 200);
      expect(await membershipsOf(admin)).toHaveLength(1);

      const deputy = await factories.user([{ role: Role.Admin }]);
      const deputyToken = `Bearer ${await stack.tokenFor(deputy.id)}`;
      const stepDown = await stack
        .http()
        .delete(`/api/v1/users/${deputy.id}/memberships/${await membershipId(deputy, Role.Admin)}`)
        .set('Authorization', deputyToken);
      expect(stepDown.status).toBe(204);
      const after = await stack
        .http()
        .get('/api/v1/admin/deliveries')
        .set('Authorization', deputyToken);
      refused(after, 403, 'access.role');
    });
  });
});
