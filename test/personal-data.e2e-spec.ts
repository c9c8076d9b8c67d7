import { execFileSync } from 'node:child_process';
import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { adoptClass, apiCaller, runProgramme, shiftsOf } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

type Rows = Record<string, unknown>[];

describe("a person's data", () => {
  let stack: TestStack;
  let call: ReturnType<typeof apiCaller>;
  let factories: Factories;

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    call = apiCaller(stack);
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  /** A contact person with a visit, hours and a sign-in; a volunteer with a place on a shift. */
  async function world() {
    const adoption = await adoptClass(stack, { label: '6.B', grade: 6, companyName: 'Skandia' });
    const visit = await call(adoption.teacher, 'post', `/adoptions/${adoption.adoptionId}/visits`, {
      kind: 'class-visit',
      location: 'Skandia, Lyngby',
      agenda: 'Rundvisning',
      slots: [{ start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' }],
    });
    expect(visit.status).toBe(201);
    await call(adoption.contact, 'post', `/visits/${visit.body.id}/confirm`, { slot: 0 }).then(
      (response) => expect(response.status).toBe(200),
    );
    await call(adoption.contact, 'post', `/adoptions/${adoption.adoptionId}/hours`, {
      date: '2026-09-01',
      hours: 1.5,
      activity: 'planning',
      note: 'Planlægning med læreren',
    }).then((response) => expect(response.status).toBe(201));
    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: adoption.contact.email })
      .expect(202);
    await stack.sink.waitForMailTo(adoption.contact.email);

    const programme = await runProgramme(stack, { startsOn: '2026-09-02' });
    const volunteer = await programme.volunteer();
    const [shift] = await shiftsOf(stack, programme.programmeId, programme.coordinator);
    await call(volunteer, 'post', `/shifts/${shift.id}/signups`).then((response) =>
      expect(response.status).toBe(201),
    );
    return {
      ...adoption,
      visitId: visit.body.id as string,
      volunteer,
      shiftId: shift.id,
      programmeId: programme.programmeId,
      volunteerCompanyId: programme.companyId,
      coordinator: programme.coordinator,
    };
  }

  describe('exported for an admin', () => {
    it('holds every kind of record that names the person, and nothing of anyone else', async () => {
      const { admin, contact, teacher, visitId, adoptionId } = await world();
      await call(contact, 'post', `/adoptions/${adoptionId}/updates`, {
        text: 'Bussen er bestilt.',
      }).then((response) => expect(response.status).toBe(201));

      const response = await call(admin, 'get', `/users/${contact.id}/export`);

      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const { person, sections } = response.body as {
        person: Record<string, unknown>;
        sections: Record<string, Rows>;
      };
      expect(person).toMatchObject({
        id: contact.id,
        email: contact.email,
        name: contact.name,
        timezone: null,
      });
      expect(sections.memberships).toEqual([
        expect.objectContaining({ role: 'contact', organisationName: 'Skandia' }),
      ]);
      expect(sections.adoptionsAsContactPerson).toEqual([
        expect.objectContaining({
          id: adoptionId,
          class: '6.B',
          company: 'Skandia',
          startsOn: '2026-09-01',
        }),
      ]);
      expect(sections.visits).toEqual([
        expect.objectContaining({ id: visitId, status: 'confirmed', roles: ['contact-person'] }),
      ]);
      expect(sections.visitHistory).toEqual([
        expect.objectContaining({ visitId, action: 'confirmed' }),
      ]);
      expect(sections.hours).toEqual([
        expect.objectContaining({
          date: '2026-09-01',
          hours: 1.5,
          activity: 'planning',
          note: 'Planlægning med læreren',
        }),
      ]);
      expect(sections.partnershipUpdates).toEqual([
        expect.objectContaining({
          side: 'company',
          text: 'Bussen er bestilt.',
          partnershipId: adoptionId,
        }),
      ]);
      expect(sections.signIns).toHaveLength(1);
      expect(sections.mails.map((mail) => mail.template)).toEqual(
        expect.arrayContaining(['adoption.created', 'visit.requested', 'auth.login-link']),
      );

      // Nothing of the other side, and no key to the account.
      const text = JSON.stringify(response.body);
      expect(text).not.toContain(teacher.email);
      const [{ token_hash: hash }] = await stack.dataSource.query<{ token_hash: string }[]>(
        `SELECT token_hash FROM login_tokens WHERE user_id = $1`,
        [contact.id],
      );
      expect(text).not.toContain(hash);
    });

    it("holds a volunteer's places and a teacher's classes and proposals", async () => {
      const { admin, teacher, volunteer, visitId } = await world();

      const volunteerData = (await call(admin, 'get', `/users/${volunteer.id}/export`)).body as {
        sections: Record<string, Rows>;
      };
      expect(volunteerData.sections.shiftPlaces).toEqual([
        expect.objectContaining({ status: 'confirmed', programme: 'Lektiehjælp' }),
      ]);

      const teacherData = (await call(admin, 'get', `/users/${teacher.id}/export`)).body as {
        sections: Record<string, Rows>;
      };
      expect(teacherData.sections.classesTaught).toEqual([
        expect.objectContaining({ label: '6.B' }),
      ]);
      expect(teacherData.sections.visits).toEqual([
        expect.objectContaining({ id: visitId, roles: ['teacher', 'proposed'] }),
      ]);
    });

    it('answers 404 for a person who does not exist', async () => {
      const admin = await factories.user([{ role: Role.Admin }]);
      const response = await call(
        admin,
        'get',
        '/users/00000000-0000-4000-8000-000000000000/export',
      );
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('user.not-found');
    });
  });

  describe('erased by an admin', () => {
    /** The volunteer came to their shift and gave two hours, as the coordinator marks it. */
    async function attended(signupUserId: string, shiftId: string): Promise<void> {
      await stack.dataSource.query(
        `UPDATE signups SET attended = true, hours = 2 WHERE user_id = $1 AND shift_id = $2`,
        [signupUserId, shiftId],
      );
    }

    const companyReport = async (admin: { id: string }, companyId: string) =>
      (await call(admin, 'get', `/reports/companies/${companyId}?from=2026-08-01&to=2026-12-31`))
        .body as { totals: { volunteers: number; volunteerHours: number } };

    const programmeReport = async (admin: { id: string }, programmeId: string) =>
      (await call(admin, 'get', `/reports/programmes/${programmeId}?from=2026-08-01&to=2026-12-31`))
        .body as { companies: { volunteers: number; hours: number }[] };

    it('leaves nothing that says who they were, and keeps what they gave as anonymous totals', async () => {
      const { admin, volunteer, shiftId, volunteerCompanyId, programmeId } = await world();
      await attended(volunteer.id, shiftId);
      const token = await stack.tokenFor(volunteer.id);
      const before = {
        company: (await companyReport(admin, volunteerCompanyId)).totals,
        programme: (await programmeReport(admin, programmeId)).companies,
      };
      expect(before.company).toMatchObject({ volunteers: 1, volunteerHours: 2 });

      const erased = await call(admin, 'post', `/users/${volunteer.id}/erase`);

      expect(erased.status).toBe(200);
      expect(erased.body).toMatchObject({ name: 'Slettet person', memberships: [] });
      expect(erased.body.erasedAt).toEqual(expect.any(String));
      expect(erased.body.email).not.toContain(volunteer.email);
      // Their sessions end at once.
      await stack.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
      // The hours they gave still count, for the company and the programme.
      expect((await companyReport(admin, volunteerCompanyId)).totals).toEqual(before.company);
      expect((await programmeReport(admin, programmeId)).companies).toEqual(before.programme);
      // No copy of the database knows their name or address any more, nor holds a mail to them.
      const dump = execFileSync('pg_dump', ['--data-only', stack.database.url], {
        maxBuffer: 64 * 1024 * 1024,
      }).toString();
      expect(dump).toContain(volunteer.id);
      expect(dump).not.toContain(volunteer.email);
      expect(dump).not.toContain(volunteer.name);
      const [{ mails }] = await stack.dataSource.query<{ mails: number }[]>(
        `SELECT count(*)::int AS mails FROM messages WHERE recipient_user_id = $1`,
        [volunteer.id],
      );
      expect(mails).toBe(0);
    });

    it('mails no sign-in link to the old address, and erases a contact person whose adoption goes on', async () => {
      const { admin, contact, teacher, adoptionId } = await world();
      await call(contact, 'post', `/adoptions/${adoptionId}/updates`, {
        text: 'Min datter går også på skolen.',
      });

      await call(admin, 'post', `/users/${contact.id}/erase`).then((response) =>
        expect(response.status).toBe(200),
      );

      await stack
        .http()
        .post('/api/v1/auth/login-links')
        .send({ email: contact.email })
        .expect(202);
      const [{ links }] = await stack.dataSource.query<{ links: number }[]>(
        `SELECT count(*)::int AS links FROM messages WHERE recipient_email = $1`,
        [contact.email],
      );
      expect(links).toBe(0);
      // The adoption still names the (now anonymous) person, and keeps their hours.
      const adoption = await call(admin, 'get', `/adoptions/${adoptionId}`);
      expect(adoption.body.contactPersonId).toBe(contact.id);
      const hours = await call(admin, 'get', `/adoptions/${adoptionId}/hours`);
      expect(hours.body.items).toEqual([
        expect.objectContaining({ hours: 1.5, activity: 'planning', note: '' }),
      ]);
      // Their update stays in the log, without what they wrote.
      const updates = await call(teacher, 'get', `/adoptions/${adoptionId}/updates`);
      expect(updates.body.items).toEqual([
        expect.objectContaining({ authorId: contact.id, authorName: 'Slettet person', text: '' }),
      ]);
      // The admins are told a contact person is needed, without being told who it was.
      const told = await stack.sink.waitFor(
        (mail) => mail.to.includes(admin.email) && mail.text.includes('Slettet person'),
      );
      expect(told.text).not.toContain(contact.email);
    });

    it('changes nothing the second time, and refuses an admin erasing themselves', async () => {
      const { admin, volunteer } = await world();
      const first = await call(admin, 'post', `/users/${volunteer.id}/erase`);
      const again = await call(admin, 'post', `/users/${volunteer.id}/erase`);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);

      const self = await call(admin, 'post', `/users/${admin.id}/erase`);
      expect(self.status).toBe(409);
      expect(self.body.code).toBe('user.deactivate-self');
      const [me] = await stack.dataSource.query<{ name: string; erased_at: Date | null }[]>(
        `SELECT name, erased_at FROM users WHERE id = $1`,
        [admin.id],
      );
      expect(me).toEqual({ name: admin.name, erased_at: null });
    });

    it('keeps a volunteer who only leaves the company in its report', async () => {
      const { admin, volunteer, shiftId, volunteerCompanyId } = await world();
      await attended(volunteer.id, shiftId);
      const before = (await companyReport(admin, volunteerCompanyId)).totals;
      const [{ id: membershipId }] = await stack.dataSource.query<{ id: string }[]>(
        `SELECT id FROM memberships WHERE user_id = $1`,
        [volunteer.id],
      );

      await call(admin, 'delete', `/users/${volunteer.id}/memberships/${membershipId}`).then(
        (response) => expect(response.status).toBe(204),
      );

      expect((await companyReport(admin, volunteerCompanyId)).totals).toEqual(before);
    });
  });
});
