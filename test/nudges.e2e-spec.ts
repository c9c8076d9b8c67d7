import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { adoptClass, bearer } from './support/scenarios';
import { deliveriesTo, settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

describe('nudges', () => {
  let stack: TestStack;
  let factories: Factories;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  /** Runs the nudge sweep at once, as an admin; answers how many nudges it sent. */
  async function sweep(): Promise<number> {
    const admin = await factories.user([{ role: Role.Admin }]);
    const response = await stack
      .http()
      .post('/api/v1/admin/sweeps/send-nudges')
      .set('Authorization', await as(admin))
      .expect(200);
    return (response.body as { processed: number }).processed;
  }

  const adoption = (label: string) =>
    adoptClass(stack, { label, grade: 5, companyName: `Firma ${label}` });

  const subjectsTo = (address: string, prefix: string) =>
    stack.sink.to(address).filter((mail) => mail.subject.startsWith(prefix));

  /** Once nothing is under way: the mails that arrived and the deliveries made with a subject. */
  async function sentOnce(address: string, prefix: string): Promise<number> {
    const made = (await deliveriesTo(stack, address)).filter((row) =>
      row.subject.startsWith(prefix),
    );
    expect(made.map((row) => row.status)).toEqual(subjectsTo(address, prefix).map(() => 'sent'));
    return made.length;
  }

  // The tests come in the order of the dates they travel to: the clock only moves forward.
  it('nudges the side that must answer a request waiting three days, once', async () => {
    stack.clock.travelTo(new Date('2026-09-07T08:00:00+02:00'));
    const { teacher, contact, adoptionId } = await adoption('6.A');
    await stack
      .http()
      .post(`/api/v1/adoptions/${adoptionId}/visits`)
      .set('Authorization', await as(teacher))
      .send({
        kind: 'preparation',
        location: 'Skolen',
        agenda: '',
        slots: [{ start: '2026-09-30T14:00:00+02:00', end: '2026-09-30T15:00:00+02:00' }],
      })
      .expect(201);
    stack.clock.travelTo(new Date('2026-09-09T09:00:00+02:00'));
    expect(await sweep()).toBe(0);
    stack.clock.travelTo(new Date('2026-09-10T09:00:00+02:00'));
    // The sweep tells what it sent: the nudge once, then nothing more.
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    const nudge = await stack.sink.waitFor(
      (mail) => mail.to.includes(contact.email) && mail.subject.startsWith('Venter på svar'),
    );
    expect(nudge.text).toContain('30. september');
    await settled(stack, { ignoreFutureReminders: true });
    expect(await sentOnce(contact.email, 'Venter på svar')).toBe(1);
    expect(await sentOnce(teacher.email, 'Venter på svar')).toBe(0);
  });

  it('asks coordinators and free volunteers for help with a shift short of volunteers', async () => {
    stack.clock.travelTo(new Date('2026-10-01T08:00:00+02:00'));
    const partner = await factories.partner({ name: 'Dansk Flygtningehjælp' });
    const company = await factories.company();
    const elsewhere = await factories.company();
    const coordinator = await factories.user([
      { role: Role.Coordinator, organisationId: partner.id },
    ]);
    const signedUp = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
    const free = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
    const other = await factories.user([{ role: Role.Volunteer, organisationId: elsewhere.id }]);
    const programme = await stack
      .http()
      .post('/api/v1/programmes')
      .set('Authorization', await as(coordinator))
      .send({
        partnerId: partner.id,
        title: 'Lektiehjælp',
        location: 'Klubhuset',
        timezone: 'Europe/Copenhagen',
        companyIds: [company.id],
        coordinatorIds: [coordinator.id],
        schedule: { weekdays: [3], startTime: '16:00', endTime: '18:00', startsOn: '2026-10-01' },
        capacity: { min: 2, max: 4 },
      })
      .expect(201);
    const shifts = await stack
      .http()
      .get(`/api/v1/programmes/${programme.body.id}/shifts`)
      .set('Authorization', await as(coordinator))
      .expect(200);
    await stack
      .http()
      .post(`/api/v1/shifts/${shifts.body.items[0].id}/signups`)
      .set('Authorization', await as(signedUp))
      .expect(201);

    // Wednesday 7 October at 16:00 is 55 hours away: not yet. At 46 hours it is.
    await sweep();
    stack.clock.travelTo(new Date('2026-10-05T18:00:00+02:00'));
    await sweep();
    await sweep();
    const expected =
      'Mangler frivillige: Dansk Flygtningehjælp onsdag 7. oktober kl. 16.00–18.00 (1 af 2)';
    await stack.sink.waitFor(
      (mail) => mail.to.includes(coordinator.email) && mail.subject === expected,
    );
    await stack.sink.waitFor((mail) => mail.to.includes(free.email) && mail.subject === expected);
    await settled(stack, { ignoreFutureReminders: true });
    expect(await sentOnce(coordinator.email, 'Mangler frivillige')).toBe(1);
    expect(await sentOnce(free.email, 'Mangler frivillige')).toBe(1);
    expect(await sentOnce(signedUp.email, 'Mangler frivillige')).toBe(0);
    expect(await sentOnce(other.email, 'Mangler frivillige')).toBe(0);
  });

  it('tells both sides when a term has six weeks left without a class visit, once', async () => {
    const waiting = await adoption('5.A');
    const planned = await adoption('5.B');
    const visit = await stack
      .http()
      .post(`/api/v1/adoptions/${planned.adoptionId}/visits`)
      .set('Authorization', await as(planned.teacher))
      .send({
        kind: 'class-visit',
        location: 'Firmaet',
        agenda: '',
        slots: [{ start: '2026-12-09T09:00:00+01:00', end: '2026-12-09T12:00:00+01:00' }],
      })
      .expect(201);
    await stack
      .http()
      .post(`/api/v1/visits/${visit.body.id}/confirm`)
      .set('Authorization', await as(planned.contact))
      .send({ slot: 0 })
      .expect(200);

    // Twelve weeks before the end of the term: too early.
    await sweep();
    stack.clock.travelTo(new Date('2026-11-25T10:00:00+01:00'));
    await sweep();
    await sweep();
    const mail = await stack.sink.waitFor(
      (received) =>
        received.to.includes(waiting.teacher.email) &&
        received.subject.startsWith('Intet klassebesøg endnu'),
    );
    expect(mail.subject).toBe(
      'Intet klassebesøg endnu: 5.A og Firma 5.A, efteråret slutter 31. december 2026',
    );
    await stack.sink.waitFor(
      (received) =>
        received.to.includes(waiting.contact.email) &&
        received.subject.startsWith('Intet klassebesøg endnu'),
    );
    // The confirmed visit's reminders wait in the queue for December.
    await settled(stack, { ignoreFutureReminders: true });
    expect(await sentOnce(waiting.teacher.email, 'Intet klassebesøg endnu')).toBe(1);
    expect(await sentOnce(waiting.contact.email, 'Intet klassebesøg endnu')).toBe(1);
    expect(await sentOnce(planned.teacher.email, 'Intet klassebesøg endnu')).toBe(0);
    expect(await sentOnce(planned.contact.email, 'Intet klassebesøg endnu')).toBe(0);
  });
});
