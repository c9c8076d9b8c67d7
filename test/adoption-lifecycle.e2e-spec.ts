import { Queue } from 'bullmq';
import { Response } from 'supertest';
import { Role, UserEntity } from '@app/core';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { redisOptions } from '@app/messaging';
import { Factories, ReceivedMail } from '@app/testing';
import { answerer } from './support/answers';
import { propose as proposeVisit, Slot } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// A class adopted in 8th grade, through four terms of visits, to the end of the adoption on its
// graduation day: the API, the worker and the mail they send, on a clock the test moves.

/** A response body, as loosely typed as JSON. */
type Body = Response['body'];

const CLOCK_START = new Date('2026-09-01T08:00:00+02:00');
const BUDGET = 7.4;

interface TermPlan {
  name: string;
  preparation: Slot;
  classVisit: [Slot, Slot];
  /** The class-visit slot the contact person confirms; null: nobody answers the request. */
  confirm: 0 | 1 | null;
  /** The contact person declines the first proposal; the teacher proposes the visit again. */
  declinedFirst?: boolean;
  /** Once confirmed, the contact person moves the class visit here; the teacher confirms. */
  movedTo?: Slot;
  /** A moment after the term's visits. */
  after: string;
  manual: { date: string; hours: number; activity: string };
}

const TERMS: TermPlan[] = [
  {
    name: '2026/27-autumn',
    preparation: { start: '2026-09-15T14:00:00+02:00', end: '2026-09-15T15:00:00+02:00' },
    classVisit: [
      { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' },
      { start: '2026-10-08T09:00:00+02:00', end: '2026-10-08T12:00:00+02:00' },
    ],
    confirm: 1,
    after: '2026-10-09T08:00:00+02:00',
    manual: { date: '2026-10-09', hours: 1.5, activity: 'travel' },
  },
  {
    name: '2026/27-spring',
    preparation: { start: '2027-02-02T14:00:00+01:00', end: '2027-02-02T15:30:00+01:00' },
    classVisit: [
      { start: '2027-03-10T09:00:00+01:00', end: '2027-03-10T13:00:00+01:00' },
      { start: '2027-03-11T09:00:00+01:00', end: '2027-03-11T13:00:00+01:00' },
    ],
    confirm: 0,
    declinedFirst: true,
    after: '2027-03-12T08:00:00+01:00',
    manual: { date: '2027-03-12', hours: 1.5, activity: 'planning' },
  },
  {
    name: '2027/28-autumn',
    preparation: { start: '2027-09-14T14:00:00+02:00', end: '2027-09-14T16:00:00+02:00' },
    classVisit: [
      { start: '2027-10-06T09:00:00+02:00', end: '2027-10-06T14:00:00+02:00' },
      { start: '2027-10-07T09:00:00+02:00', end: '2027-10-07T14:00:00+02:00' },
    ],
    confirm: 0,
    movedTo: { start: '2027-10-13T09:00:00+02:00', end: '2027-10-13T14:00:00+02:00' },
    after: '2027-10-14T08:00:00+02:00',
    manual: { date: '2027-10-14', hours: 0.25, activity: 'meeting' },
  },
  {
    // The last term: the preparation meeting is held; the class visit, proposed for June, is
    // never answered and is still open when the adoption ends.
    name: '2027/28-spring',
    preparation: { start: '2028-02-01T10:00:00+01:00', end: '2028-02-01T10:30:00+01:00' },
    classVisit: [
      { start: '2028-06-20T09:00:00+02:00', end: '2028-06-20T12:00:00+02:00' },
      { start: '2028-06-21T09:00:00+02:00', end: '2028-06-21T12:00:00+02:00' },
    ],
    confirm: null,
    after: '2028-02-02T08:00:00+01:00',
    manual: { date: '2028-02-02', hours: 1, activity: 'other' },
  },
];

const iso = (instant: string) => new Date(instant).toISOString();
const hoursOf = (slot: Slot) =>
  (new Date(slot.end).getTime() - new Date(slot.start).getTime()) / 3_600_000;
const round2 = (value: number) => Math.round(value * 100) / 100;

describe('a class adoption from 8th grade to graduation', () => {
  let stack: TestStack;
  let factories: Factories;
  let school: SchoolEntity;
  let company: CompanyEntity;
  let admin: UserEntity;
  let teacher: UserEntity;
  let contact: UserEntity;
  let adoptionId: string;
  /** Every visit proposed, in order, with whether it was confirmed. */
  const proposed: { id: string; term: string; confirmed: boolean }[] = [];
  /** Visits the audit test looks at. */
  const marked: { declined?: string; moved?: string; open?: string; firstClassVisit?: string } = {};
  /** When the moved visit was moved and when the adoption ended, as the clock told. */
  const moments: { moved?: [Date, Date]; ended?: [Date, Date] } = {};
  let totalHours = 0;
  let visitsHeld = 0;

  // A fresh token each time: tokens expire an hour after the clock's now, which moves.
  const call = (user: UserEntity, method: 'get' | 'post', path: string, body?: object) =>
    answerer(stack)(user, method, path, body);

  async function ok(
    user: UserEntity,
    method: 'get' | 'post',
    path: string,
    status: number,
    body?: object,
  ): Promise<Body> {
    const answer = await call(user, method, path, body);
    expect({ path, ...answer }).toMatchObject({ path, status });
    return answer.body;
  }

  const propose = (kind: string, slots: Slot[]) =>
    proposeVisit(stack, teacher, adoptionId, slots, {
      kind,
      location: kind === 'class-visit' ? 'JydskeVestkysten, Esbjerg' : 'Bakkeskolen',
      agenda: kind === 'class-visit' ? 'Sådan bliver en avis til' : 'Programmet for besøget',
    });

  function link(visitId: string): string {
    return `http://scheduler.test/visits/${visitId}`;
  }

  function mailsAbout(visitId: string, to: UserEntity, subject: RegExp): ReceivedMail[] {
    return stack.sink
      .to(to.email)
      .filter((mail) => subject.test(mail.subject) && mail.text.includes(link(visitId)));
  }

  function waitForMail(visitId: string, to: UserEntity, subject: RegExp): Promise<ReceivedMail> {
    return stack.sink.waitFor(
      (mail) =>
        mail.to.includes(to.email) &&
        subject.test(mail.subject) &&
        mail.text.includes(link(visitId)),
    );
  }

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: CLOCK_START });
    factories = new Factories(stack.dataSource);
    school = await factories.school({ name: 'Bakkeskolen', city: 'Esbjerg' });
    company = await factories.company({ name: 'JydskeVestkysten', city: 'Esbjerg' });
    admin = await factories.user([{ role: Role.Admin }], { name: 'Områdesekretariatet' });
    teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }], {
      name: 'Marianne',
      email: 'marianne@bakkeskolen.test',
    });
    contact = await factories.user([{ role: Role.Contact, organisationId: company.id }], {
      name: 'Jonas',
      email: 'jonas@jv.test',
    });
  });
  afterAll(() => stack?.stop());

  /**
   * The story's chapters, in order. Each stands on what the ones before did (the adoption, its
   * visits, the clock's date), so they run as one test that stops at the first chapter that
   * fails and names it; no chapter passes or fails because another was skipped.
   */
  const chapters: [string, () => Promise<void>][] = [];
  const chapter = (name: string, tell: () => Promise<void>) => chapters.push([name, tell]);

  chapter('registers 8.A for 2026/27 and adopts it until its graduation day', async () => {
    const registered = await ok(teacher, 'post', `/schools/${school.id}/classes`, 201, {
      label: '8.A',
      grade: 8,
      schoolYear: '2026/27',
      pupils: 24,
      teacherIds: [teacher.id],
    });
    expect(registered).toMatchObject({ currentGrade: 8, graduatesOn: '2028-06-30' });

    const adoption = await ok(admin, 'post', '/adoptions', 201, {
      classId: registered.id,
      companyId: company.id,
      contactPersonId: contact.id,
      startsOn: '2026-09-01',
    });
    adoptionId = adoption.id;

    expect(adoption).toMatchObject({
      status: 'active',
      startsOn: '2026-09-01',
      endsOn: '2028-06-30',
      hoursBudgetPerTerm: BUDGET,
    });
    expect(adoption.terms.map((term: { name: string }) => term.name)).toEqual(
      TERMS.map((term) => term.name),
    );
  });

  for (const plan of TERMS) {
    chapter(`holds the visits of ${plan.name} and logs their hours`, async () => {
      // The teacher proposes; the contact person confirms.
      const preparation = await propose('preparation', [plan.preparation]);
      expect(preparation).toMatchObject({
        status: 'requested',
        kind: 'preparation',
        term: plan.name,
        proposedBySide: 'school',
        proposedBy: teacher.id,
        slots: [{ start: iso(plan.preparation.start), end: iso(plan.preparation.end) }],
        start: null,
        revision: 1,
      });
      proposed.push({ id: preparation.id, term: plan.name, confirmed: true });

      if (plan.declinedFirst) {
        const first = await propose('class-visit', plan.classVisit);
        const declined = await ok(contact, 'post', `/visits/${first.id}/decline`, 200, {
          reason: 'Vi har lagerlukning den uge',
        });
        expect(declined).toMatchObject({
          status: 'declined',
          reason: 'Vi har lagerlukning den uge',
        });
        proposed.push({ id: first.id, term: plan.name, confirmed: false });
        marked.declined = first.id;
      }
      const classVisit = await propose('class-visit', plan.classVisit);
      expect(classVisit).toMatchObject({ status: 'requested', term: plan.name });
      expect(classVisit.slots).toHaveLength(2);
      proposed.push({ id: classVisit.id, term: plan.name, confirmed: plan.confirm !== null });
      marked.firstClassVisit ??= classVisit.id;

      const confirmedPreparation = await ok(
        contact,
        'post',
        `/visits/${preparation.id}/confirm`,
        200,
        { slot: 0 },
      );
      expect(confirmedPreparation).toMatchObject({
        status: 'confirmed',
        start: iso(plan.preparation.start),
        end: iso(plan.preparation.end),
        revision: 2,
      });
      const held: { id: string; slot: Slot }[] = [{ id: preparation.id, slot: plan.preparation }];

      if (plan.confirm === null) {
        marked.open = classVisit.id;
      } else {
        let slot = plan.classVisit[plan.confirm];
        const confirmed = await ok(contact, 'post', `/visits/${classVisit.id}/confirm`, 200, {
          slot: plan.confirm,
        });
        expect(confirmed).toMatchObject({
          status: 'confirmed',
          start: iso(slot.start),
          end: iso(slot.end),
        });
        if (plan.movedTo) {
          const before = stack.clock.now();
          const moved = await ok(contact, 'post', `/visits/${classVisit.id}/reschedule`, 200, {
            slots: [plan.movedTo],
          });
          moments.moved = [before, stack.clock.now()];
          expect(moved).toMatchObject({
            status: 'requested',
            proposedBySide: 'company',
            proposedBy: contact.id,
            start: null,
          });
          // Now the teacher answers.
          await expect(
            call(contact, 'post', `/visits/${classVisit.id}/confirm`, { slot: 0 }),
          ).resolves.toMatchObject({ status: 409, body: { code: 'visit.own-proposal' } });
          await ok(teacher, 'post', `/visits/${classVisit.id}/confirm`, 200, { slot: 0 });
          slot = plan.movedTo;
          marked.moved = classVisit.id;
        }
        held.push({ id: classVisit.id, slot });
      }

      // After the visits, the sweep marks them held and logs their hours.
      stack.clock.travelTo(new Date(plan.after));
      const swept = await ok(admin, 'post', '/admin/sweeps/complete-visits', 200);
      expect(swept).toEqual({ name: 'complete-visits', processed: held.length });

      for (const visit of held) {
        const shown = await ok(teacher, 'get', `/visits/${visit.id}`, 200);
        expect(shown).toMatchObject({
          status: 'completed',
          start: iso(visit.slot.start),
          end: iso(visit.slot.end),
        });
        expect(shown.history.at(-1)).toMatchObject({ action: 'completed', actorId: null });
      }
      if (plan.confirm === null) {
        const open = await ok(teacher, 'get', `/visits/${classVisit.id}`, 200);
        expect(open).toMatchObject({ status: 'requested', revision: 1 });
      }
      const hours = await ok(contact, 'get', `/adoptions/${adoptionId}/hours`, 200);
      const fromVisits = hours.items.filter(
        (entry: { source: string; term: string }) =>
          entry.source === 'visit' && entry.term === plan.name,
      );
      expect(fromVisits).toEqual(
        expect.arrayContaining(
          held.map((visit) =>
            expect.objectContaining({
              visitId: visit.id,
              userId: contact.id,
              hours: hoursOf(visit.slot),
              activity: 'visit',
              date: visit.slot.start.slice(0, 10),
            }),
          ),
        ),
      );
      expect(fromVisits).toHaveLength(held.length);

      // The contact person logs some hours of their own.
      const manual = await ok(contact, 'post', `/adoptions/${adoptionId}/hours`, 201, {
        ...plan.manual,
        note: 'Kørsel og planlægning',
      });
      expect(manual).toMatchObject({ term: plan.name, source: 'manual', visitId: null });

      const logged = round2(
        held.reduce((sum, visit) => sum + hoursOf(visit.slot), 0) + plan.manual.hours,
      );
      const summary = await ok(contact, 'get', `/adoptions/${adoptionId}/hours`, 200);
      expect(summary.terms.find((term: { term: string }) => term.term === plan.name)).toEqual({
        term: plan.name,
        budget: BUDGET,
        logged,
        remaining: round2(BUDGET - logged),
      });
      const adoption = await ok(teacher, 'get', `/adoptions/${adoptionId}`, 200);
      const term = adoption.terms.find((each: { name: string }) => each.name === plan.name);
      expect(term).toMatchObject({ hoursLogged: logged, hoursBudget: BUDGET });
      expect(
        term.visits
          .filter((visit: { status: string }) => visit.status === 'completed')
          .map((visit: { id: string }) => visit.id)
          .sort(),
      ).toEqual(held.map((visit) => visit.id).sort());
      totalHours = round2(totalHours + logged);
      visitsHeld += held.length;
    });
  }

  chapter(
    'mails each request to the contact person and each confirmation to both sides',
    async () => {
      const request = /^Forslag om (klassebesøg|forberedelsesmøde) /;
      const confirmation = /^(Klassebesøg hos|Forberedelsesmøde med) JydskeVestkysten: /;
      expect(proposed).toHaveLength(9);
      for (const visit of proposed) {
        await waitForMail(visit.id, contact, request);
        if (visit.confirmed) {
          await waitForMail(visit.id, teacher, confirmation);
          await waitForMail(visit.id, contact, confirmation);
        }
      }
      // The one who asked is not asked.
      for (const visit of proposed) expect(mailsAbout(visit.id, teacher, request)).toEqual([]);
      // Confirmations of what nobody confirmed never go out.
      const unconfirmed = proposed.filter((visit) => !visit.confirmed);
      for (const visit of unconfirmed) {
        expect(mailsAbout(visit.id, teacher, confirmation)).toEqual([]);
        expect(mailsAbout(visit.id, contact, confirmation)).toEqual([]);
      }
      // The decline goes to the teacher who proposed; the new proposal of the moved visit too.
      await waitForMail(marked.declined!, teacher, /^Afslået: klassebesøg hos JydskeVestkysten/);
      expect(mailsAbout(marked.declined!, contact, /^Afslået/)).toEqual([]);
      await waitForMail(
        marked.moved!,
        teacher,
        /^Nyt forslag til klassebesøg hos JydskeVestkysten/,
      );
      expect(mailsAbout(marked.moved!, contact, /^Nyt forslag/)).toEqual([]);
      // The moved visit's confirmation tells the new time, on the school's wall clock.
      const moved = await waitForMail(
        marked.moved!,
        contact,
        /^Klassebesøg hos JydskeVestkysten: onsdag 13\. oktober kl\. 9\.00–14\.00$/,
      );
      expect(moved.text).toContain('Marianne');
    },
  );

  chapter('does not end the adoption on its graduation day', async () => {
    stack.clock.travelTo(new Date('2028-06-30T22:00:00+02:00'));

    const swept = await ok(admin, 'post', '/admin/sweeps/end-adoptions', 200);

    expect(swept).toEqual({ name: 'end-adoptions', processed: 0 });
    const adoption = await ok(admin, 'get', `/adoptions/${adoptionId}`, 200);
    expect(adoption.status).toBe('active');
  });

  chapter(
    'ends the adoption after its graduation day: open visits cancelled, both told',
    async () => {
      expect(marked.open).toBeDefined();
      stack.clock.travelTo(new Date('2028-07-01T00:01:00+02:00'));

      const before = stack.clock.now();
      const swept = await ok(admin, 'post', '/admin/sweeps/end-adoptions', 200);
      moments.ended = [before, stack.clock.now()];

      expect(swept).toEqual({ name: 'end-adoptions', processed: 1 });
      const adoption = await ok(contact, 'get', `/adoptions/${adoptionId}`, 200);
      expect(adoption).toMatchObject({
        status: 'completed',
        endsOn: '2028-06-30',
        endReason: null,
        endedAt: expect.any(String),
      });
      const open = await ok(teacher, 'get', `/visits/${marked.open}`, 200);
      expect(open).toMatchObject({ status: 'cancelled', start: null, revision: 2 });

      const closing = /^Klasseadoptionen er slut: JydskeVestkysten og 8\.A på Bakkeskolen, /;
      for (const person of [teacher, contact]) {
        const summary = await stack.sink.waitFor(
          (mail) => mail.to.includes(person.email) && closing.test(mail.subject),
        );
        expect(summary.subject).toContain('30. juni 2028');
        expect(summary.text).toContain(`Besøg holdt: ${visitsHeld}`);
        expect(summary.text).toContain(
          `Timer givet af JydskeVestkysten: ${String(totalHours).replace('.', ',')}`,
        );
        await waitForMail(marked.open!, person, /^Aflyst: klassebesøg hos JydskeVestkysten/);
      }
      expect(visitsHeld).toBe(7);
      expect(totalHours).toBe(21.25);
    },
  );

  chapter('takes no new visit once it has ended', async () => {
    const slots = [{ start: '2028-08-15T14:00:00+02:00', end: '2028-08-15T15:00:00+02:00' }];
    for (const person of [teacher, contact]) {
      await expect(
        call(person, 'post', `/adoptions/${adoptionId}/visits`, {
          kind: 'preparation',
          location: 'Bakkeskolen',
          agenda: 'Et sidste møde',
          slots,
        }),
      ).resolves.toMatchObject({ status: 409, body: { code: 'adoption.not-active' } });
    }
    const [{ count }] = await stack.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM visits WHERE adoption_id = $1',
      [adoptionId],
    );
    expect(count).toBe(proposed.length);
  });

  chapter(
    'shows on each visit who proposed, declined, confirmed, moved or cancelled it',
    async () => {
      const historyOf = async (id: string) =>
        (await ok(contact, 'get', `/visits/${id}`, 200)).history as {
          action: string;
          actorId: string | null;
          revision: number;
          at: string;
          details: Record<string, unknown>;
        }[];

      const first = await historyOf(marked.firstClassVisit!);
      expect(first.map(({ action, actorId }) => [action, actorId])).toEqual([
        ['proposed', teacher.id],
        ['confirmed', contact.id],
        ['completed', null],
      ]);
      expect(first[1].details).toEqual({ slot: 1 });
      expect(new Date(first[2].at).getTime()).toBeGreaterThanOrEqual(
        new Date(TERMS[0].after).getTime(),
      );

      const declined = await historyOf(marked.declined!);
      expect(declined.map(({ action, actorId }) => [action, actorId])).toEqual([
        ['proposed', teacher.id],
        ['declined', contact.id],
      ]);
      expect(declined[1].details).toEqual({ reason: 'Vi har lagerlukning den uge' });

      const moved = await historyOf(marked.moved!);
      expect(moved.map(({ action, actorId, revision }) => [action, actorId, revision])).toEqual([
        ['proposed', teacher.id, 1],
        ['confirmed', contact.id, 2],
        ['rescheduled', contact.id, 3],
        ['confirmed', teacher.id, 4],
        ['completed', null, 5],
      ]);
      const movedAt = new Date(moved[2].at).getTime();
      expect(movedAt).toBeGreaterThanOrEqual(moments.moved![0].getTime());
      expect(movedAt).toBeLessThanOrEqual(moments.moved![1].getTime());

      const open = await historyOf(marked.open!);
      expect(open.map(({ action, actorId }) => [action, actorId])).toEqual([
        ['proposed', teacher.id],
        ['cancelled', null],
      ]);
      const cancelledAt = new Date(open[1].at).getTime();
      expect(cancelledAt).toBeGreaterThanOrEqual(moments.ended![0].getTime());
      expect(cancelledAt).toBeLessThanOrEqual(moments.ended![1].getTime());
    },
  );

  chapter('does nothing on a second run of either sweep, and sends no second mail', async () => {
    await expect(call(admin, 'post', '/admin/sweeps/complete-visits')).resolves.toMatchObject({
      status: 200,
      body: { processed: 0 },
    });
    await expect(call(admin, 'post', '/admin/sweeps/end-adoptions')).resolves.toMatchObject({
      status: 200,
      body: { processed: 0 },
    });

    const [{ count }] = await stack.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM messages
       WHERE template = 'adoption.ended' AND params->>'adoptionId' = $1`,
      [adoptionId],
    );
    expect(count).toBe(2);
    // Mail caused after the second runs has arrived, so a second summary would have too.
    for (const person of [teacher, contact]) {
      await stack.http().post('/api/v1/auth/login-links').send({ email: person.email }).expect(202);
      await stack.sink.waitFor(
        (mail) =>
          mail.to.includes(person.email) && mail.subject === 'Dit login til Partnerskabskalenderen',
      );
      expect(
        stack.sink
          .to(person.email)
          .filter((mail) => mail.subject.includes('Klasseadoptionen er slut')),
      ).toHaveLength(1);
    }
  });

  chapter('has the worker schedule both sweeps as BullMQ job schedulers', async () => {
    const queue = new Queue('sweeps', {
      prefix: stack.config.queuePrefix,
      connection: redisOptions(stack.config.redisUrl),
    });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'sweep.complete-visits', every: expect.any(Number) }),
          expect.objectContaining({ name: 'sweep.end-adoptions', every: expect.any(Number) }),
        ]),
      );
    } finally {
      await queue.close();
    }
  });

  it('runs from registering 8.A to its graduation, chapter by chapter', async () => {
    for (const [name, tell] of chapters) {
      try {
        await tell();
      } catch (error) {
        throw new Error(
          `The chapter "${name}" failed: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
    }
  }, 300_000);
});
