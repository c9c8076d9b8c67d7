import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { adoptClass, AdoptionScenario, apiCaller, propose } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// "Now" starts on Tuesday 1 September 2026 in Copenhagen, in the autumn term of 2026/27.

describe('agreements', () => {
  let stack: TestStack;
  let factories: Factories;
  let adoption: AdoptionScenario;

  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(stack)(...args);

  const text = (changes: object = {}) => ({
    goals: 'Eleverne lærer en arbejdsplads at kende, og medarbejderne lærer skolen at kende.',
    activities: 'Et klassebesøg hvert halvår, med et forberedende møde.',
    startsOn: '2026-09-01',
    endsOn: '2029-06-30',
    budget: { amount: 5000, currency: 'DKK' },
    deciders: [
      { side: 'school', name: 'Birgitte Holm, skoleleder' },
      { side: 'company', name: 'Jens Lund, HR-chef' },
    ],
    criteria: [
      { metric: 'class-visits', target: 2, period: 'school-year' },
      { metric: 'contact-hours', target: 7.4, period: 'term' },
      { metric: 'pupils-reached', target: 40, period: 'school-year' },
    ],
    ...changes,
  });

  const agreementOf = async () => {
    const response = await call(
      adoption.teacher,
      'get',
      `/adoptions/${adoption.adoptionId}/agreement`,
    );
    expect(response.status).toBe(200);
    return response.body;
  };

  const progressOf = async (metric: string) =>
    (await agreementOf()).progress.find((row: { metric: string }) => row.metric === metric);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    factories = new Factories(stack.dataSource);
    adoption = await adoptClass(stack, { label: '7.B', grade: 7 });
  });
  afterAll(() => stack.stop());

  it('is a draft until both sides accept the same version, then agreed', async () => {
    const absent = await call(
      adoption.teacher,
      'get',
      `/adoptions/${adoption.adoptionId}/agreement`,
    );
    expect(absent.status).toBe(404);
    expect(absent.body.code).toBe('agreement.not-found');

    const written = await call(
      adoption.teacher,
      'put',
      `/adoptions/${adoption.adoptionId}/agreement`,
      text(),
    );
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({
      status: 'draft',
      agreedVersion: null,
      sides: ['school', 'company'],
      yourSide: 'school',
      latest: { version: 1, budget: { amount: 5000, currency: 'DKK' } },
    });
    // Whoever writes it accepts it for their side.
    expect(written.body.latest.acceptances).toEqual([
      { side: 'school', by: adoption.teacher.id, at: expect.any(String) },
    ]);

    const accepted = await call(adoption.contact, 'post', `/agreements/${written.body.id}/accept`, {
      version: 1,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'agreed',
      agreedVersion: 1,
      yourSide: 'company',
    });
  });

  it('writes nothing new when the same text is written again', async () => {
    const again = await call(
      adoption.contact,
      'put',
      `/adoptions/${adoption.adoptionId}/agreement`,
      text(),
    );
    expect(again.body.versions).toHaveLength(1);
    expect(again.body.status).toBe('agreed');
  });

  it('makes a change after it was agreed a new version that both accept again, and keeps the old', async () => {
    const changed = await call(
      adoption.contact,
      'put',
      `/adoptions/${adoption.adoptionId}/agreement`,
      text({ activities: 'To klassebesøg hvert halvår.' }),
    );
    expect(changed.body).toMatchObject({
      status: 'changed',
      agreedVersion: 1,
      latest: { version: 2 },
    });
    expect(changed.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(changed.body.versions[0].activities).toBe(
      'Et klassebesøg hvert halvår, med et forberedende møde.',
    );

    // Accepting the version read before the change is refused: it is no longer the latest.
    const stale = await call(adoption.teacher, 'post', `/agreements/${changed.body.id}/accept`, {
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('agreement.not-latest');
    expect((await agreementOf()).status).toBe('changed');

    const agreed = await call(adoption.teacher, 'post', `/agreements/${changed.body.id}/accept`, {
      version: 2,
    });
    expect(agreed.body).toMatchObject({ status: 'agreed', agreedVersion: 2 });
  });

  it('counts each criterion over its period, per term across the term boundary', async () => {
    // 3 hours planned in September; a class visit of 3 hours on 7 October with 18 pupils.
    await call(adoption.contact, 'post', `/adoptions/${adoption.adoptionId}/hours`, {
      date: '2026-09-01',
      hours: 3,
      activity: 'planning',
    }).then((response) => expect(response.status).toBe(201));
    const visit = await propose(stack, adoption.teacher, adoption.adoptionId, [
      { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' },
    ]);
    await call(adoption.contact, 'post', `/visits/${visit.id}/confirm`, { slot: 0 }).then((r) =>
      expect(r.status).toBe(200),
    );
    stack.clock.travelTo(new Date('2026-10-08T10:00:00+02:00'));
    await call(adoption.teacher, 'post', `/visits/${visit.id}/complete`, {
      pupilsAttended: 18,
    }).then((r) => expect(r.status).toBe(200));

    // 8 October: day 69 of the autumn term's 153 and of the school year's 334.
    expect(await progressOf('class-visits')).toEqual({
      metric: 'class-visits',
      target: 2,
      period: 'school-year',
      periodName: '2026/27',
      from: '2026-08-01',
      to: '2027-06-30',
      actual: 1,
      share: 0.5,
      expectedByNow: 0.41, // 2 × 69 / 334
      onTrack: true,
      met: false,
    });
    // The planning hours and the visit's own three hours.
    expect(await progressOf('contact-hours')).toMatchObject({
      periodName: '2026/27-autumn',
      actual: 6,
      expectedByNow: 3.34, // 7.4 × 69 / 153
      onTrack: true,
    });
    expect(await progressOf('pupils-reached')).toMatchObject({ actual: 18, met: false });

    // In January the autumn's hours no longer count for the term: the spring term's do.
    stack.clock.travelTo(new Date('2027-01-12T10:00:00+01:00'));
    await call(adoption.contact, 'post', `/adoptions/${adoption.adoptionId}/hours`, {
      date: '2027-01-11',
      hours: 2,
      activity: 'meeting',
    });
    expect(await progressOf('contact-hours')).toMatchObject({
      periodName: '2026/27-spring',
      from: '2027-01-01',
      to: '2027-06-30',
      actual: 2,
    });
    expect(await progressOf('class-visits')).toMatchObject({ periodName: '2026/27', actual: 1 });
  });

  describe('refuses what breaks a rule, naming the field, and writes nothing', () => {
    const refused = async (body: object, field: string, code?: string) => {
      const before = (await agreementOf()).versions.length;
      const response = await call(
        adoption.teacher,
        'put',
        `/adoptions/${adoption.adoptionId}/agreement`,
        body,
      );
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      if (code) expect(response.body.code).toBe(code);
      expect((await agreementOf()).versions).toHaveLength(before);
    };

    it('an end before the start', () =>
      refused(text({ endsOn: '2026-08-31' }), 'endsOn', 'agreement.period'));

    it('deciders that do not name one person for each side', () =>
      refused(
        text({
          deciders: [
            { side: 'school', name: 'A' },
            { side: 'school', name: 'B' },
          ],
        }),
        'deciders',
        'agreement.deciders',
      ));

    it('a metric this kind of partnership does not have', () =>
      refused(
        text({ criteria: [{ metric: 'units-donated', target: 10, period: 'calendar-year' }] }),
        'criteria.0.metric',
        'agreement.metric',
      ));

    it('a metric or period the product does not know, or a target of nothing', async () => {
      await refused(
        text({ criteria: [{ metric: 'smiles', target: 1, period: 'term' }] }),
        'criteria.0.metric',
      );
      await refused(
        text({ criteria: [{ metric: 'class-visits', target: 1, period: 'week' }] }),
        'criteria.0.period',
      );
      await refused(
        text({ criteria: [{ metric: 'class-visits', target: 0, period: 'term' }] }),
        'criteria.0.target',
      );
    });
  });

  describe('who takes part', () => {
    it('lets an admin write it but not accept it for a side', async () => {
      const admin = await factories.user([{ role: Role.Admin }]);
      const current = await agreementOf();
      const response = await call(admin, 'post', `/agreements/${current.id}/accept`, {
        version: current.latest.version,
      });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('agreement.not-a-side');
    });

    it("hides it from a teacher of another school and from another company's contact", async () => {
      const other = await adoptClass(stack, { label: '8.C', grade: 8 });
      const current = await agreementOf();
      for (const user of [other.teacher, other.contact]) {
        expect(
          (await call(user, 'get', `/adoptions/${adoption.adoptionId}/agreement`)).status,
        ).toBe(404);
        expect((await call(user, 'get', `/agreements/${current.id}`)).status).toBe(404);
        const write = await call(
          user,
          'put',
          `/adoptions/${adoption.adoptionId}/agreement`,
          text(),
        );
        expect(write.status).toBe(404);
      }
    });
  });

  it('agrees a donation programme between the company and the secretariat, counting its units', async () => {
    const company = await factories.company({ name: 'BRFkredit' });
    const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
    const admin = await factories.user([{ role: Role.Admin }]);
    const partner = await factories.partner({ name: 'Netcaféen' });
    const coordinator = await factories.user([
      { role: Role.Coordinator, organisationId: partner.id },
    ]);
    const programme = await call(contact, 'post', '/donation-programmes', {
      companyId: company.id,
      title: 'Brugte computere',
      unit: 'computer',
    });
    const written = await call(
      contact,
      'put',
      `/donation-programmes/${programme.body.id}/agreement`,
      {
        goals: 'Computere til projekter i boligområdet.',
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        deciders: [
          { side: 'company', name: 'Jens Lund' },
          { side: 'secretariat', name: 'Områdesekretariatet' },
        ],
        criteria: [
          { metric: 'units-donated', target: 200, period: 'calendar-year' },
          { metric: 'projects-reached', target: 10, period: 'agreement' },
        ],
      },
    );
    expect(written.body).toMatchObject({ status: 'draft', sides: ['company', 'secretariat'] });
    const agreed = await call(admin, 'post', `/agreements/${written.body.id}/accept`, {
      version: 1,
    });
    expect(agreed.body.status).toBe('agreed');
    // The project asking for units does not see the agreement.
    expect(
      (await call(coordinator, 'get', `/donation-programmes/${programme.body.id}/agreement`))
        .status,
    ).toBe(404);

    const request = await call(
      coordinator,
      'post',
      `/donation-programmes/${programme.body.id}/requests`,
      {
        partnerId: partner.id,
        units: 30,
      },
    );
    for (const [action, body] of [
      ['approve', { units: 30 }],
      ['prepare', {}],
      ['deliver', { units: 30 }],
    ] as const) {
      await call(contact, 'post', `/allocations/${request.body.id}/${action}`, body);
    }
    const progress = (
      await call(contact, 'get', `/donation-programmes/${programme.body.id}/agreement`)
    ).body.progress;
    // 12 January 2027: day 12 of 365.
    expect(progress).toMatchObject([
      {
        metric: 'units-donated',
        periodName: '2027',
        actual: 30,
        expectedByNow: 6.58,
        onTrack: true,
      },
      { metric: 'projects-reached', actual: 1, met: false },
    ]);
  });
});
