import { Role, SchoolClosedDateEntity, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { adoptClass, AdoptionScenario, apiCaller, runProgramme } from './support/scenarios';
import { Json, ok, refused } from './support/responses';
import { startTestStack, TestStack } from './support/test-stack';

// What a screen shows of the other side comes with the object itself: an adoption names its
// class, school (with the calendar its visits keep to), company and people; a visit the people
// who proposed, host and changed it; a programme its partner, companies and coordinators. None
// of it needs a read of the other organisation, which the caller may not make.
// "Now" is Tuesday 1 September 2026 in Copenhagen; visits lie in the autumn term.

const START = new Date('2026-09-01T08:00:00+02:00');
const SLOT = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };

describe('names across sides', () => {
  let stack: TestStack;
  let factories: Factories;
  let call: ReturnType<typeof apiCaller>;

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: START, worker: false });
    factories = new Factories(stack.dataSource);
    call = apiCaller(stack);
  });
  afterAll(() => stack.stop());

  interface Partnership extends AdoptionScenario {
    schoolId: string;
    companyId: string;
  }

  /** LEGO adopts 7.A at a school with an autumn holiday; the people get names to look for. */
  async function partnership(): Promise<Partnership> {
    const scenario = await adoptClass(stack, { companyName: 'LEGO', schoolName: 'Bakkeskolen' });
    const [{ schoolId, companyId }] = await stack.dataSource.query<
      { schoolId: string; companyId: string }[]
    >(
      `SELECT classes.school_id AS "schoolId", adoptions.company_id AS "companyId"
       FROM adoptions JOIN classes ON classes.id = adoptions.class_id WHERE adoptions.id = $1`,
      [scenario.adoptionId],
    );
    await stack.dataSource
      .getRepository(SchoolClosedDateEntity)
      .insert({ schoolId, from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' });
    const users = stack.dataSource.getRepository(UserEntity);
    await users.update(scenario.teacher.id, { name: 'Marianne Holm' });
    await users.update(scenario.contact.id, { name: 'Jonas Kjær' });
    return { ...scenario, schoolId, companyId };
  }

  /** The teacher proposes with a school colleague as host; the contact person confirms. */
  async function confirmedVisit(p: Partnership): Promise<{ visitId: string; host: UserEntity }> {
    const host = await factories.user([{ role: Role.Teacher, organisationId: p.schoolId }], {
      name: 'Pædagog Pia',
    });
    const visit = ok(
      await call(p.teacher, 'post', `/adoptions/${p.adoptionId}/visits`, {
        kind: 'class-visit',
        location: 'LEGO House',
        agenda: 'Rundvisning',
        slots: [SLOT],
        hostIds: [host.id],
      }),
      201,
    );
    ok(await call(p.contact, 'post', `/visits/${visit.id}/confirm`, { slot: 0 }), 200);
    return { visitId: visit.id as string, host };
  }

  describe('an adoption', () => {
    const sides = (p: Partnership) => ({
      class: {
        id: p.classId,
        label: '7.A',
        grade: 7,
        schoolYear: '2026/27',
        pupils: 20,
        currentGrade: 7,
        graduatesOn: '2029-06-30',
      },
      school: {
        id: p.schoolId,
        name: 'Bakkeskolen',
        timezone: 'Europe/Copenhagen',
        schoolYearStart: '08-01',
        lastSchoolDay: '06-30',
        closedDates: [{ from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' }],
      },
      company: { id: p.companyId, name: 'LEGO' },
      contactPerson: { id: p.contact.id, name: 'Jonas Kjær' },
      teachers: [{ id: p.teacher.id, name: 'Marianne Holm' }],
    });

    it("shows the teacher the contact person's name, which they may not read themselves", async () => {
      const p = await partnership();
      const adoption = ok(await call(p.teacher, 'get', `/adoptions/${p.adoptionId}`), 200);
      expect(adoption).toMatchObject({ ...sides(p), contactPersonId: p.contact.id });

      refused(await call(p.teacher, 'get', `/users/${p.contact.id}`), 404, 'user.not-found');
      refused(await call(p.teacher, 'get', `/companies/${p.companyId}`), 404, 'company.not-found');
    });

    it("shows the contact person the school's name, calendar and teachers", async () => {
      const p = await partnership();
      const adoption = ok(await call(p.contact, 'get', `/adoptions/${p.adoptionId}`), 200);
      expect(adoption).toMatchObject(sides(p));

      refused(await call(p.contact, 'get', `/schools/${p.schoolId}`), 404, 'school.not-found');
      refused(await call(p.contact, 'get', `/users/${p.teacher.id}`), 404, 'user.not-found');
    });

    it("gives the school's terms over the adoption's life, up to the graduation day", async () => {
      const p = await partnership();
      const adoption = ok(await call(p.contact, 'get', `/adoptions/${p.adoptionId}`), 200);
      const terms = adoption.school.terms as { name: string; startsOn: string; endsOn: string }[];
      expect(terms.map((term) => term.name)).toEqual([
        '2026/27-autumn',
        '2026/27-spring',
        '2027/28-autumn',
        '2027/28-spring',
        '2028/29-autumn',
        '2028/29-spring',
      ]);
      expect(terms[0]).toEqual({
        name: '2026/27-autumn',
        kind: 'autumn',
        startsOn: '2026-08-01',
        endsOn: '2026-12-31',
      });
      expect(terms[5].endsOn).toBe(adoption.endsOn);
    });

    it('names both sides in the list of adoptions too', async () => {
      const p = await partnership();
      const list = ok(await call(p.teacher, 'get', '/adoptions'), 200);
      expect(list.items).toHaveLength(1);
      expect(list.items[0]).toMatchObject({ id: p.adoptionId, ...sides(p) });
      expect(list.items[0].school.terms).toHaveLength(6);
    });

    it('names every teacher of the class, by name', async () => {
      const p = await partnership();
      const colleague = await factories.user([{ role: Role.Teacher, organisationId: p.schoolId }], {
        name: 'Anders Berg',
      });
      await stack.dataSource.query(
        'INSERT INTO class_teachers (class_id, user_id) VALUES ($1, $2)',
        [p.classId, colleague.id],
      );
      const adoption = ok(await call(p.contact, 'get', `/adoptions/${p.adoptionId}`), 200);
      expect(adoption.teachers).toEqual([
        { id: colleague.id, name: 'Anders Berg' },
        { id: p.teacher.id, name: 'Marianne Holm' },
      ]);
    });
  });

  describe('a visit', () => {
    it('names its proposer, its hosts and who did what in its history', async () => {
      const p = await partnership();
      const { visitId, host } = await confirmedVisit(p);
      const visit = ok(await call(p.contact, 'get', `/visits/${visitId}`), 200);
      expect(visit).toMatchObject({
        proposedBy: p.teacher.id,
        proposer: { id: p.teacher.id, name: 'Marianne Holm' },
        hostIds: [host.id],
        hosts: [{ id: host.id, name: 'Pædagog Pia' }],
      });
      expect(
        (visit.history as Json[]).map(({ action, actorId, actor }) => ({ action, actorId, actor })),
      ).toEqual([
        {
          action: 'proposed',
          actorId: p.teacher.id,
          actor: { id: p.teacher.id, name: 'Marianne Holm' },
        },
        {
          action: 'confirmed',
          actorId: p.contact.id,
          actor: { id: p.contact.id, name: 'Jonas Kjær' },
        },
      ]);
      // The contact person could not have read the host or the teacher.
      refused(await call(p.contact, 'get', `/users/${host.id}`), 404, 'user.not-found');
    });

    it('names the proposer and hosts in the list of visits and on the adoption', async () => {
      const p = await partnership();
      const { visitId, host } = await confirmedVisit(p);
      const names = {
        id: visitId,
        proposer: { id: p.teacher.id, name: 'Marianne Holm' },
        hosts: [{ id: host.id, name: 'Pædagog Pia' }],
      };
      const list = ok(await call(p.contact, 'get', `/visits?adoptionId=${p.adoptionId}`), 200);
      expect(list.items).toEqual([expect.objectContaining(names)]);
      const adoption = ok(await call(p.contact, 'get', `/adoptions/${p.adoptionId}`), 200);
      expect(adoption.terms[0].visits).toEqual([expect.objectContaining(names)]);
    });
  });

  describe('a programme', () => {
    it('names its partner, companies and coordinators to a volunteer, who may not read them', async () => {
      const programme = await runProgramme(stack, {
        partnerName: 'Dansk Flygtningehjælp',
        startsOn: '2026-09-02',
      });
      const volunteer = await programme.volunteer();
      const other = await factories.company({ name: 'Skandia' });
      await stack.dataSource
        .getRepository(UserEntity)
        .update(programme.coordinator.id, { name: 'Ahmed Klubleder' });
      ok(
        await call(programme.coordinator, 'patch', `/programmes/${programme.programmeId}`, {
          companyIds: [programme.companyId, other.id],
        }),
        200,
      );
      const [{ name: companyName }] = await stack.dataSource.query<{ name: string }[]>(
        'SELECT name FROM companies WHERE id = $1',
        [programme.companyId],
      );
      const [{ partnerId }] = await stack.dataSource.query<{ partnerId: string }[]>(
        'SELECT partner_id AS "partnerId" FROM programmes WHERE id = $1',
        [programme.programmeId],
      );

      const shown = ok(await call(volunteer, 'get', `/programmes/${programme.programmeId}`), 200);
      expect(shown).toMatchObject({
        partner: { id: partnerId, name: 'Dansk Flygtningehjælp' },
        coordinators: [{ id: programme.coordinator.id, name: 'Ahmed Klubleder' }],
      });
      // By name: "Skandia" before "Virksomhed …".
      expect(shown.companies).toEqual([
        { id: other.id, name: 'Skandia' },
        { id: programme.companyId, name: companyName },
      ]);
      const listed = ok(await call(volunteer, 'get', '/programmes'), 200);
      expect(listed.items[0]).toMatchObject({
        partner: shown.partner,
        companies: shown.companies,
        coordinators: shown.coordinators,
      });

      refused(await call(volunteer, 'get', `/partners/${partnerId}`), 404, 'partner.not-found');
      refused(await call(volunteer, 'get', `/companies/${other.id}`), 404, 'company.not-found');
      refused(
        await call(volunteer, 'get', `/users/${programme.coordinator.id}`),
        404,
        'user.not-found',
      );
    });
  });

  describe('the company directory', () => {
    it('gives a coordinator every company by name, with nothing but its id and name', async () => {
      const partner = await factories.partner();
      const coordinator = await factories.user([
        { role: Role.Coordinator, organisationId: partner.id },
      ]);
      const skandia = await factories.company({ name: 'Skandia', city: 'København' });

      const all: Json[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = ok(await call(coordinator, 'get', `/companies/directory${query}`), 200);
        all.push(...(page.items as Json[]));
        cursor = page.next as string | null;
      } while (cursor);

      const [{ count }] = await stack.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM companies',
      );
      expect(all).toHaveLength(count);
      expect(all).toContainEqual({ id: skandia.id, name: 'Skandia' });
      expect(all.every((company) => Object.keys(company).sort().join() === 'id,name')).toBe(true);
      const names = all.map((company) => company.name as string);
      expect(names).toEqual([...names].sort());

      // The company itself, and the list of one's own companies, stay as they were.
      refused(await call(coordinator, 'get', `/companies/${skandia.id}`), 404, 'company.not-found');
      expect(ok(await call(coordinator, 'get', '/companies'), 200).items).toEqual([]);
    });

    it('lets the coordinator name a company found there on a programme', async () => {
      const partner = await factories.partner();
      const coordinator = await factories.user([
        { role: Role.Coordinator, organisationId: partner.id },
      ]);
      const company = await factories.company({ name: 'Aarhus Vand' });
      const directory = ok(await call(coordinator, 'get', '/companies/directory?limit=200'), 200);
      const found = (directory.items as Json[]).find((item) => item.name === 'Aarhus Vand');
      expect(found).toEqual({ id: company.id, name: 'Aarhus Vand' });

      const programme = ok(
        await call(coordinator, 'post', '/programmes', {
          partnerId: partner.id,
          title: 'Lektiehjælp',
          location: 'Klubhuset',
          timezone: 'Europe/Copenhagen',
          companyIds: [found!.id],
          coordinatorIds: [coordinator.id],
          schedule: { weekdays: [3], startTime: '16:00', endTime: '18:00', startsOn: '2026-09-02' },
          capacity: { min: 1, max: 4 },
        }),
        201,
      );
      expect(programme.companies).toEqual([{ id: company.id, name: 'Aarhus Vand' }]);
    });
  });

  // Last: it moves the clock past the visits the other tests plan.
  describe('a visit the system changed', () => {
    it('names the system as nobody in the history of a visit it completed', async () => {
      const p = await partnership();
      const { visitId } = await confirmedVisit(p);
      const admin = await factories.user([{ role: Role.Admin }]);
      stack.clock.travelTo(new Date('2026-10-07T12:30:00+02:00'));
      ok(await call(admin, 'post', '/admin/sweeps/complete-visits'), 200);
      const visit = ok(await call(p.teacher, 'get', `/visits/${visitId}`), 200);
      expect(visit.status).toBe('completed');
      expect((visit.history as Json[]).at(-1)).toMatchObject({
        action: 'completed',
        actorId: null,
        actor: null,
      });
    });
  });
});
