import { Locale, Role, UserEntity } from '@app/core';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';
import { Factories } from '@app/testing';
import { apiCaller } from './support/scenarios';
import { settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

// BRFkredit's used computers, as the catalogue tells it, moved to the product's own years: 153
// computers to 7 projects in the year before (recorded by hand), 200 the target of this one.
// "Now" starts on Wednesday 1 July 2026 in Copenhagen: day 182 of 365.

describe('donation programmes and their allocations', () => {
  let stack: TestStack;
  let factories: Factories;
  let company: CompanyEntity;
  let contact: UserEntity;
  let netCafe: PartnerEntity;
  let netCafeCoordinator: UserEntity;
  let school: SchoolEntity;
  let teacher: UserEntity;
  let programmeId: string;

  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(stack)(...args);

  async function ask(user: UserEntity, project: object, units: number, purpose = '') {
    const response = await call(user, 'post', `/donation-programmes/${programmeId}/requests`, {
      ...project,
      units,
      purpose,
    });
    expect(response.status).toBe(201);
    return response.body as { id: string; status: string };
  }

  const step = (user: UserEntity, id: string, action: string, body: object = {}) =>
    call(user, 'post', `/allocations/${id}/${action}`, body);

  const yearOf = async (year: number) => {
    const response = await call(contact, 'get', `/donation-programmes/${programmeId}`);
    return (response.body.years as { year: number }[]).find((row) => row.year === year);
  };

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-07-01T10:00:00+02:00') });
    factories = new Factories(stack.dataSource);
    company = await factories.company({ name: 'BRFkredit' });
    contact = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
    netCafe = await factories.partner({ name: 'Netcaféen i Nørremarken' });
    netCafeCoordinator = await factories.user(
      [{ role: Role.Coordinator, organisationId: netCafe.id }],
      { locale: Locale.English },
    );
    school = await factories.school({ name: 'Lektiecaféen på Bakkeskolen' });
    teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);

    const created = await call(contact, 'post', '/donation-programmes', {
      companyId: company.id,
      title: 'Brugte computere',
      unit: 'computer',
      unitValue: { amount: 1500, currency: 'DKK' },
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
  });
  afterAll(() => stack.stop());

  it('shows a year gone by as recorded beside this year’s target, pro rata', async () => {
    await call(contact, 'put', `/donation-programmes/${programmeId}/years/2025`, {
      recordedUnits: 153,
      recordedProjects: 7,
    }).then((response) => expect(response.status).toBe(200));
    const response = await call(contact, 'put', `/donation-programmes/${programmeId}/years/2026`, {
      target: 200,
    });
    expect(response.status).toBe(200);
    expect(response.body.years).toEqual([
      {
        year: 2025,
        target: null,
        delivered: 153,
        projectsReached: 7,
        share: null,
        expectedByNow: null,
        onTrack: null,
      },
      {
        year: 2026,
        target: 200,
        delivered: 0,
        projectsReached: 0,
        share: 0,
        // 200 × 182 / 365 = 99.7
        expectedByNow: 99.7,
        onTrack: false,
      },
    ]);
    expect(response.body.unitValue).toEqual({ amount: 1500, currency: 'DKK' });
  });

  it('names the organisations that support it, each with its part', async () => {
    const added = await call(contact, 'post', `/donation-programmes/${programmeId}/supporters`, {
      name: 'Microsoft',
      part: 'Giver styresystem og programmer',
    });
    expect(added.status).toBe(201);
    await call(contact, 'post', `/donation-programmes/${programmeId}/supporters`, {
      name: 'IT-Genbrug Vejle',
      part: 'Renser og klargør maskinerne',
    });
    const programme = await call(netCafeCoordinator, 'get', `/donation-programmes/${programmeId}`);
    expect(programme.body.supporters.map((s: { name: string }) => s.name)).toEqual([
      'Microsoft',
      'IT-Genbrug Vejle',
    ]);
    expect(programme.body.mine).toBe(false);
  });

  it('takes a request from a project through approval, preparation and delivery, telling the project', async () => {
    const request = await ask(netCafeCoordinator, { partnerId: netCafe.id }, 30, 'Netcaféen');
    expect(request.status).toBe('requested');

    const approved = await step(contact, request.id, 'approve', { units: 25 });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'pledged', approvedUnits: 25 });
    const answer = await stack.sink.waitFor(
      (mail) => mail.to.includes(netCafeCoordinator.email) && mail.subject.startsWith('Approved'),
    );
    expect(answer.subject).toBe('Approved: 25 × computer from BRFkredit');
    expect(answer.text).toContain('approved 25 of the 30 × computer');

    await step(contact, request.id, 'prepare').then((r) => expect(r.status).toBe(200));
    const delivered = await step(contact, request.id, 'deliver', {
      units: 25,
      deliveredOn: '2026-06-30',
    });
    expect(delivered.body).toMatchObject({
      status: 'delivered',
      deliveredUnits: 25,
      deliveredOn: '2026-06-30',
    });
    expect(delivered.body.steps.map((s: { status: string }) => s.status)).toEqual([
      'requested',
      'pledged',
      'prepared',
      'delivered',
    ]);
    expect(delivered.body.steps.every((s: { actorId: string }) => s.actorId)).toBe(true);
    const mail = await stack.sink.waitFor(
      (m) => m.to.includes(netCafeCoordinator.email) && m.subject.startsWith('Delivered'),
    );
    expect(mail.text).toContain('delivered 25 × computer to Netcaféen i Nørremarken on');
    expect(await yearOf(2026)).toMatchObject({ delivered: 25, projectsReached: 1 });
  });

  it('tells a declined project why, in Danish, and counts nothing', async () => {
    const request = await ask(teacher, { schoolId: school.id }, 12, 'Lektiecafé');
    const declined = await step(contact, request.id, 'decline', {
      reason: 'Ingen maskiner tilbage i år',
    });
    expect(declined.body).toMatchObject({
      status: 'declined',
      statusReason: 'Ingen maskiner tilbage i år',
    });
    const mail = await stack.sink.waitFor(
      (m) => m.to.includes(teacher.email) && m.subject.startsWith('Afslået'),
    );
    expect(mail.text).toContain('Begrundelse: Ingen maskiner tilbage i år');
    expect(await yearOf(2026)).toMatchObject({ delivered: 25, projectsReached: 1 });
  });

  it('counts only delivered units: a cancelled allocation adds nothing', async () => {
    const request = await ask(teacher, { schoolId: school.id }, 10);
    await step(contact, request.id, 'approve', { units: 10 });
    const cancelled = await step(teacher, request.id, 'cancel', { reason: 'Vi har fået andre' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', approvedUnits: 10 });
    expect(await yearOf(2026)).toMatchObject({ delivered: 25, projectsReached: 1 });
  });

  describe('refuses a step that breaks a rule, and changes nothing', () => {
    let pledged: string;
    beforeAll(async () => {
      pledged = (await ask(netCafeCoordinator, { partnerId: netCafe.id }, 8)).id;
    });

    const unchanged = async (id: string, status: string) => {
      const response = await call(contact, 'get', `/allocations/${id}`);
      expect(response.body.status).toBe(status);
      return response.body;
    };

    it('approves no more than was asked for', async () => {
      const response = await step(contact, pledged, 'approve', { units: 9 });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('allocation.approved-over-requested');
      const body = await unchanged(pledged, 'requested');
      expect(body.approvedUnits).toBeNull();
      await step(contact, pledged, 'approve', { units: 8 }).then((r) => expect(r.status).toBe(200));
    });

    it('delivers only what was prepared', async () => {
      const response = await step(contact, pledged, 'deliver', { units: 8 });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('allocation.wrong-status');
      await unchanged(pledged, 'pledged');
      await step(contact, pledged, 'prepare').then((r) => expect(r.status).toBe(200));
    });

    it('delivers no more than was approved', async () => {
      const response = await step(contact, pledged, 'deliver', { units: 9 });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('allocation.delivered-over-approved');
      const body = await unchanged(pledged, 'prepared');
      expect(body.deliveredUnits).toBeNull();
    });

    it('delivers on a day that has come', async () => {
      const response = await step(contact, pledged, 'deliver', {
        units: 8,
        deliveredOn: '2026-07-02',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('allocation.delivered-in-future');
      expect(response.body.details).toEqual([
        { field: 'deliveredOn', messages: expect.any(Array) },
      ]);
      await unchanged(pledged, 'prepared');
    });

    it('answers a request once: a declined one cannot be approved', async () => {
      const request = await ask(netCafeCoordinator, { partnerId: netCafe.id }, 3);
      await step(contact, request.id, 'decline', { reason: 'Nej' });
      const response = await step(contact, request.id, 'approve', { units: 3 });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('allocation.wrong-status');
      await unchanged(request.id, 'declined');
    });

    it('leaves the answering to the company: a project cannot approve its own request', async () => {
      const response = await step(netCafeCoordinator, pledged, 'prepare');
      expect(response.status).toBe(403);
    });

    it.each([
      ['neither a partner nor a school', { units: 1 }, ['partnerId', 'schoolId']],
      ['no units', { partnerId: '00000000-0000-4000-8000-000000000000' }, ['units']],
      ['zero units', { partnerId: '00000000-0000-4000-8000-000000000000', units: 0 }, ['units']],
    ])('refuses a request with %s, naming the field', async (_what, body, fields) => {
      const response = await call(
        netCafeCoordinator,
        'post',
        `/donation-programmes/${programmeId}/requests`,
        body,
      );
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual(fields);
    });

    it('refuses a request for both a partner and a school, or for a project not one’s own', async () => {
      const both = await call(teacher, 'post', `/donation-programmes/${programmeId}/requests`, {
        partnerId: netCafe.id,
        schoolId: school.id,
        units: 1,
      });
      expect(both.status).toBe(400);
      expect(both.body.code).toBe('allocation.one-project');
      const other = await call(teacher, 'post', `/donation-programmes/${programmeId}/requests`, {
        partnerId: netCafe.id,
        units: 1,
      });
      expect(other.status).toBe(400);
      expect(other.body.code).toBe('allocation.project');
      expect(other.body.details).toEqual([{ field: 'partnerId', messages: expect.any(Array) }]);
    });

    it('refuses a value without its currency and a year out of range', async () => {
      const noCurrency = await call(contact, 'patch', `/donation-programmes/${programmeId}`, {
        unitValue: { amount: 10 },
      });
      expect(noCurrency.status).toBe(400);
      expect(noCurrency.body.details[0].field).toBe('unitValue.currency');
      const year = await call(contact, 'put', `/donation-programmes/${programmeId}/years/99`, {
        target: 1,
      });
      expect(year.status).toBe(400);
      expect(year.body.details).toEqual([{ field: 'year', messages: expect.any(Array) }]);
    });
  });

  it('counts a delivery in the year it was handed over, across New Year', async () => {
    stack.clock.travelTo(new Date('2026-12-28T10:00:00+01:00'));
    const request = await ask(teacher, { schoolId: school.id }, 5);
    await step(contact, request.id, 'approve', { units: 5 });
    await step(contact, request.id, 'prepare');
    const before = await yearOf(2026);
    stack.clock.travelTo(new Date('2027-01-04T10:00:00+01:00'));
    await step(contact, request.id, 'deliver', { units: 5 }).then((r) =>
      expect(r.body.deliveredOn).toBe('2027-01-04'),
    );
    expect(await yearOf(2026)).toEqual({ ...before, expectedByNow: 200, onTrack: false });
    expect(await yearOf(2027)).toMatchObject({ delivered: 5, projectsReached: 1, target: null });
    await settled(stack);
  });

  describe('who sees what', () => {
    it('shows a project only its own allocations, and the company side all', async () => {
      const otherPartner = await factories.partner();
      const other = await factories.user([
        { role: Role.Coordinator, organisationId: otherPartner.id },
      ]);
      const mine = await call(other, 'get', `/donation-programmes/${programmeId}/allocations`);
      expect(mine.body.items).toEqual([]);
      const all = await call(contact, 'get', `/donation-programmes/${programmeId}/allocations`);
      const theirs = await call(
        netCafeCoordinator,
        'get',
        `/donation-programmes/${programmeId}/allocations`,
      );
      expect(theirs.body.items.length).toBeGreaterThan(0);
      expect(
        theirs.body.items.every((a: { partnerId: string }) => a.partnerId === netCafe.id),
      ).toBe(true);
      expect(all.body.items.length).toBeGreaterThan(theirs.body.items.length);
      const someone = all.body.items.find((a: { schoolId: string }) => a.schoolId === school.id);
      const hidden = await call(other, 'get', `/allocations/${someone.id}`);
      expect(hidden.status).toBe(404);
    });

    it('hides a programme from another company and from volunteers', async () => {
      const otherCompany = await factories.company();
      const otherContact = await factories.user([
        { role: Role.Contact, organisationId: otherCompany.id },
      ]);
      const volunteer = await factories.user([
        { role: Role.Volunteer, organisationId: company.id },
      ]);
      for (const user of [otherContact, volunteer]) {
        expect((await call(user, 'get', `/donation-programmes/${programmeId}`)).status).toBe(404);
        const list = await call(user, 'get', '/donation-programmes');
        expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(programmeId);
      }
      const change = await call(otherContact, 'patch', `/donation-programmes/${programmeId}`, {
        title: 'Mine',
      });
      expect(change.status).toBe(404);
    });
  });
});
