import { Role, UserEntity } from '@app/core';
import { Factories, ReceivedMail } from '@app/testing';
import { invitationIn } from './support/calendar';
import { answerLinks } from './support/mail';
import { ok, refused } from './support/responses';
import { adoptClass, AdoptionScenario, apiCaller, propose } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// A contact person leaves the company: the admins are told which adoptions, and which visits
// still to come, need a new contact person, and an admin names one. "Now" is Thursday
// 1 October 2026 in Copenhagen; the class visit is on Wednesday 7 October, its preparation
// meeting on Monday 5 October.

const START = new Date('2026-10-01T08:00:00+02:00');
const CLASS_VISIT = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };
const PREPARATION = { start: '2026-10-05T14:00:00+02:00', end: '2026-10-05T15:00:00+02:00' };
const OFFICE = 'office@scheduler.test';

describe('a contact person leaving', () => {
  let stack: TestStack;
  let factories: Factories;
  let call: ReturnType<typeof apiCaller>;

  beforeAll(async () => {
    // One admin by configuration who has never signed in, besides those with a membership.
    stack = await startTestStack({ clockStart: START, adminEmails: [OFFICE] });
    factories = new Factories(stack.dataSource);
    call = apiCaller(stack);
  });
  afterAll(() => stack.stop());

  interface World extends AdoptionScenario {
    companyId: string;
    schoolId: string;
    successor: UserEntity;
    classVisitId: string;
    preparationId: string;
  }

  /** An adoption with a confirmed class visit and a preparation meeting the teacher proposed. */
  async function world(): Promise<World> {
    const scenario = await adoptClass(stack, { label: '7.A' });
    const [{ companyId, schoolId }] = await stack.dataSource.query<
      { companyId: string; schoolId: string }[]
    >(
      `SELECT adoptions.company_id AS "companyId", classes.school_id AS "schoolId"
       FROM adoptions JOIN classes ON classes.id = adoptions.class_id WHERE adoptions.id = $1`,
      [scenario.adoptionId],
    );
    const classVisit = await propose(stack, scenario.teacher, scenario.adoptionId, [CLASS_VISIT]);
    ok(await call(scenario.contact, 'post', `/visits/${classVisit.id}/confirm`, { slot: 0 }), 200);
    const preparation = await propose(stack, scenario.teacher, scenario.adoptionId, [PREPARATION], {
      kind: 'preparation',
    });
    return {
      ...scenario,
      companyId,
      schoolId,
      successor: await factories.user([{ role: Role.Contact, organisationId: companyId }], {
        name: 'Efterfølgeren',
      }),
      classVisitId: classVisit.id,
      preparationId: preparation.id,
    };
  }

  async function leave(w: World): Promise<void> {
    const { memberships } = ok(await call(w.admin, 'get', `/users/${w.contact.id}`), 200);
    const response = await call(
      w.admin,
      'delete',
      `/users/${w.contact.id}/memberships/${memberships[0].id}`,
    );
    expect(response.status).toBe(204);
  }

  const adoptionOf = async (w: World) =>
    ok(await call(w.admin, 'get', `/adoptions/${w.adoptionId}`), 200);
  const visitOf = async (w: World, id: string) =>
    ok(await call(w.admin, 'get', `/visits/${id}`), 200);

  const calendarMailTo =
    (user: { email: string }, method: 'REQUEST' | 'CANCEL', sequence: number) =>
    (mail: ReceivedMail) =>
      mail.to.includes(user.email) &&
      mail.raw.includes(`method=${method}`) &&
      invitationIn(mail).sequence === sequence;

  it('tells every admin which adoptions and visits need a new contact person', async () => {
    const w = await world();
    const requestToContact = await stack.sink.waitFor(
      (mail) =>
        mail.to.includes(w.contact.email) &&
        mail.subject.startsWith('Forslag om forberedelsesmøde'),
    );

    await leave(w);

    const subject = `Klasseadoptioner mangler en ny kontaktperson: ${w.contact.name} er stoppet`;
    for (const address of [w.admin.email, OFFICE]) {
      const mail = await stack.sink.waitFor(
        (received) => received.to.includes(address) && received.subject === subject,
      );
      expect(mail.text).toContain(`${w.contact.name} (${w.contact.email}) er ikke længere`);
      expect(mail.text).toContain('7.A på ');
      expect(mail.text).toContain('Klassebesøg, aftalt: onsdag 7. oktober kl. 9.00–12.00');
      expect(mail.text).toContain(
        'Forberedelsesmøde, foreslået: mandag 5. oktober kl. 14.00–15.00',
      );
      expect(mail.text).toContain(`/adoptions/${w.adoptionId}`);
      expect(mail.text).not.toContain('/api/v1/');
    }
    // Nobody else is told; the adoption still names them until an admin names someone else.
    const [others] = await stack.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM messages
       WHERE template = 'adoption.contact-person-left' AND recipient_email NOT IN ($1, $2)`,
      [w.admin.email, OFFICE],
    );
    expect(others.count).toBe(0);

    // The former contact person no longer sees the visits or answers for the company.
    const listed = ok(await call(w.contact, 'get', '/visits'), 200);
    expect(listed.items).toEqual([]);
    refused(await call(w.contact, 'get', `/visits/${w.classVisitId}`), 404, 'visit.not-found');
    const [confirmLink] = answerLinks(requestToContact);
    const page = await stack.http().get(confirmLink);
    expect(page.status).toBe(404);
    const token = new URL(confirmLink, 'http://scheduler.test').searchParams.get('token');
    const answer = await stack.http().post('/visit-answers').type('form').send({ token });
    expect(answer.status).toBe(404);
    expect((await visitOf(w, w.preparationId)).status).toBe('requested');
  });

  it('lets an admin name a new contact person, who takes over the visits to come', async () => {
    const w = await world();
    await leave(w);
    const confirmed = await visitOf(w, w.classVisitId);

    const adoption = ok(
      await call(w.admin, 'put', `/adoptions/${w.adoptionId}/contact-person`, {
        contactPersonId: w.successor.id,
      }),
      200,
    );
    expect(adoption.contactPersonId).toBe(w.successor.id);

    // The confirmed visit: off the old contact person's calendar, onto the new one's.
    const moved = await visitOf(w, w.classVisitId);
    expect(moved.revision).toBe(confirmed.revision + 1);
    expect(moved.history.map((event: { action: string }) => event.action)).toContain(
      'contact-person-changed',
    );
    const cancel = await stack.sink.waitFor(calendarMailTo(w.contact, 'CANCEL', moved.revision));
    expect(invitationIn(cancel).attendees.map((a) => a.email)).toEqual([w.contact.email]);
    const invitation = await stack.sink.waitFor(
      calendarMailTo(w.successor, 'REQUEST', moved.revision),
    );
    expect(invitationIn(invitation).attendees.map((a) => a.email)).toEqual(
      expect.arrayContaining([w.successor.email, w.teacher.email]),
    );
    expect(invitationIn(invitation).attendees.map((a) => a.email)).not.toContain(w.contact.email);

    // The request the teacher made is put to the new contact person, who answers it.
    const request = await stack.sink.waitFor(
      (mail) => mail.to.includes(w.successor.email) && mail.subject.startsWith('Forslag'),
    );
    expect(answerLinks(request)).toHaveLength(2);
    const answered = ok(
      await call(w.successor, 'post', `/visits/${w.preparationId}/confirm`, { slot: 0 }),
      200,
    );
    expect(answered.status).toBe('confirmed');
  });

  describe('refusals, which change nothing', () => {
    it('takes only a contact person of the adopting company, named by an admin', async () => {
      const w = await world();
      const volunteer = await factories.user([
        { role: Role.Volunteer, organisationId: w.companyId },
      ]);
      const elsewhere = await factories.user([
        { role: Role.Contact, organisationId: (await factories.company()).id },
      ]);
      const before = await adoptionOf(w);

      for (const candidate of [volunteer, elsewhere]) {
        refused(
          await call(w.admin, 'put', `/adoptions/${w.adoptionId}/contact-person`, {
            contactPersonId: candidate.id,
          }),
          409,
          'adoption.contact-not-in-company',
          /contact person of the adopting company/,
        );
      }
      for (const caller of [w.teacher, w.contact, w.successor]) {
        refused(
          await call(caller, 'put', `/adoptions/${w.adoptionId}/contact-person`, {
            contactPersonId: w.successor.id,
          }),
          403,
          'access.role',
        );
      }
      const malformed = await call(w.admin, 'put', `/adoptions/${w.adoptionId}/contact-person`, {
        contactPersonId: 'Efterfølgeren',
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.details.map((d: { field: string }) => d.field)).toEqual([
        'contactPersonId',
      ]);
      refused(
        await call(
          w.admin,
          'put',
          '/adoptions/00000000-0000-4000-8000-000000000000/contact-person',
          {
            contactPersonId: w.successor.id,
          },
        ),
        404,
        'adoption.not-found',
      );
      expect(await adoptionOf(w)).toEqual(before);
    });

    it('refuses a new contact person who has a confirmed visit at the same time', async () => {
      const w = await world();
      // The successor already has a class visit of another class on 7 October at 10:00.
      const other = ok(
        await call(w.teacher, 'post', `/schools/${w.schoolId}/classes`, {
          label: '7.B',
          grade: 7,
          schoolYear: '2026/27',
          pupils: 20,
          teacherIds: [w.teacher.id],
        }),
        201,
      );
      const otherAdoption = ok(
        await call(w.admin, 'post', '/adoptions', {
          classId: other.id,
          companyId: w.companyId,
          contactPersonId: w.successor.id,
          startsOn: '2026-09-01',
        }),
        201,
      );
      const busy = await propose(stack, w.teacher, otherAdoption.id, [
        { start: '2026-10-07T10:00:00+02:00', end: '2026-10-07T13:00:00+02:00' },
      ]);
      ok(await call(w.successor, 'post', `/visits/${busy.id}/confirm`, { slot: 0 }), 200);
      const before = { adoption: await adoptionOf(w), visit: await visitOf(w, w.classVisitId) };

      refused(
        await call(w.admin, 'put', `/adoptions/${w.adoptionId}/contact-person`, {
          contactPersonId: w.successor.id,
        }),
        409,
        'visit.overlaps-contact-person',
      );
      expect(await adoptionOf(w)).toEqual(before.adoption);
      expect(await visitOf(w, w.classVisitId)).toEqual(before.visit);
    });

    it('refuses an adoption that has ended', async () => {
      const w = await world();
      ok(await call(w.admin, 'post', `/adoptions/${w.adoptionId}/end`, { reason: 'Lukket' }), 200);
      const before = await adoptionOf(w);
      refused(
        await call(w.admin, 'put', `/adoptions/${w.adoptionId}/contact-person`, {
          contactPersonId: w.successor.id,
        }),
        409,
        'adoption.not-active',
      );
      expect(await adoptionOf(w)).toEqual(before);
    });
  });
});
