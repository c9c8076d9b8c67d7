import { parse } from 'csv-parse/sync';
import { Response } from 'supertest';
import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { adoptClass, AdoptionScenario, bearer, propose, shiftsOf } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// The story happens in the autumn of 2026 and is reported on at the start of November: a class
// visit and its preparation meeting held in October, the contact person's planning hours, and a
// Wednesday club in which the company's volunteers (and another company's) took shifts on both
// sides of the October daylight-saving change.
const START = new Date('2026-09-01T08:00:00+02:00');
const AFTERWARDS = new Date('2026-11-02T12:00:00+01:00');

interface Story {
  lego: AdoptionScenario & { companyId: string };
  coordinator: UserEntity;
  programmeId: string;
  amir: UserEntity;
  bo: UserEntity;
  other: { companyId: string; volunteer: UserEntity };
}

describe('impact reports', () => {
  let stack: TestStack;
  let factories: Factories;
  let story: Story;
  const as = (user: { id: string }) => bearer(stack, user);

  async function call(user: { id: string }, method: 'get' | 'post', path: string, body?: object) {
    const request = stack
      .http()
      [method](`/api/v1${path}`)
      .set('Authorization', await as(user));
    const response: Response = await (body ? request.send(body) : request);
    if (response.status >= 300) {
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body as Record<string, unknown>;
  }

  beforeAll(async () => {
    stack = await startTestStack({ worker: false, clockStart: START });
    factories = new Factories(stack.dataSource);

    const scenario = await adoptClass(stack, {
      companyName: 'LEGO',
      schoolName: 'Kirkebakkeskolen',
    });
    const [{ companyId }] = await stack.dataSource.query<{ companyId: string }[]>(
      'SELECT company_id AS "companyId" FROM adoptions WHERE id = $1',
      [scenario.adoptionId],
    );
    const lego = { ...scenario, companyId };
    const confirmed = async (kind: string, start: string, end: string) => {
      const visit = await propose(stack, lego.teacher, lego.adoptionId, [{ start, end }], { kind });
      await call(lego.contact, 'post', `/visits/${visit.id}/confirm`, { slot: 0 });
      return visit.id;
    };
    const preparation = await confirmed(
      'preparation',
      '2026-09-23T14:00:00+02:00',
      '2026-09-23T15:00:00+02:00',
    );
    const classVisit = await confirmed(
      'class-visit',
      '2026-10-07T09:00:00+02:00',
      '2026-10-07T12:00:00+02:00',
    );

    // The club names LEGO and one other company; its partner's name starts like a formula.
    const partner = await factories.partner({ name: '=HYPERLINK("http://x")' });
    const coordinator = await factories.user([
      { role: Role.Coordinator, organisationId: partner.id },
    ]);
    const otherCompany = await factories.company({ name: 'Skandia' });
    const programme = await call(coordinator, 'post', '/programmes', {
      partnerId: partner.id,
      title: 'Lektiehjælp og fodbold',
      location: 'Klubhuset',
      timezone: 'Europe/Copenhagen',
      companyIds: [companyId, otherCompany.id],
      coordinatorIds: [coordinator.id],
      schedule: { weekdays: [3], startTime: '16:00', endTime: '18:00', startsOn: '2026-09-02' },
      capacity: { min: 2, max: 4 },
    });
    const programmeId = programme.id as string;
    const amir = await factories.user([{ role: Role.Volunteer, organisationId: companyId }]);
    const bo = await factories.user([{ role: Role.Volunteer, organisationId: companyId }]);
    const otherVolunteer = await factories.user([
      { role: Role.Volunteer, organisationId: otherCompany.id },
    ]);

    const shifts = await shiftsOf(stack, programmeId, coordinator);
    const on = (date: string) => shifts.find((shift) => shift.start.startsWith(date))!.id;
    // 21 October is summer time, 28 October winter time; 14 October is cancelled.
    for (const [volunteer, date] of [
      [amir, '2026-10-21'],
      [bo, '2026-10-21'],
      [amir, '2026-10-28'],
      [otherVolunteer, '2026-10-28'],
    ] as const) {
      await call(volunteer, 'post', `/shifts/${on(date)}/signups`);
    }
    await call(coordinator, 'post', `/shifts/${on('2026-10-14')}/cancel`, {
      reason: 'Efterårsferie',
    });

    // Amir also plays football on a Saturday in a second programme: one volunteer, two programmes.
    const saturdays = await call(coordinator, 'post', '/programmes', {
      partnerId: partner.id,
      title: 'Lørdagsfodbold',
      location: 'Boldbanen',
      timezone: 'Europe/Copenhagen',
      companyIds: [companyId],
      coordinatorIds: [coordinator.id],
      schedule: { weekdays: [6], startTime: '10:00', endTime: '12:00', startsOn: '2026-10-24' },
      capacity: { min: 1, max: 4 },
    });
    const [saturday] = await shiftsOf(stack, saturdays.id as string, coordinator);
    await call(amir, 'post', `/shifts/${saturday.id}/signups`);

    stack.clock.travelTo(AFTERWARDS);
    await call(coordinator, 'post', `/shifts/${on('2026-10-21')}/attendance`, {
      records: [
        { userId: amir.id, attended: true },
        { userId: bo.id, attended: false },
      ],
    });
    await call(coordinator, 'post', `/shifts/${on('2026-10-28')}/attendance`, {
      records: [
        { userId: amir.id, attended: true, hours: 1.5 },
        { userId: otherVolunteer.id, attended: true },
      ],
    });
    await call(coordinator, 'post', `/shifts/${saturday.id}/attendance`, {
      records: [{ userId: amir.id, attended: true }],
    });
    await call(lego.teacher, 'post', `/visits/${preparation}/complete`, { pupilsAttended: 0 });
    await call(lego.teacher, 'post', `/visits/${classVisit}/complete`, { pupilsAttended: 18 });
    await call(lego.contact, 'post', `/adoptions/${lego.adoptionId}/hours`, {
      date: '2026-09-15',
      hours: 1.5,
      activity: 'planning',
    });

    story = {
      lego,
      coordinator,
      programmeId,
      amir,
      bo,
      other: { companyId: otherCompany.id, volunteer: otherVolunteer },
    };
  });
  afterAll(() => stack.stop());

  describe('a company', () => {
    const path = () => `/api/v1/reports/companies/${story.lego.companyId}`;

    it('sums the visits held, the pupils reached and every hour its people gave', async () => {
      const response = await stack
        .http()
        .get(`${path()}?from=2026-08-01&to=2026-12-31`)
        .set('Authorization', await as(story.lego.contact))
        .expect(200);
      expect(response.body).toEqual({
        company: { id: story.lego.companyId, name: 'LEGO' },
        period: { from: '2026-08-01', to: '2026-12-31' },
        totals: {
          visitsHeld: 1,
          pupilsReached: 18,
          // The class visit's 3 hours, the preparation's 1 and 1.5 of planning.
          contactHours: 5.5,
          // Amir came three times in two programmes (2 h, 1.5 h and 2 h), and counts once; Bo
          // did not come; Skandia's volunteer is not LEGO's.
          volunteers: 1,
          volunteerHours: 5.5,
          hours: 11,
          unitsDonated: 0,
        },
        adoptions: [
          {
            adoptionId: story.lego.adoptionId,
            className: '7.A',
            schoolName: 'Kirkebakkeskolen',
            contactPersonName: story.lego.contact.name,
            status: 'active',
            startsOn: '2026-09-01',
            endsOn: '2029-06-30',
            visitsHeld: 1,
            pupilsReached: 18,
            preparationMeetingsHeld: 1,
            hoursLogged: 5.5,
            hoursBudget: 7.4,
          },
        ],
        programmes: [
          {
            programmeId: story.programmeId,
            title: 'Lektiehjælp og fodbold',
            partnerName: '=HYPERLINK("http://x")',
            volunteers: 1,
            shiftsAttended: 2,
            noShows: 1,
            hours: 3.5,
          },
          {
            programmeId: expect.any(String),
            title: 'Lørdagsfodbold',
            partnerName: '=HYPERLINK("http://x")',
            volunteers: 1,
            shiftsAttended: 1,
            noShows: 0,
            hours: 2,
          },
        ],
        donations: [],
        agreements: [],
      });
    });

    it('counts only what falls in the period, by local date', async () => {
      // From 8 October: the class visit (7 October) and the planning hours are before it.
      const response = await stack
        .http()
        .get(`${path()}?from=2026-10-08&to=2026-10-21`)
        .set('Authorization', await as(story.lego.contact))
        .expect(200);
      expect(response.body.totals).toEqual({
        visitsHeld: 0,
        pupilsReached: 0,
        contactHours: 0,
        volunteers: 1,
        volunteerHours: 2,
        hours: 2,
        unitsDonated: 0,
      });
      // The whole spring term is in the period too: two terms' budget.
      const year = await stack
        .http()
        .get(`${path()}?from=2026-08-01&to=2027-07-31`)
        .set('Authorization', await as(story.lego.contact))
        .expect(200);
      expect(year.body.adoptions[0].hoursBudget).toBe(14.8);
    });

    it('covers the year up to today by default', async () => {
      const response = await stack
        .http()
        .get(path())
        .set('Authorization', await as(story.lego.admin))
        .expect(200);
      expect(response.body.period).toEqual({ from: '2025-11-03', to: '2026-11-02' });
      expect(response.body.totals.visitsHeld).toBe(1);
    });

    it('comes as CSV for a spreadsheet, by Accept header or by name', async () => {
      const response = await stack
        .http()
        .get(`${path()}?from=2026-08-01&to=2026-12-31`)
        .set('Authorization', await as(story.lego.contact))
        .set('Accept', 'text/csv')
        .expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="company-report-2026-08-01-2026-12-31.csv"',
      );
      expect(response.headers.vary).toMatch(/Accept/);
      expect(response.text.startsWith('\ufeff')).toBe(true);
      const rows = parse<Record<string, string>>(response.text, { bom: true, columns: true });
      expect(rows).toEqual([
        expect.objectContaining({
          activity: 'class adoption',
          name: '7.A',
          organisation: 'Kirkebakkeskolen',
          visits_held: '1',
          pupils_reached: '18',
          hours: '5.5',
          hours_budget: '7.4',
        }),
        expect.objectContaining({
          activity: 'volunteering',
          name: 'Lektiehjælp og fodbold',
          // Text that would start a formula is written as text.
          organisation: `'=HYPERLINK("http://x")`,
          volunteers: '1',
          shifts_attended: '2',
          no_shows: '1',
          hours: '3.5',
        }),
        expect.objectContaining({ activity: 'volunteering', name: 'Lørdagsfodbold', hours: '2' }),
      ]);
      const byName = await stack
        .http()
        .get(`${path()}?from=2026-08-01&to=2026-12-31&format=csv`)
        .set('Authorization', await as(story.lego.contact))
        .expect(200);
      expect(byName.text).toBe(response.text);
    });

    it('is shown only to admins and the company’s contact persons', async () => {
      const otherContact = await factories.user([
        { role: Role.Contact, organisationId: story.other.companyId },
      ]);
      const refused = await stack
        .http()
        .get(path())
        .set('Authorization', await as(otherContact));
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: 404,
        code: 'company.not-found',
      });
      for (const person of [story.lego.teacher, story.amir, story.coordinator]) {
        const response = await stack
          .http()
          .get(path())
          .set('Authorization', await as(person));
        expect(response.status).toBe(403);
      }
    });
  });

  describe('by month', () => {
    it("gives a company's figures for each month of the period, empty months too", async () => {
      const response = await stack
        .http()
        .get(
          `/api/v1/reports/companies/${story.lego.companyId}?from=2026-08-01&to=2026-11-30&groupBy=month`,
        )
        .set('Authorization', await as(story.lego.contact))
        .expect(200);
      const none = {
        visitsHeld: 0,
        pupilsReached: 0,
        contactHours: 0,
        volunteerHours: 0,
        unitsDonated: 0,
      };
      expect(response.body.months).toEqual([
        { month: '2026-08', ...none },
        // 1.5 h of planning on the 15th and the preparation meeting's hour on the 23rd.
        { month: '2026-09', ...none, contactHours: 2.5 },
        // The class visit (3 h, 18 pupils); Amir's 2 h, 2 h on a Saturday and 1.5 h.
        {
          month: '2026-10',
          ...none,
          visitsHeld: 1,
          pupilsReached: 18,
          contactHours: 3,
          volunteerHours: 5.5,
        },
        { month: '2026-11', ...none },
      ]);
      // The totals are those of the whole period, as without groupBy.
      expect(response.body.totals).toMatchObject({ contactHours: 5.5, volunteerHours: 5.5 });

      const csv = await stack
        .http()
        .get(
          `/api/v1/reports/companies/${story.lego.companyId}?from=2026-09-01&to=2026-10-31&groupBy=month&format=csv`,
        )
        .set('Authorization', await as(story.lego.contact))
        .expect(200);
      expect(parse(csv.text, { bom: true })).toEqual([
        [
          'month',
          'visits_held',
          'pupils_reached',
          'contact_hours',
          'volunteer_hours',
          'units_donated',
        ],
        ['2026-09', '0', '0', '2.5', '0', '0'],
        ['2026-10', '1', '18', '3', '5.5', '0'],
      ]);
    });

    it("gives a programme's shifts, short shifts, attendances and hours for each month", async () => {
      const response = await stack
        .http()
        .get(
          `/api/v1/reports/programmes/${story.programmeId}?from=2026-10-01&to=2026-10-31&groupBy=month`,
        )
        .set('Authorization', await as(story.coordinator))
        .expect(200);
      // Wednesdays 7, 21 and 28 October held (the 14th cancelled); the 7th had nobody, short of
      // two; Amir on the 21st (Bo stayed away), Amir (1.5 h) and Skandia's volunteer on the 28th.
      expect(response.body.months).toEqual([
        { month: '2026-10', shifts: 3, shiftsShort: 1, attendances: 3, hours: 5.5 },
      ]);
    });

    it('refuses any other grouping, naming the field', async () => {
      const response = await stack
        .http()
        .get(`/api/v1/reports/programmes/${story.programmeId}?groupBy=week`)
        .set('Authorization', await as(story.coordinator))
        .expect(400);
      expect(response.body.details).toEqual([{ field: 'groupBy', messages: ['must be month'] }]);
    });
  });

  describe('a company’s donations and agreements', () => {
    it('shows what its donation programmes delivered in the period and its agreements’ criteria', async () => {
      const brf = story.lego;
      const { id: programmeId } = (await call(brf.contact, 'post', '/donation-programmes', {
        companyId: brf.companyId,
        title: 'Brugte computere',
        unit: 'computer',
        unitValue: { amount: 1500, currency: 'DKK' },
      })) as { id: string };
      await stack
        .http()
        .put(`/api/v1/donation-programmes/${programmeId}/years/2026`)
        .set('Authorization', await as(brf.contact))
        .send({ target: 20 })
        .expect(200);
      const partner = await factories.partner({ name: 'Netcaféen' });
      const coordinator = await factories.user([
        { role: Role.Coordinator, organisationId: partner.id },
      ]);
      const deliver = async (units: number, cancel = false) => {
        const request = (await call(
          coordinator,
          'post',
          `/donation-programmes/${programmeId}/requests`,
          {
            partnerId: partner.id,
            units,
          },
        )) as { id: string };
        await call(brf.contact, 'post', `/allocations/${request.id}/approve`, { units });
        if (cancel) {
          await call(brf.contact, 'post', `/allocations/${request.id}/cancel`, {
            reason: 'Udgået',
          });
          return;
        }
        await call(brf.contact, 'post', `/allocations/${request.id}/prepare`);
        await call(brf.contact, 'post', `/allocations/${request.id}/deliver`, {
          units,
          deliveredOn: '2026-10-30',
        });
      };
      await deliver(6);
      await deliver(4, true);
      const agreement = await stack
        .http()
        .put(`/api/v1/adoptions/${brf.adoptionId}/agreement`)
        .set('Authorization', await as(brf.teacher))
        .send({
          goals: 'Eleverne møder en arbejdsplads.',
          startsOn: '2026-09-01',
          endsOn: '2029-06-30',
          deciders: [
            { side: 'school', name: 'Skolelederen' },
            { side: 'company', name: 'HR-chefen' },
          ],
          criteria: [{ metric: 'pupils-reached', target: 40, period: 'school-year' }],
        })
        .expect(200);

      const response = await stack
        .http()
        .get(`/api/v1/reports/companies/${brf.companyId}?from=2026-08-01&to=2026-12-31`)
        .set('Authorization', await as(brf.contact))
        .expect(200);
      expect(response.body.totals.unitsDonated).toBe(6);
      expect(response.body.donations).toEqual([
        {
          programmeId,
          title: 'Brugte computere',
          unit: 'computer',
          unitsDelivered: 6,
          projectsReached: 1,
          value: { amount: 9000, currency: 'DKK' },
          // The cancelled four count nowhere.
          years: [
            expect.objectContaining({ year: 2026, target: 20, delivered: 6, projectsReached: 1 }),
          ],
        },
      ]);
      expect(response.body.agreements).toEqual([
        {
          agreementId: agreement.body.id,
          subject: { kind: 'adoption', id: brf.adoptionId, name: expect.stringContaining('7.A') },
          status: 'draft',
          agreedVersion: null,
          criteria: [
            expect.objectContaining({
              metric: 'pupils-reached',
              periodName: '2026/27',
              actual: 18,
              met: false,
            }),
          ],
        },
      ]);
      const csv = await stack
        .http()
        .get(`/api/v1/reports/companies/${brf.companyId}?from=2026-08-01&to=2026-12-31&format=csv`)
        .set('Authorization', await as(brf.contact))
        .expect(200);
      const rows: Record<string, string>[] = parse(csv.text, { bom: true, columns: true });
      expect(rows.find((row) => row.activity === 'donation')).toMatchObject({
        name: 'Brugte computere',
        units_delivered: '6',
        projects_reached: '1',
      });
      expect(rows.find((row) => row.activity === 'criterion')).toMatchObject({
        status: 'draft',
        target: '40',
        actual: '18',
      });
    });
  });

  describe('a programme', () => {
    const path = () => `/api/v1/reports/programmes/${story.programmeId}`;

    it('tells how each shift ran and what each company gave', async () => {
      const response = await stack
        .http()
        .get(`${path()}?from=2026-10-01&to=2026-10-31`)
        .set('Authorization', await as(story.coordinator))
        .expect(200);
      const report = response.body;
      expect(report.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
      expect(report.capacity).toEqual({ min: 2, max: 4 });
      expect(report.totals).toEqual({
        shifts: 3,
        shiftsCancelled: 1,
        // Nobody took 7 October.
        shiftsShort: 1,
        volunteers: 2,
        attendances: 3,
        noShows: 1,
        hours: 5.5,
      });
      expect(
        report.shifts.map((shift: Record<string, unknown>) => ({
          date: shift.date,
          start: shift.start,
          status: shift.status,
          signedUp: shift.signedUp,
          attended: shift.attended,
          hours: shift.hours,
          short: shift.short,
        })),
      ).toEqual([
        {
          date: '2026-10-07',
          start: '2026-10-07T14:00:00.000Z',
          status: 'scheduled',
          signedUp: 0,
          attended: 0,
          hours: 0,
          short: true,
        },
        {
          date: '2026-10-14',
          start: '2026-10-14T14:00:00.000Z',
          status: 'cancelled',
          signedUp: 0,
          attended: 0,
          hours: 0,
          short: false,
        },
        {
          date: '2026-10-21',
          start: '2026-10-21T14:00:00.000Z',
          status: 'scheduled',
          signedUp: 2,
          attended: 1,
          hours: 2,
          short: false,
        },
        {
          date: '2026-10-28',
          start: '2026-10-28T15:00:00.000Z',
          status: 'scheduled',
          signedUp: 2,
          attended: 2,
          hours: 3.5,
          short: false,
        },
      ]);
      expect(report.companies).toEqual([
        {
          companyId: story.lego.companyId,
          name: 'LEGO',
          volunteers: 1,
          shiftsAttended: 2,
          hours: 3.5,
        },
        {
          companyId: story.other.companyId,
          name: 'Skandia',
          volunteers: 1,
          shiftsAttended: 1,
          hours: 2,
        },
      ]);
    });

    it('lists the shifts in CSV on the local wall clock, on both sides of the change', async () => {
      const response = await stack
        .http()
        .get(`${path()}?from=2026-10-15&to=2026-10-31&format=csv`)
        .set('Authorization', await as(story.coordinator))
        .expect(200);
      const rows = parse<Record<string, string>>(response.text, { bom: true, columns: true });
      expect(rows).toEqual([
        {
          date: '2026-10-21',
          start: '16:00',
          end: '18:00',
          status: 'scheduled',
          signed_up: '2',
          attended: '1',
          no_shows: '1',
          hours: '2',
          short: 'no',
        },
        {
          date: '2026-10-28',
          start: '16:00',
          end: '18:00',
          status: 'scheduled',
          signed_up: '2',
          attended: '2',
          no_shows: '0',
          hours: '3.5',
          short: 'no',
        },
      ]);
    });

    it("is shown only to admins and the partner's coordinators", async () => {
      const otherCoordinator = await factories.user([
        { role: Role.Coordinator, organisationId: (await factories.partner()).id },
      ]);
      const refused = await stack
        .http()
        .get(path())
        .set('Authorization', await as(otherCoordinator));
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: 404,
        code: 'programme.not-found',
      });
      await stack
        .http()
        .get(path())
        .set('Authorization', await as(story.lego.admin))
        .expect(200);
      for (const person of [story.lego.contact, story.amir]) {
        const response = await stack
          .http()
          .get(path())
          .set('Authorization', await as(person));
        expect(response.status).toBe(403);
      }
    });
  });

  it.each([
    ['from=2026-12-01&to=2026-11-01', 'to'],
    ['from=1.12.2026', 'from'],
    ['to=2026-02-30', 'to'],
    ['from=2016-01-01&to=2026-01-01', 'to'],
    ['format=xml', 'format'],
    ['period=year', 'period'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    for (const [user, path] of [
      [story.lego.contact, `/api/v1/reports/companies/${story.lego.companyId}`],
      [story.coordinator, `/api/v1/reports/programmes/${story.programmeId}`],
    ] as const) {
      const response = await stack
        .http()
        .get(`${path}?${query}`)
        .set('Authorization', await as(user));
      expect(response.status).toBe(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(
        field,
      );
    }
  });
});
