import { Response } from 'supertest';
import { Locale, Role, UserEntity } from '@app/core';
import { Factories, ReceivedMail } from '@app/testing';
import { invitationIn, parseFeed } from './support/calendar';
import { answerLinks } from './support/mail';
import { releaseRemindersDueBy } from './support/due-reminders';
import { adoptClass, AdoptionScenario, bearer, propose as proposeVisit } from './support/scenarios';
import { deliveriesTo, settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

// The visits are on Wednesday 7 October 2026 at 09:00 in Copenhagen, so their one-day reminders
// fall due at 09:00 on the 6th. The clock starts ten minutes before, room enough for start-up and
// set-up on a busy machine; the test moves it on to the due time. The seven-day reminders were
// already past.
const DUE = new Date('2026-10-06T09:00:00+02:00');
const CLOCK_START = new Date(DUE.getTime() - 10 * 60_000);
const VISIT = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };
const DAY_MS = 86_400_000;
const sorted = (values: string[]) => [...values].sort();

describe('extra hosts of a visit', () => {
  let stack: TestStack;
  let factories: Factories;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: CLOCK_START });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  interface Partnership extends AdoptionScenario {
    companyId: string;
    schoolId: string;
    /** A colleague of the contact person, who reads English. */
    guide: UserEntity;
    /** Another colleague. */
    colleague: UserEntity;
    /** A teacher of the school who does not teach the class. */
    pedagogue: UserEntity;
  }

  async function partnership(label: string): Promise<Partnership> {
    const scenario = await adoptClass(stack, { label, companyName: `Virksomhed ${label}` });
    const [{ companyId }] = await stack.dataSource.query<{ companyId: string }[]>(
      'SELECT company_id AS "companyId" FROM adoptions WHERE id = $1',
      [scenario.adoptionId],
    );
    const [{ schoolId }] = await stack.dataSource.query<{ schoolId: string }[]>(
      'SELECT school_id AS "schoolId" FROM classes WHERE id = $1',
      [scenario.classId],
    );
    return {
      ...scenario,
      companyId,
      schoolId,
      guide: await factories.user([{ role: Role.Volunteer, organisationId: companyId }], {
        locale: Locale.English,
      }),
      colleague: await factories.user([{ role: Role.Contact, organisationId: companyId }]),
      pedagogue: await factories.user([{ role: Role.Teacher, organisationId: schoolId }]),
    };
  }

  /** The teacher proposes the class visit, with these extra hosts if any. */
  const propose = (from: Partnership, hostIds?: string[]) =>
    proposeVisit(stack, from.teacher, from.adoptionId, [VISIT], { hostIds });

  async function confirm(from: Partnership, visitId: string): Promise<void> {
    await stack
      .http()
      .post(`/api/v1/visits/${visitId}/confirm`)
      .set('Authorization', await as(from.contact))
      .send({ slot: 0 })
      .expect(200);
  }

  async function setHosts(
    by: { id: string },
    visitId: string,
    hostIds: unknown,
  ): Promise<Response> {
    return stack
      .http()
      .put(`/api/v1/visits/${visitId}/hosts`)
      .set('Authorization', await as(by))
      .send({ hostIds });
  }

  async function visit(viewer: { id: string }, visitId: string) {
    return (
      await stack
        .http()
        .get(`/api/v1/visits/${visitId}`)
        .set('Authorization', await as(viewer))
        .expect(200)
    ).body as { revision: number; hostIds: string[]; history: { action: string }[] };
  }

  /** The messages written for a person, by template: what they have been or will be mailed. */
  async function messagesTo(user: { id: string }): Promise<string[]> {
    const rows = await stack.dataSource.query<{ template: string }[]>(
      'SELECT template FROM messages WHERE recipient_user_id = $1 ORDER BY created_at, id',
      [user.id],
    );
    return rows.map((row) => row.template);
  }

  const calendarMailTo =
    (user: { email: string }, method: 'REQUEST' | 'CANCEL', sequence: number) =>
    (mail: ReceivedMail) =>
      mail.to.includes(user.email) &&
      mail.raw.includes(`method=${method}`) &&
      mail.raw.includes(`SEQUENCE:${sequence}`);

  it('invites the hosts with everyone else, moves the invitation when they change, and reminds the current ones once', async () => {
    // Everything happens before the one-day reminders fall due; the mail is read afterwards.
    const lego = await partnership('7.A');
    const proposed = await propose(lego, [lego.guide.id, lego.pedagogue.id]);
    expect(sorted(proposed.hostIds as string[])).toEqual(
      sorted([lego.guide.id, lego.pedagogue.id]),
    );
    await confirm(lego, proposed.id);
    const confirmed = await visit(lego.teacher, proposed.id);
    // The contact person swaps the guide for a colleague.
    const changed = await setHosts(lego.contact, proposed.id, [
      lego.pedagogue.id,
      lego.colleague.id,
    ]);
    expect(changed.status).toBe(200);
    expect(changed.body.revision).toBe(confirmed.revision + 1);
    expect(sorted(changed.body.hostIds)).toEqual(sorted([lego.pedagogue.id, lego.colleague.id]));
    // Naming the same people again changes nothing and mails no one.
    const again = await setHosts(lego.teacher, proposed.id, [lego.colleague.id, lego.pedagogue.id]);
    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(confirmed.revision + 1);

    // Everyone taking part got the same event, and each invitation names all of them.
    const toGuide = await stack.sink.waitFor(
      calendarMailTo(lego.guide, 'REQUEST', confirmed.revision),
    );
    expect(toGuide.subject).toBe('Class visit at Virksomhed 7.A: Wednesday 7 October, 9:00–12:00');
    const invitation = invitationIn(toGuide);
    expect(invitation).toMatchObject({
      method: 'REQUEST',
      uid: `visit-${proposed.id}@scheduler.test`,
      start: '2026-10-07T07:00:00.000Z',
    });
    expect(invitation.attendees.map((attendee) => attendee.email).sort()).toEqual(
      [lego.teacher.email, lego.contact.email, lego.guide.email, lego.pedagogue.email].sort(),
    );
    const toPedagogue = await stack.sink.waitFor(
      calendarMailTo(lego.pedagogue, 'REQUEST', confirmed.revision),
    );
    const alsoTakingPart = /Også med: (.*)/.exec(toPedagogue.text)?.[1].split(', ');
    expect(sorted(alsoTakingPart ?? [])).toEqual(sorted([lego.guide.name, lego.pedagogue.name]));

    // The colleague is invited to the same event under the new revision; the guide uninvited.
    const added = invitationIn(
      await stack.sink.waitFor(calendarMailTo(lego.colleague, 'REQUEST', confirmed.revision + 1)),
    );
    expect(added.uid).toBe(invitation.uid);
    expect(added.attendees.map((attendee) => attendee.email).sort()).toEqual(
      [lego.teacher.email, lego.contact.email, lego.pedagogue.email, lego.colleague.email].sort(),
    );
    const removedMail = await stack.sink.waitFor(
      calendarMailTo(lego.guide, 'CANCEL', confirmed.revision + 1),
    );
    expect(removedMail.subject).toBe(
      'No longer taking part: class visit at Virksomhed 7.A on Wednesday 7 October, 9:00–12:00',
    );
    expect(invitationIn(removedMail)).toMatchObject({
      method: 'CANCEL',
      uid: invitation.uid,
      status: 'CANCELLED',
      attendees: [expect.objectContaining({ email: lego.guide.email })],
    });

    // The sides and the host who stays are not mailed about it; the guide can no longer see it.
    for (const person of [lego.teacher, lego.contact, lego.pedagogue]) {
      expect(await messagesTo(person)).not.toContain('visit.host-added');
    }
    await stack
      .http()
      .get(`/api/v1/visits/${proposed.id}`)
      .set('Authorization', await as(lego.guide))
      .expect(404);
    expect((await visit(lego.colleague, proposed.id)).history.map((e) => e.action)).toEqual([
      'proposed',
      'confirmed',
      'hosts-changed',
    ]);

    // The one-day reminders: one to each person taking part now, none to the guide, none twice.
    const isReminder = (user: { email: string }) => (mail: ReceivedMail) =>
      mail.to.includes(user.email) && /^(Påmindelse|Reminder)/.test(mail.subject);
    expect(await releaseRemindersDueBy(stack, DUE)).toBeGreaterThan(0);
    await settled(stack);
    const remindersTo = async (person: { email: string }) => ({
      mails: stack.sink.received.filter(isReminder(person)).length,
      deliveries: (await deliveriesTo(stack, person.email))
        .filter((row) => /^(Påmindelse|Reminder)/.test(row.subject))
        .map((row) => row.status),
    });
    for (const person of [lego.teacher, lego.contact, lego.pedagogue, lego.colleague]) {
      expect(await remindersTo(person)).toEqual({ mails: 1, deliveries: ['sent'] });
    }
    expect(await remindersTo(lego.guide)).toEqual({ mails: 0, deliveries: [] });

    // A cancellation reaches the hosts too.
    await stack
      .http()
      .post(`/api/v1/visits/${proposed.id}/cancel`)
      .set('Authorization', await as(lego.teacher))
      .send({ reason: 'Klassen er syg' })
      .expect(200);
    for (const host of [lego.pedagogue, lego.colleague]) {
      await stack.sink.waitFor(calendarMailTo(host, 'CANCEL', confirmed.revision + 2));
    }
  });

  it('mails nothing while the visit is only requested, and keeps the answer links good', async () => {
    const partners = await partnership('7.B');
    const { id } = await propose(partners);
    const before = await visit(partners.teacher, id);

    const changed = await setHosts(partners.contact, id, [partners.guide.id]);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ revision: before.revision, hostIds: [partners.guide.id] });
    expect(changed.body.history.map((event: { action: string }) => event.action)).toEqual([
      'proposed',
      'hosts-changed',
    ]);
    expect(await messagesTo(partners.guide)).toEqual([]);

    // The request mailed before the change still answers it, and the guide is invited with all.
    const request = await stack.sink.waitFor(
      (mail) => mail.to.includes(partners.contact.email) && mail.subject.startsWith('Forslag'),
    );
    const page = await stack.http().get(answerLinks(request)[0]).expect(200);
    const token = /name="token" value="([^"]+)"/.exec(page.text)![1];
    await stack.http().post('/visit-answers').type('form').send({ token }).expect(200);
    expect((await visit(partners.teacher, id)).revision).toBe(before.revision + 1);
    await stack.sink.waitFor(calendarMailTo(partners.guide, 'REQUEST', before.revision + 1));
    expect(await messagesTo(partners.guide)).not.toContain('visit.host-added');
  });

  it('lets hosts see the visit and nothing of the adoption, and not act for a side', async () => {
    const partners = await partnership('7.C');
    const { id } = await propose(partners, [partners.guide.id, partners.pedagogue.id]);

    const listed = await stack
      .http()
      .get('/api/v1/visits')
      .set('Authorization', await as(partners.guide))
      .expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    await stack
      .http()
      .get(`/api/v1/adoptions/${partners.adoptionId}`)
      .set('Authorization', await as(partners.guide))
      .expect(404);

    const byPedagogue = await stack
      .http()
      .post(`/api/v1/visits/${id}/confirm`)
      .set('Authorization', await as(partners.pedagogue))
      .send({ slot: 0 });
    expect({ status: byPedagogue.status, code: byPedagogue.body.code }).toEqual({
      status: 403,
      code: 'visit.not-a-side',
    });
    const hostsByPedagogue = await setHosts(partners.pedagogue, id, []);
    expect(hostsByPedagogue.status).toBe(403);
    const hostsByGuide = await setHosts(partners.guide, id, []);
    expect(hostsByGuide.status).toBe(403);
    expect(sorted((await visit(partners.teacher, id)).hostIds)).toEqual(
      sorted([partners.guide.id, partners.pedagogue.id]),
    );

    // The adoption lists each visit with its hosts.
    const adoption = await stack
      .http()
      .get(`/api/v1/adoptions/${partners.adoptionId}`)
      .set('Authorization', await as(partners.contact))
      .expect(200);
    const listedVisit = adoption.body.terms
      .flatMap((term: { visits: { id: string; hostIds: string[] }[] }) => term.visits)
      .find((item: { id: string }) => item.id === id);
    expect(sorted(listedVisit.hostIds)).toEqual(sorted([partners.guide.id, partners.pedagogue.id]));
  });

  describe('refuses hosts outside the partnership and changes nothing', () => {
    let partners: Partnership;
    let visitId: string;
    let outsider: UserEntity;
    beforeAll(async () => {
      partners = await partnership('7.D');
      outsider = await factories.user([
        { role: Role.Volunteer, organisationId: (await factories.company()).id },
      ]);
      visitId = (await propose(partners, [partners.guide.id])).id;
    });

    it.each<[string, (p: Partnership) => unknown, number, string]>([
      ['a volunteer of another company', () => [outsider.id], 400, 'visit.host-not-in-partnership'],
      [
        'an unknown person',
        () => ['00000000-0000-4000-8000-000000000000'],
        400,
        'visit.host-not-in-partnership',
      ],
      ['the contact person', (p) => [p.contact.id], 400, 'visit.host-takes-part'],
      ["the class's teacher", (p) => [p.teacher.id], 400, 'visit.host-takes-part'],
      ['something that is not an id', () => ['Sofie'], 400, 'request.invalid'],
      ['no list at all', () => 'everyone', 400, 'request.invalid'],
      ['eleven people', (p) => Array(11).fill(p.guide.id), 400, 'request.invalid'],
    ])('%s', async (_, hostIds, status, code) => {
      const before = await visit(partners.teacher, visitId);
      const response = await setHosts(partners.contact, visitId, hostIds(partners));
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(
        'hostIds',
      );
      const after = await visit(partners.teacher, visitId);
      expect(after).toEqual(before);
    });

    it('on a proposal too', async () => {
      const other = await partnership('7.E');
      const response = await stack
        .http()
        .post(`/api/v1/adoptions/${other.adoptionId}/visits`)
        .set('Authorization', await as(other.teacher))
        .send({
          kind: 'class-visit',
          location: 'Fabrikken',
          agenda: '',
          slots: [VISIT],
          hostIds: [partners.guide.id],
        });
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 400,
        code: 'visit.host-not-in-partnership',
      });
      const [{ n }] = await stack.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM visits WHERE adoption_id = $1',
        [other.adoptionId],
      );
      expect(n).toBe(0);
    });

    it('on a proposal, when the list is not of ids', async () => {
      const other = await partnership('7.F');
      const response = await stack
        .http()
        .post(`/api/v1/adoptions/${other.adoptionId}/visits`)
        .set('Authorization', await as(other.teacher))
        .send({
          kind: 'class-visit',
          location: 'Fabrikken',
          agenda: '',
          slots: [VISIT],
          hostIds: ['Sofie'],
        });
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 400,
        code: 'request.invalid',
      });
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(
        'hostIds',
      );
    });

    it('of a visit that is over', async () => {
      await stack
        .http()
        .post(`/api/v1/visits/${visitId}/cancel`)
        .set('Authorization', await as(partners.teacher))
        .send({ reason: 'Aflyst' })
        .expect(200);
      const response = await setHosts(partners.contact, visitId, [partners.colleague.id]);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 409,
        code: 'visit.status',
      });
      expect((await visit(partners.teacher, visitId)).hostIds).toEqual([partners.guide.id]);
    });

    it('from a stranger, as if the visit did not exist', async () => {
      const stranger = await factories.user([
        { role: Role.Contact, organisationId: (await factories.company()).id },
      ]);
      const response = await setHosts(stranger, visitId, []);
      expect(response.status).toBe(404);
    });
  });

  it("shows the visit in a host's feed, and cancelled there for 30 days once taken off", async () => {
    const partners = await partnership('8.A');
    const { id } = await propose(partners, [partners.guide.id]);
    await confirm(partners, id);
    const feedUrl = (
      await stack
        .http()
        .get('/api/v1/me/calendar')
        .set('Authorization', await as(partners.guide))
        .expect(200)
    ).body.feedUrl as string;
    const feed = async () => {
      const response = await stack.http().get(new URL(feedUrl).pathname).expect(200);
      return { etag: response.headers.etag, ...parseFeed(response.text) };
    };

    const hosting = await feed();
    expect(hosting.events.map(({ uid, status }) => ({ uid, status }))).toEqual([
      { uid: `visit-${id}@scheduler.test`, status: 'CONFIRMED' },
    ]);

    await setHosts(partners.contact, id, []).then((response) => expect(response.status).toBe(200));
    const released = await feed();
    expect(released.events.map(({ uid, status }) => ({ uid, status }))).toEqual([
      { uid: `visit-${id}@scheduler.test`, status: 'CANCELLED' },
    ]);
    // A client holding the old version is not told that nothing changed.
    await stack
      .http()
      .get(new URL(feedUrl).pathname)
      .set('If-None-Match', hosting.etag)
      .expect(200);

    // Everyone else still sees it confirmed.
    const contactFeed = (
      await stack
        .http()
        .get('/api/v1/me/calendar')
        .set('Authorization', await as(partners.contact))
        .expect(200)
    ).body.feedUrl as string;
    const forContact = parseFeed(
      (await stack.http().get(new URL(contactFeed).pathname).expect(200)).text,
    );
    expect(
      forContact.events.find((event) => event.uid === `visit-${id}@scheduler.test`)?.status,
    ).toBe('CONFIRMED');

    stack.clock.advance(31 * DAY_MS);
    expect((await feed()).events).toEqual([]);
  });
});
