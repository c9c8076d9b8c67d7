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
    return { ...adoption, visitId: visit.body.id as string, volunteer, shiftId: shift.id };
  }

  describe('exported for an admin', () => {
    it('holds every kind of record that names the person, and nothing of anyone else', async () => {
      const { admin, contact, teacher, visitId, adoptionId } = await world();

      const response = await call(admin, 'get', `/users/${contact.id}/export`);

      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const { person, sections } = response.body as {
        person: Record<string, unknown>;
        sections: Record<string, Rows>;
      };
      expect(person).toMatchObject({ id: contact.id, email: contact.email, name: contact.name });
      expect(sections.memberships).toEqual([
        expect.objectContaining({ role: 'contact', organisationName: 'Skandia' }),
      ]);
      expect(sections.adoptionsAsContactPerson).toEqual([
        expect.objectContaining({ id: adoptionId, class: '6.B', company: 'Skandia' }),
      ]);
      expect(sections.visits).toEqual([
        expect.objectContaining({ id: visitId, status: 'confirmed', roles: ['contact-person'] }),
      ]);
      expect(sections.visitHistory).toEqual([
        expect.objectContaining({ visitId, action: 'confirmed' }),
      ]);
      expect(sections.hours).toEqual([
        expect.objectContaining({
          hours: 1.5,
          activity: 'planning',
          note: 'Planlægning med læreren',
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
});
