import type { Response } from 'supertest';
import { Role, UserEntity } from '@app/core';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { Factories } from '@app/testing';
import { propose as proposeVisit, proposal, Slot } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';
import { invalid, ok, refused, Json } from './support/responses';

// The rules a visit keeps, broken one at a time through the API, and its life from proposal to
// completion. "Now" is Tuesday 1 September 2026, 08:00 in Copenhagen. The clock only moves
// forward, so a test that moves it starts a stack of its own.

const START = new Date('2026-09-01T08:00:00+02:00');
const AUTUMN_HOLIDAY = [{ from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' }];

interface Partnership {
  school: SchoolEntity;
  company: CompanyEntity;
  teacher: UserEntity;
  contact: UserEntity;
  classId: string;
  adoptionId: string;
}

interface PartnershipOptions {
  grade?: number;
  startsOn?: string;
  company?: CompanyEntity;
  contact?: UserEntity;
}

/** A slot on a local day in Copenhagen; summer time (+02:00) unless told otherwise. */
function at(date: string, from: string, to: string, offset = '+02:00'): Slot {
  return { start: `${date}T${from}:00${offset}`, end: `${date}T${to}:00${offset}` };
}

describe('visit rules', () => {
  let stack: TestStack;
  let factories: Factories;
  let admin: UserEntity;

  async function get(user: UserEntity, path: string): Promise<Response> {
    return stack
      .http()
      .get(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await stack.tokenFor(user.id)}`);
  }

  async function post(user: UserEntity, path: string, body: object = {}): Promise<Response> {
    return stack
      .http()
      .post(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await stack.tokenFor(user.id)}`)
      .send(body);
  }

  /** A school with a class and its teacher, adopted by a company with its contact person. */
  async function partnership(options: PartnershipOptions = {}): Promise<Partnership> {
    const school = await factories.school({
      closedDates: AUTUMN_HOLIDAY as SchoolEntity['closedDates'],
    });
    const company = options.company ?? (await factories.company());
    const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
    const contact =
      options.contact ??
      (await factories.user([{ role: Role.Contact, organisationId: company.id }]));
    const schoolClass = ok(
      await post(teacher, `/schools/${school.id}/classes`, {
        label: '2.A',
        grade: options.grade ?? 2,
        schoolYear: '2026/27',
        pupils: 22,
        teacherIds: [teacher.id],
      }),
      201,
    );
    const adoption = ok(
      await post(admin, '/adoptions', {
        classId: schoolClass.id,
        companyId: company.id,
        contactPersonId: contact.id,
        startsOn: options.startsOn ?? '2026-08-17',
      }),
      201,
    );
    return { school, company, teacher, contact, classId: schoolClass.id, adoptionId: adoption.id };
  }

  const propose = (user: UserEntity, adoptionId: string, slots: Slot[], kind?: string) =>
    proposeVisit(stack, user, adoptionId, slots, { kind });

  /** A visit the teacher proposed and the contact person confirmed. */
  async function confirmed(p: Partnership, slot: Slot, kind = 'class-visit'): Promise<Json> {
    const visit = await propose(p.teacher, p.adoptionId, [slot], kind);
    return ok(await post(p.contact, `/visits/${visit.id}/confirm`, { slot: 0 }), 200);
  }

  async function visitsOf(adoptionId: string): Promise<Json[]> {
    return ok(await get(admin, `/visits?adoptionId=${adoptionId}`), 200).items;
  }

  async function visit(id: string): Promise<Json> {
    return ok(await get(admin, `/visits/${id}`), 200);
  }

  /** A stack whose clock starts at 1 September, with an admin. */
  async function startStack(): Promise<void> {
    stack = await startTestStack({ clockStart: START, worker: false });
    factories = new Factories(stack.dataSource);
    admin = await factories.user([{ role: Role.Admin }], { name: 'Områdesekretariatet' });
  }

  /** The file's stack while a test runs on one of its own. */
  let fileStack: { stack: TestStack; factories: Factories; admin: UserEntity } | null = null;

  /**
   * For a test that moves the clock on: a stack of its own from 1 September, stopped after the
   * test, so that the tests after it find the file's stack, and its clock, where they left them.
   */
  async function startOwnStack(): Promise<void> {
    fileStack = { stack, factories, admin };
    await startStack();
  }

  beforeAll(startStack);
  afterEach(async () => {
    if (!fileStack) return;
    if (stack !== fileStack.stack) await stack.stop();
    ({ stack, factories, admin } = fileStack);
    fileStack = null;
  });
  afterAll(() => stack.stop());

  describe('proposing a visit', () => {
    it('lets a teacher propose a class visit with up to three slots', async () => {
      const p = await partnership();
      const slots = [
        at('2026-10-07', '09:00', '12:00'),
        at('2026-10-08', '09:00', '12:00'),
        at('2026-10-09', '10:00', '14:00'),
      ];
      const response = await post(p.teacher, `/adoptions/${p.adoptionId}/visits`, proposal(slots));

      expect(ok(response, 201)).toEqual({
        id: expect.any(String),
        adoptionId: p.adoptionId,
        kind: 'class-visit',
        location: 'LEGO House, Billund',
        agenda: 'Rundvisning og byggeværksted',
        status: 'requested',
        term: '2026/27-autumn',
        slots: [
          { start: '2026-10-07T07:00:00.000Z', end: '2026-10-07T10:00:00.000Z' },
          { start: '2026-10-08T07:00:00.000Z', end: '2026-10-08T10:00:00.000Z' },
          { start: '2026-10-09T08:00:00.000Z', end: '2026-10-09T12:00:00.000Z' },
        ],
        start: null,
        end: null,
        revision: 1,
        proposedBySide: 'school',
        proposedBy: p.teacher.id,
        proposer: { id: p.teacher.id, name: p.teacher.name },
        reason: null,
        hostIds: [],
        hosts: [],
        pupilsAttended: null,
        notes: null,
        history: [
          {
            action: 'proposed',
            actorId: p.teacher.id,
            actor: { id: p.teacher.id, name: p.teacher.name },
            revision: 1,
            at: expect.any(String),
            details: expect.any(Object),
          },
        ],
      });
      expect(await visitsOf(p.adoptionId)).toHaveLength(1);
    });

    it('lets the contact person propose a visit, for the company side', async () => {
      const p = await partnership();
      const visit = await propose(p.contact, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      expect(visit).toMatchObject({ proposedBySide: 'company', proposedBy: p.contact.id });
    });

    it('accepts a class visit of exactly two hours and one of exactly five hours', async () => {
      const p = await partnership();
      await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '11:00')]);
      // One class visit per term: the second goes in the spring term.
      const spring = await propose(p.teacher, p.adoptionId, [
        at('2027-02-03', '09:00', '14:00', '+01:00'),
      ]);
      expect(spring.term).toBe('2026/27-spring');
    });

    it('accepts a preparation meeting of exactly 30 minutes and of exactly two hours', async () => {
      const p = await partnership();
      await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '09:30')], 'preparation');
      await propose(
        p.teacher,
        p.adoptionId,
        [at('2027-02-03', '09:00', '11:00', '+01:00')],
        'preparation',
      );
    });

    const BROKEN: {
      what: string;
      kind?: string;
      slots: Slot[];
      setup?: PartnershipOptions;
      code: string;
    }[] = [
      {
        what: 'a class visit shorter than two hours (1 h 59 min)',
        slots: [at('2026-10-07', '09:00', '10:59')],
        code: 'visit.duration',
      },
      {
        what: 'a class visit longer than five hours (5 h 01 min)',
        slots: [at('2026-10-07', '09:00', '14:01')],
        code: 'visit.duration',
      },
      {
        what: 'a preparation meeting shorter than 30 minutes',
        kind: 'preparation',
        slots: [at('2026-10-07', '09:00', '09:29')],
        code: 'visit.duration',
      },
      {
        what: 'a preparation meeting longer than two hours',
        kind: 'preparation',
        slots: [at('2026-10-07', '09:00', '11:01')],
        code: 'visit.duration',
      },
      {
        what: 'a visit on a Saturday',
        slots: [at('2026-10-10', '09:00', '12:00')],
        code: 'visit.weekday',
      },
      {
        what: 'a visit on a Sunday',
        slots: [at('2026-10-11', '09:00', '12:00')],
        code: 'visit.weekday',
      },
      {
        what: 'a proposal whose second slot is on a Saturday',
        slots: [
          at('2026-10-07', '09:00', '12:00'),
          at('2026-10-10', '09:00', '12:00'),
          at('2026-10-08', '09:00', '12:00'),
        ],
        code: 'visit.weekday',
      },
      {
        what: 'a visit that crosses local midnight',
        slots: [{ start: '2026-09-09T22:00:00+02:00', end: '2026-09-10T01:00:00+02:00' }],
        code: 'visit.one-day',
      },
      {
        what: 'a visit in the summer holiday, outside any term',
        slots: [at('2027-07-07', '09:00', '12:00')],
        code: 'visit.outside-term',
      },
      {
        what: 'a visit on a day the school is closed (efterårsferie)',
        slots: [at('2026-10-14', '09:00', '12:00')],
        code: 'visit.closed-date',
      },
      {
        what: 'a visit in the past',
        slots: [at('2026-08-31', '09:00', '12:00')],
        code: 'visit.in-past',
      },
      {
        what: 'a visit before the adoption starts',
        setup: { startsOn: '2026-09-14' },
        slots: [at('2026-09-09', '09:00', '12:00')],
        code: 'visit.outside-adoption',
      },
      {
        what: 'a visit after the adoption ends, in the term after the class graduates',
        setup: { grade: 9 },
        slots: [at('2027-09-01', '09:00', '12:00')],
        code: 'visit.outside-adoption',
      },
      {
        what: 'slots in different terms',
        slots: [
          at('2026-12-16', '09:00', '12:00', '+01:00'),
          at('2027-01-13', '09:00', '12:00', '+01:00'),
        ],
        code: 'visit.slots-different-terms',
      },
    ];

    it.each(BROKEN)('refuses $what with 409 $code', async ({ kind, slots, setup, code }) => {
      const p = await partnership(setup);
      const response = await post(
        p.teacher,
        `/adoptions/${p.adoptionId}/visits`,
        proposal(slots, { kind }),
      );
      refused(response, 409, code);
      expect(response.body.message).toEqual(expect.any(String));
      expect(await visitsOf(p.adoptionId)).toEqual([]);
    });

    it('names the slot that breaks a rule in the message', async () => {
      const p = await partnership();
      const response = await post(
        p.teacher,
        `/adoptions/${p.adoptionId}/visits`,
        proposal([at('2026-10-07', '09:00', '12:00'), at('2026-10-10', '09:00', '12:00')]),
      );
      refused(response, 409, 'visit.weekday');
      expect(response.body.message).toMatch(/^slots\.1: /);
    });

    const INVALID: { what: string; body: (slot: Slot) => object; field: string }[] = [
      { what: 'no slots', body: () => proposal([]), field: 'slots' },
      { what: 'four slots', body: (slot) => proposal([slot, slot, slot, slot]), field: 'slots' },
      {
        what: 'a slot without an offset',
        body: (slot) => proposal([{ ...slot, start: '2026-10-07T09:00:00' }]),
        field: 'slots.0.start',
      },
      {
        what: 'an end that is no time',
        body: (slot) => proposal([{ ...slot, end: 'noon' }]),
        field: 'slots.0.end',
      },
      {
        what: 'an unknown kind',
        body: (slot) => proposal([slot], { kind: 'party' }),
        field: 'kind',
      },
      {
        what: 'an unknown field',
        body: (slot) => ({ ...proposal([slot]), colour: 'blue' }),
        field: 'colour',
      },
      {
        what: 'a missing location',
        body: (slot) => ({ ...proposal([slot]), location: undefined }),
        field: 'location',
      },
    ];

    it.each(INVALID)('refuses $what with 400 naming $field', async ({ body, field }) => {
      const p = await partnership();
      const response = await post(
        p.teacher,
        `/adoptions/${p.adoptionId}/visits`,
        body(at('2026-10-07', '09:00', '12:00')),
      );
      invalid(response, field);
      expect(await visitsOf(p.adoptionId)).toEqual([]);
    });

    it.each<[string, (p: Partnership) => Promise<UserEntity>]>([
      ['an admin, who is no side of the adoption', () => Promise.resolve(admin)],
      [
        'a colleague who does not teach the class',
        (p) => factories.user([{ role: Role.Teacher, organisationId: p.school.id }]),
      ],
      [
        'another contact person of the company',
        (p) => factories.user([{ role: Role.Contact, organisationId: p.company.id }]),
      ],
    ])('refuses a proposal from %s', async (_, who) => {
      const p = await partnership();
      const response = await post(
        await who(p),
        `/adoptions/${p.adoptionId}/visits`,
        proposal([at('2026-10-07', '09:00', '12:00')]),
      );
      refused(response, 403, 'visit.not-a-side');
      expect(await visitsOf(p.adoptionId)).toEqual([]);
    });
  });

  describe('one class visit and one preparation meeting per term', () => {
    it('refuses a second class visit in a term that has a requested one', async () => {
      const p = await partnership();
      const first = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      const response = await post(
        p.contact,
        `/adoptions/${p.adoptionId}/visits`,
        proposal([at('2026-11-04', '09:00', '12:00', '+01:00')]),
      );
      refused(response, 409, 'visit.term-has-class-visit');
      expect((await visitsOf(p.adoptionId)).map((v) => v.id)).toEqual([first.id]);
    });

    it('refuses a second class visit in a term that has a confirmed one', async () => {
      const p = await partnership();
      await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      const response = await post(
        p.teacher,
        `/adoptions/${p.adoptionId}/visits`,
        proposal([at('2026-11-04', '09:00', '12:00', '+01:00')]),
      );
      refused(response, 409, 'visit.term-has-class-visit');
      expect(await visitsOf(p.adoptionId)).toHaveLength(1);
    });

    it('allows a new class visit in the term once the first is declined', async () => {
      const p = await partnership();
      const first = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      ok(
        await post(p.contact, `/visits/${first.id}/decline`, { reason: 'Lageret er lukket' }),
        200,
      );
      const second = await propose(p.teacher, p.adoptionId, [
        at('2026-11-04', '09:00', '12:00', '+01:00'),
      ]);
      expect(second).toMatchObject({ status: 'requested', term: '2026/27-autumn' });
    });

    it('allows a new class visit in the term once the first is cancelled', async () => {
      const p = await partnership();
      const first = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      ok(await post(p.teacher, `/visits/${first.id}/cancel`, { reason: 'Skolen har prøver' }), 200);
      // The same time is free again, too.
      const second = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      expect(second.status).toBe('requested');
    });

    it('allows one class visit in each term', async () => {
      const p = await partnership();
      await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      const spring = await propose(p.teacher, p.adoptionId, [
        at('2027-03-03', '09:00', '12:00', '+01:00'),
      ]);
      expect(spring.term).toBe('2026/27-spring');
    });

    it('refuses a second preparation meeting in a term', async () => {
      const p = await partnership();
      await propose(p.teacher, p.adoptionId, [at('2026-09-09', '14:00', '15:00')], 'preparation');
      const response = await post(
        p.contact,
        `/adoptions/${p.adoptionId}/visits`,
        proposal([at('2026-09-10', '14:00', '15:00')], { kind: 'preparation' }),
      );
      refused(response, 409, 'visit.term-has-preparation');
      expect(await visitsOf(p.adoptionId)).toHaveLength(1);
    });

    it('allows a preparation meeting before the confirmed class visit', async () => {
      const p = await partnership();
      await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      const preparation = await propose(
        p.teacher,
        p.adoptionId,
        [at('2026-10-07', '08:00', '09:00')],
        'preparation',
      );
      expect(preparation.status).toBe('requested');
    });

    it('refuses a preparation meeting after the confirmed class visit', async () => {
      const p = await partnership();
      await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      const response = await post(
        p.teacher,
        `/adoptions/${p.adoptionId}/visits`,
        proposal([at('2026-10-21', '14:00', '15:00')], { kind: 'preparation' }),
      );
      refused(response, 409, 'visit.preparation-after-class-visit');
      expect(await visitsOf(p.adoptionId)).toHaveLength(1);
    });

    it('refuses a class visit before the confirmed preparation meeting', async () => {
      const p = await partnership();
      await confirmed(p, at('2026-10-21', '14:00', '15:00'), 'preparation');
      const response = await post(
        p.teacher,
        `/adoptions/${p.adoptionId}/visits`,
        proposal([at('2026-10-07', '09:00', '12:00')]),
      );
      refused(response, 409, 'visit.preparation-after-class-visit');
      expect(await visitsOf(p.adoptionId)).toHaveLength(1);
    });
    it('refuses to confirm a preparation meeting after the confirmed class visit', async () => {
      const p = await partnership();
      const preparation = await propose(
        p.teacher,
        p.adoptionId,
        [at('2026-10-21', '14:00', '15:00')],
        'preparation',
      );
      await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      refused(
        await post(p.contact, `/visits/${preparation.id}/confirm`, { slot: 0 }),
        409,
        'visit.preparation-after-class-visit',
      );
      expect(await visit(preparation.id)).toMatchObject({ status: 'requested', revision: 1 });
    });
  });

  describe('no overlapping visits', () => {
    it("refuses a proposal over the contact person's confirmed visit elsewhere", async () => {
      const company = await factories.company();
      const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      const first = await partnership({ company, contact });
      const second = await partnership({ company, contact });
      await confirmed(first, at('2026-10-07', '09:00', '12:00'));

      const response = await post(
        second.teacher,
        `/adoptions/${second.adoptionId}/visits`,
        proposal([at('2026-10-07', '11:00', '14:00')]),
      );
      refused(response, 409, 'visit.overlaps-contact-person');
      expect(await visitsOf(second.adoptionId)).toEqual([]);

      // Touching is not overlapping.
      await propose(second.teacher, second.adoptionId, [at('2026-10-07', '12:00', '15:00')]);
    });

    it("refuses to confirm a slot over the contact person's confirmed visit", async () => {
      const company = await factories.company();
      const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      const first = await partnership({ company, contact });
      const second = await partnership({ company, contact });
      const waiting = await propose(second.teacher, second.adoptionId, [
        at('2026-10-07', '10:00', '13:00'),
      ]);
      await confirmed(first, at('2026-10-07', '09:00', '12:00'));

      refused(
        await post(contact, `/visits/${waiting.id}/confirm`, { slot: 0 }),
        409,
        'visit.overlaps-contact-person',
      );
      expect(await visit(waiting.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it("refuses a proposal over the class's confirmed visit", async () => {
      // Through the API a class never has a confirmed visit outside its active adoption (ending an
      // adoption cancels its open visits), and inside it the ordering of preparation and class
      // visit is broken first. So the earlier adoption is closed straight in the database,
      // leaving its confirmed visit standing, and the class is adopted again.
      const p = await partnership();
      await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      await stack.dataSource.query(`UPDATE adoptions SET status = 'ended' WHERE id = $1`, [
        p.adoptionId,
      ]);
      const company = await factories.company();
      const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      const again = ok(
        await post(admin, '/adoptions', {
          classId: p.classId,
          companyId: company.id,
          contactPersonId: contact.id,
          startsOn: '2026-09-01',
        }),
        201,
      );

      const response = await post(
        p.teacher,
        `/adoptions/${again.id}/visits`,
        proposal([at('2026-10-07', '10:00', '13:00')]),
      );
      refused(response, 409, 'visit.overlaps-class');
      expect(await visitsOf(again.id)).toEqual([]);
    });
  });

  describe('two requests at once', () => {
    it('lets only one of two simultaneous class visit proposals for a term through', async () => {
      const p = await partnership();
      const responses = await Promise.all([
        post(
          p.teacher,
          `/adoptions/${p.adoptionId}/visits`,
          proposal([at('2026-10-07', '09:00', '12:00')]),
        ),
        post(
          p.contact,
          `/adoptions/${p.adoptionId}/visits`,
          proposal([at('2026-10-21', '09:00', '12:00')]),
        ),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      refused(
        responses.find((r) => r.status !== 201)!,
        409,
        'visit.term-has-class-visit',
      );
      expect(await visitsOf(p.adoptionId)).toHaveLength(1);
    });

    it('confirms only one of two overlapping visits confirmed at once', async () => {
      const company = await factories.company();
      const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      const first = await partnership({ company, contact });
      const second = await partnership({ company, contact });
      const a = await propose(first.teacher, first.adoptionId, [
        at('2026-10-07', '09:00', '12:00'),
      ]);
      const b = await propose(second.teacher, second.adoptionId, [
        at('2026-10-07', '10:00', '13:00'),
      ]);

      const responses = await Promise.all([
        post(contact, `/visits/${a.id}/confirm`, { slot: 0 }),
        post(contact, `/visits/${b.id}/confirm`, { slot: 0 }),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      refused(
        responses.find((r) => r.status !== 200)!,
        409,
        'visit.overlaps-contact-person',
      );
      const statuses = [(await visit(a.id)).status, (await visit(b.id)).status].sort();
      expect(statuses).toEqual(['confirmed', 'requested']);
    });
  });

  describe('answering a proposal', () => {
    it('lets the other side confirm one of the slots', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [
        at('2026-10-07', '09:00', '12:00'),
        at('2026-10-08', '10:00', '13:00'),
      ]);
      const response = await post(p.contact, `/visits/${proposed.id}/confirm`, { slot: 1 });
      expect(ok(response, 200)).toMatchObject({
        status: 'confirmed',
        start: '2026-10-08T08:00:00.000Z',
        end: '2026-10-08T11:00:00.000Z',
        revision: 2,
        proposedBySide: 'school',
      });
    });

    it('lets the other side decline, with a reason', async () => {
      const p = await partnership();
      const proposed = await propose(p.contact, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      const response = await post(p.teacher, `/visits/${proposed.id}/decline`, {
        reason: 'Klassen er på lejrskole',
      });
      expect(ok(response, 200)).toMatchObject({
        status: 'declined',
        reason: 'Klassen er på lejrskole',
        start: null,
        revision: 2,
      });
    });

    it('refuses to let the proposer confirm their own proposal', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      refused(
        await post(p.teacher, `/visits/${proposed.id}/confirm`, { slot: 0 }),
        409,
        'visit.own-proposal',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it('refuses to let the proposer decline their own proposal', async () => {
      const p = await partnership();
      const proposed = await propose(p.contact, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      refused(
        await post(p.contact, `/visits/${proposed.id}/decline`, { reason: 'Fortrudt' }),
        409,
        'visit.own-proposal',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it("refuses to let a co-teacher confirm the school side's own proposal", async () => {
      const school = await factories.school();
      const company = await factories.company();
      const [teacher, coTeacher] = [
        await factories.user([{ role: Role.Teacher, organisationId: school.id }]),
        await factories.user([{ role: Role.Teacher, organisationId: school.id }]),
      ];
      const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      const schoolClass = ok(
        await post(teacher, `/schools/${school.id}/classes`, {
          label: '5.B',
          grade: 5,
          schoolYear: '2026/27',
          pupils: 24,
          teacherIds: [teacher.id, coTeacher.id],
        }),
        201,
      );
      const adoption = ok(
        await post(admin, '/adoptions', {
          classId: schoolClass.id,
          companyId: company.id,
          contactPersonId: contact.id,
          startsOn: '2026-09-01',
        }),
        201,
      );
      const proposed = await propose(teacher, adoption.id, [at('2026-10-07', '09:00', '12:00')]);
      refused(
        await post(coTeacher, `/visits/${proposed.id}/confirm`, { slot: 0 }),
        409,
        'visit.own-proposal',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it('refuses to let an admin confirm, as no side of the adoption', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      refused(
        await post(admin, `/visits/${proposed.id}/confirm`, { slot: 0 }),
        403,
        'visit.not-a-side',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it.each([
      ['the index of a slot that was not offered', 1],
      ['an index beyond three slots', 3],
      ['a negative index', -1],
      ['an index that is no whole number', 0.5],
    ])('refuses %s with 400 naming slot', async (_what, slot) => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      const response = await post(p.contact, `/visits/${proposed.id}/confirm`, { slot });
      invalid(response, 'slot');
      expect(await visit(proposed.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it('refuses to confirm a cancelled visit', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      ok(await post(p.teacher, `/visits/${proposed.id}/cancel`, { reason: 'Aflyst' }), 200);
      refused(
        await post(p.contact, `/visits/${proposed.id}/confirm`, { slot: 0 }),
        409,
        'visit.status',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'cancelled', revision: 2 });
    });

    it('refuses to confirm a declined visit', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      ok(await post(p.contact, `/visits/${proposed.id}/decline`, { reason: 'Travlt' }), 200);
      refused(
        await post(p.contact, `/visits/${proposed.id}/confirm`, { slot: 0 }),
        409,
        'visit.status',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'declined', revision: 2 });
    });

    it('refuses to confirm a visit whose slot has passed', async () => {
      await startOwnStack();
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-09-02', '09:00', '12:00')]);
      stack.clock.travelTo(new Date('2026-09-02T10:00:00+02:00'));
      refused(
        await post(p.contact, `/visits/${proposed.id}/confirm`, { slot: 0 }),
        409,
        'visit.in-past',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it('lets either side or an admin cancel a visit, with a reason', async () => {
      const p = await partnership();
      for (const canceller of [p.teacher, p.contact, admin]) {
        const proposed = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
        const response = await post(canceller, `/visits/${proposed.id}/cancel`, {
          reason: 'Sygdom',
        });
        expect(ok(response, 200)).toMatchObject({
          status: 'cancelled',
          reason: 'Sygdom',
          revision: 3,
        });
      }
    });
  });

  describe('rescheduling', () => {
    it('sends a confirmed visit back to the proposer with new slots', async () => {
      const p = await partnership();
      const original = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      expect(original).toMatchObject({ proposedBySide: 'school', revision: 2 });

      const rescheduled = ok(
        await post(p.contact, `/visits/${original.id}/reschedule`, {
          slots: [at('2026-10-21', '09:00', '12:00'), at('2026-10-22', '09:00', '12:00')],
        }),
        200,
      );
      expect(rescheduled).toMatchObject({
        status: 'requested',
        slots: [
          { start: '2026-10-21T07:00:00.000Z', end: '2026-10-21T10:00:00.000Z' },
          { start: '2026-10-22T07:00:00.000Z', end: '2026-10-22T10:00:00.000Z' },
        ],
        start: null,
        end: null,
        revision: 3,
        proposedBySide: 'company',
        proposedBy: p.contact.id,
      });

      // Now the contact person proposed; the teacher confirms.
      refused(
        await post(p.contact, `/visits/${original.id}/confirm`, { slot: 0 }),
        409,
        'visit.own-proposal',
      );
      const reconfirmed = ok(
        await post(p.teacher, `/visits/${original.id}/confirm`, { slot: 1 }),
        200,
      );
      expect(reconfirmed).toMatchObject({
        status: 'confirmed',
        start: '2026-10-22T07:00:00.000Z',
        end: '2026-10-22T10:00:00.000Z',
        revision: 4,
      });
    });

    it('frees the old time of a rescheduled visit', async () => {
      const company = await factories.company();
      const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
      const first = await partnership({ company, contact });
      const second = await partnership({ company, contact });
      const moved = await confirmed(first, at('2026-10-07', '09:00', '12:00'));
      ok(
        await post(first.teacher, `/visits/${moved.id}/reschedule`, {
          slots: [at('2026-10-21', '09:00', '12:00')],
        }),
        200,
      );
      await propose(second.teacher, second.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
    });

    it('refuses new slots that break a rule and leaves the visit as it was', async () => {
      const p = await partnership();
      const original = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      refused(
        await post(p.contact, `/visits/${original.id}/reschedule`, {
          slots: [at('2026-10-10', '09:00', '12:00')],
        }),
        409,
        'visit.weekday',
      );
      expect(await visit(original.id)).toMatchObject({
        status: 'confirmed',
        start: '2026-10-07T07:00:00.000Z',
        revision: 2,
        proposedBySide: 'school',
      });
    });

    it('refuses to reschedule a cancelled visit', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      ok(await post(p.teacher, `/visits/${proposed.id}/cancel`, { reason: 'Aflyst' }), 200);
      refused(
        await post(p.teacher, `/visits/${proposed.id}/reschedule`, {
          slots: [at('2026-10-21', '09:00', '12:00')],
        }),
        409,
        'visit.status',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'cancelled', revision: 2 });
    });
  });

  describe('completing a visit', () => {
    it('refuses to complete a visit before its end', async () => {
      await startOwnStack();
      const p = await partnership();
      const held = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      stack.clock.travelTo(new Date('2026-10-07T11:59:00+02:00'));
      refused(
        await post(p.teacher, `/visits/${held.id}/complete`, { pupilsAttended: 20 }),
        409,
        'visit.not-ended',
      );
      expect(await visit(held.id)).toMatchObject({ status: 'confirmed', pupilsAttended: null });
    });

    it('refuses to complete a visit that was only requested', async () => {
      await startOwnStack();
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      stack.clock.travelTo(new Date('2026-10-07T13:00:00+02:00'));
      refused(
        await post(p.teacher, `/visits/${proposed.id}/complete`, { pupilsAttended: 20 }),
        409,
        'visit.status',
      );
      expect(await visit(proposed.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it('refuses more pupils than the class has, naming pupilsAttended', async () => {
      await startOwnStack();
      const p = await partnership();
      const held = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      stack.clock.travelTo(new Date('2026-10-07T13:00:00+02:00'));
      const response = await post(p.teacher, `/visits/${held.id}/complete`, { pupilsAttended: 23 });
      invalid(response, 'pupilsAttended');
      expect(await visit(held.id)).toMatchObject({ status: 'confirmed', pupilsAttended: null });
    });

    it("marks a visit held after its end and logs its hours as the contact person's", async () => {
      await startOwnStack();
      const p = await partnership();
      const held = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      stack.clock.travelTo(new Date('2026-10-07T12:00:00+02:00'));
      const completed = ok(
        await post(p.contact, `/visits/${held.id}/complete`, {
          pupilsAttended: 22,
          notes: 'Alle byggede en robot',
        }),
        200,
      );
      expect(completed).toMatchObject({
        status: 'completed',
        pupilsAttended: 22,
        notes: 'Alle byggede en robot',
        revision: 3,
      });

      const hours = ok(await get(p.contact, `/adoptions/${p.adoptionId}/hours`), 200);
      expect(hours.items).toEqual([
        expect.objectContaining({
          userId: p.contact.id,
          date: '2026-10-07',
          term: '2026/27-autumn',
          hours: 3,
          source: 'visit',
          visitId: held.id,
        }),
      ]);
      expect(hours.terms[0]).toEqual({
        term: '2026/27-autumn',
        budget: 7.4,
        logged: 3,
        remaining: 4.4,
      });
    });
    it('completes a confirmed visit by itself after its end, and logs its hours once', async () => {
      await startOwnStack();
      const p = await partnership();
      const held = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      const waiting = await propose(
        p.teacher,
        p.adoptionId,
        [at('2026-10-05', '09:00', '10:00')],
        'preparation',
      );
      stack.clock.travelTo(new Date('2026-10-07T12:30:00+02:00'));
      for (let run = 0; run < 2; run++) {
        ok(await post(admin, '/admin/sweeps/complete-visits'), 200);
      }

      const completed = await visit(held.id);
      expect(completed).toMatchObject({ status: 'completed', revision: 3, pupilsAttended: null });
      expect(completed.history.at(-1)).toMatchObject({ action: 'completed', actorId: null });
      // Only confirmed visits are held; a request nobody answered stays as it was.
      expect(await visit(waiting.id)).toMatchObject({ status: 'requested', revision: 1 });
      const hours = ok(await get(p.contact, `/adoptions/${p.adoptionId}/hours`), 200);
      expect(hours.items).toEqual([expect.objectContaining({ visitId: held.id, hours: 3 })]);
    });

    it('takes the report of a visit completed by itself, and a correction, without logging or mailing again', async () => {
      await startOwnStack();
      const p = await partnership();
      const held = await confirmed(p, at('2026-10-07', '09:00', '12:00'));
      stack.clock.travelTo(new Date('2026-10-07T12:30:00+02:00'));
      ok(await post(admin, '/admin/sweeps/complete-visits'), 200);
      const completedMails = () =>
        stack.dataSource.query<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM messages
           WHERE template = 'visit.completed' AND params->>'visitId' = $1`,
          [held.id],
        );
      const [before] = await completedMails();
      expect(before.count).toBeGreaterThan(0);

      // More pupils than the class has is refused here too, and nothing changes.
      invalid(
        await post(p.teacher, `/visits/${held.id}/complete`, { pupilsAttended: 23 }),
        'pupilsAttended',
      );
      expect(await visit(held.id)).toMatchObject({ revision: 3, pupilsAttended: null });

      ok(
        await post(p.teacher, `/visits/${held.id}/complete`, {
          pupilsAttended: 19,
          notes: 'Tre var syge',
        }),
        200,
      );
      const corrected = ok(
        await post(p.contact, `/visits/${held.id}/complete`, { pupilsAttended: 20 }),
        200,
      );
      expect(corrected).toMatchObject({
        status: 'completed',
        pupilsAttended: 20,
        notes: null,
        revision: 5,
      });
      expect(
        corrected.history
          .slice(-3)
          .map(({ action, actorId }: Record<string, unknown>) => ({ action, actorId })),
      ).toEqual([
        { action: 'completed', actorId: null },
        { action: 'reported', actorId: p.teacher.id },
        { action: 'reported', actorId: p.contact.id },
      ]);
      const hours = ok(await get(p.contact, `/adoptions/${p.adoptionId}/hours`), 200);
      expect(hours.items).toEqual([expect.objectContaining({ visitId: held.id, hours: 3 })]);
      expect(await completedMails()).toEqual([before]);
    });
  });

  it('keeps a history of who did what, in order', async () => {
    const p = await partnership();
    const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
    ok(await post(p.contact, `/visits/${proposed.id}/confirm`, { slot: 0 }), 200);
    ok(
      await post(p.contact, `/visits/${proposed.id}/reschedule`, {
        slots: [at('2026-10-21', '09:00', '12:00')],
      }),
      200,
    );
    ok(await post(p.teacher, `/visits/${proposed.id}/cancel`, { reason: 'Skolen lukker' }), 200);

    const { history } = await visit(proposed.id);
    expect(
      history.map(({ action, actorId, revision }: Record<string, unknown>) => ({
        action,
        actorId,
        revision,
      })),
    ).toEqual([
      { action: 'proposed', actorId: p.teacher.id, revision: 1 },
      { action: 'confirmed', actorId: p.contact.id, revision: 2 },
      { action: 'rescheduled', actorId: p.contact.id, revision: 3 },
      { action: 'cancelled', actorId: p.teacher.id, revision: 4 },
    ]);
    const times = history.map((event: { at: string }) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('reads 09:00 to 12:00 as local time on both sides of the end of summer time', async () => {
    await startOwnStack();
    const p = await partnership();
    const proposed = await propose(p.teacher, p.adoptionId, [
      at('2026-10-21', '09:00', '12:00', '+02:00'),
      at('2026-10-28', '09:00', '12:00', '+01:00'),
    ]);
    expect(proposed.slots).toEqual([
      { start: '2026-10-21T07:00:00.000Z', end: '2026-10-21T10:00:00.000Z' },
      { start: '2026-10-28T08:00:00.000Z', end: '2026-10-28T11:00:00.000Z' },
    ]);

    ok(await post(p.contact, `/visits/${proposed.id}/confirm`, { slot: 1 }), 200);
    stack.clock.travelTo(new Date('2026-10-28T12:00:00+01:00'));
    ok(await post(p.teacher, `/visits/${proposed.id}/complete`, { pupilsAttended: 21 }), 200);
    const hours = ok(await get(p.teacher, `/adoptions/${p.adoptionId}/hours`), 200);
    expect(hours.items).toEqual([expect.objectContaining({ date: '2026-10-28', hours: 3 })]);
  });

  it("reckons weekdays and terms on the school's own wall clock", async () => {
    const school = await factories.school({ timezone: 'Pacific/Auckland' });
    const company = await factories.company();
    const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
    const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
    const schoolClass = ok(
      await post(teacher, `/schools/${school.id}/classes`, {
        label: '4.C',
        grade: 4,
        schoolYear: '2026/27',
        pupils: 18,
        teacherIds: [teacher.id],
      }),
      201,
    );
    const adoption = ok(
      await post(admin, '/adoptions', {
        classId: schoolClass.id,
        companyId: company.id,
        contactPersonId: contact.id,
        startsOn: '2026-09-01',
      }),
      201,
    );
    // Monday 09:00 in Auckland is still Sunday evening in Copenhagen and in UTC.
    const monday = await propose(teacher, adoption.id, [
      at('2026-10-12', '09:00', '12:00', '+13:00'),
    ]);
    expect(monday.slots[0].start).toBe('2026-10-11T20:00:00.000Z');
    ok(await post(teacher, `/visits/${monday.id}/cancel`, { reason: 'Flyttet' }), 200);
    // Saturday 09:00 in Auckland is a Friday in UTC, and still refused.
    refused(
      await post(
        teacher,
        `/adoptions/${adoption.id}/visits`,
        proposal([at('2026-10-17', '09:00', '12:00', '+13:00')]),
      ),
      409,
      'visit.weekday',
    );
  });

  it('lists visits by status and adoption', async () => {
    const p = await partnership();
    const requested = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
    const preparation = await propose(
      p.teacher,
      p.adoptionId,
      [at('2026-10-05', '14:00', '15:00')],
      'preparation',
    );
    ok(await post(p.contact, `/visits/${preparation.id}/confirm`, { slot: 0 }), 200);
    const other = await partnership();
    await propose(other.teacher, other.adoptionId, [at('2026-10-07', '09:00', '12:00')]);

    const ids = async (query: string) =>
      ok(await get(p.teacher, `/visits?${query}`), 200).items.map((v: { id: string }) => v.id);
    expect(await ids(`adoptionId=${p.adoptionId}`)).toEqual([requested.id, preparation.id]);
    expect(await ids(`adoptionId=${p.adoptionId}&status=requested`)).toEqual([requested.id]);
    expect(await ids('status=confirmed')).toEqual([preparation.id]);
    expect(await ids('')).toEqual([requested.id, preparation.id]);
  });

  describe('who sees an adoption and its visits', () => {
    it('answers 404 to a teacher of another school, as for what does not exist', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      const otherSchool = await factories.school();
      const stranger = await factories.user([
        { role: Role.Teacher, organisationId: otherSchool.id },
      ]);

      refused(await get(stranger, `/adoptions/${p.adoptionId}`), 404, 'adoption.not-found');
      refused(await get(stranger, `/adoptions/${p.adoptionId}/hours`), 404, 'adoption.not-found');
      refused(await get(stranger, `/visits/${proposed.id}`), 404, 'visit.not-found');
      refused(
        await post(stranger, `/visits/${proposed.id}/cancel`, { reason: 'Nej' }),
        404,
        'visit.not-found',
      );
      expect(ok(await get(stranger, '/visits'), 200).items).toEqual([]);
      expect(await visit(proposed.id)).toMatchObject({ status: 'requested', revision: 1 });
    });

    it('answers 404, as for an unknown adoption, when a stranger proposes a visit', async () => {
      const p = await partnership();
      const otherSchool = await factories.school();
      const stranger = await factories.user([
        { role: Role.Teacher, organisationId: otherSchool.id },
      ]);
      const body = proposal([at('2026-10-07', '09:00', '12:00')]);

      const unknown = await post(
        stranger,
        `/adoptions/00000000-0000-4000-8000-000000000000/visits`,
        body,
      );
      refused(unknown, 404, 'adoption.not-found');
      const hidden = await post(stranger, `/adoptions/${p.adoptionId}/visits`, body);
      refused(hidden, 404, 'adoption.not-found');
      expect(await visitsOf(p.adoptionId)).toEqual([]);
    });

    it('answers 404 to a volunteer of the adopting company', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      const volunteer = await factories.user([
        { role: Role.Volunteer, organisationId: p.company.id },
      ]);

      refused(await get(volunteer, `/adoptions/${p.adoptionId}`), 404, 'adoption.not-found');
      refused(await get(volunteer, `/visits/${proposed.id}`), 404, 'visit.not-found');
      expect(ok(await get(volunteer, '/visits'), 200).items).toEqual([]);
      expect(ok(await get(volunteer, '/adoptions'), 200).items).toEqual([]);
    });

    it('shows the adoption and its visits to both sides', async () => {
      const p = await partnership();
      const proposed = await propose(p.teacher, p.adoptionId, [at('2026-10-07', '09:00', '12:00')]);
      for (const user of [p.teacher, p.contact, admin]) {
        ok(await get(user, `/adoptions/${p.adoptionId}`), 200);
        expect(ok(await get(user, `/visits/${proposed.id}`), 200).id).toBe(proposed.id);
      }
    });
  });
});
