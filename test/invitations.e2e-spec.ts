import { Locale, Role } from '@app/core';
import { Factories } from '@app/testing';
import { hasInviteAttachment, invitationIn } from './support/calendar';
import { adoptClass, bearer } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

describe('calendar invitations', () => {
  let stack: TestStack;
  let factories: Factories;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  const adoption = () =>
    adoptClass(stack, {
      schoolName: 'Kirkebakkeskolen',
      companyName: 'LEGO',
      contactLocale: Locale.English,
    });

  it('invites both sides to a confirmed visit, updates them on a new time and cancels it', async () => {
    const { teacher, contact, adoptionId } = await adoption();
    // Wednesday 21 October is summer time (+02:00); 28 October is winter time (+01:00).
    const visit = await stack
      .http()
      .post(`/api/v1/adoptions/${adoptionId}/visits`)
      .set('Authorization', await as(teacher))
      .send({
        kind: 'class-visit',
        location: 'LEGO House, Billund',
        agenda: 'Rundvisning',
        slots: [{ start: '2026-10-21T09:00:00+02:00', end: '2026-10-21T12:00:00+02:00' }],
      })
      .expect(201);
    const id = visit.body.id as string;
    await stack
      .http()
      .post(`/api/v1/visits/${id}/confirm`)
      .set('Authorization', await as(contact))
      .send({ slot: 0 })
      .expect(200);

    const toTeacher = await stack.sink.waitFor(
      (mail) => mail.to.includes(teacher.email) && mail.subject.startsWith('Klassebesøg'),
    );
    const toContact = await stack.sink.waitFor(
      (mail) => mail.to.includes(contact.email) && mail.subject.startsWith('Class visit'),
    );
    const invitation = invitationIn(toTeacher);
    expect(invitation).toMatchObject({
      method: 'REQUEST',
      uid: `visit-${id}@scheduler.test`,
      sequence: 2,
      status: 'CONFIRMED',
      start: '2026-10-21T07:00:00.000Z',
      end: '2026-10-21T10:00:00.000Z',
      summary: 'Klassebesøg hos LEGO (7.A, Kirkebakkeskolen)',
    });
    expect(invitation.organizer).toMatch(/^mailto:no-reply@partnerships\.localhost$/i);
    expect(invitation.attendees.map((attendee) => attendee.email).sort()).toEqual(
      [teacher.email, contact.email].sort(),
    );
    expect(
      invitation.attendees.every((a) => a.rsvp === 'TRUE' && a.partstat === 'NEEDS-ACTION'),
    ).toBe(true);
    expect(hasInviteAttachment(toTeacher)).toBe(true);
    expect(toTeacher.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(invitationIn(toContact)).toMatchObject({
      uid: `visit-${id}@scheduler.test`,
      summary: 'Class visit at LEGO (7.A, Kirkebakkeskolen)',
    });

    // A new time across the daylight-saving change: the same event, a higher SEQUENCE.
    await stack
      .http()
      .post(`/api/v1/visits/${id}/reschedule`)
      .set('Authorization', await as(contact))
      .send({ slots: [{ start: '2026-10-28T09:00:00+01:00', end: '2026-10-28T12:00:00+01:00' }] })
      .expect(200);
    // Until the new time is confirmed, the old one is off both calendars: the teacher's with the
    // request to answer, the contact person's (who moved it) with a notice of its own.
    const asked = await stack.sink.waitFor(
      (mail) => mail.to.includes(teacher.email) && mail.subject.startsWith('Nyt forslag'),
    );
    expect(asked.text).toContain(
      'Det aftalte tidspunkt, onsdag 21. oktober kl. 9.00–12.00, er taget ud af kalenderen',
    );
    // The mail opens the visit in the web app, not in the JSON API.
    expect(asked.text).toContain(`http://scheduler.test/visits/${id}`);
    expect(asked.text).not.toContain('/api/v1/');
    const withdrawn = await stack.sink.waitFor(
      (mail) => mail.to.includes(contact.email) && mail.subject.startsWith('Being moved'),
    );
    for (const mail of [asked, withdrawn]) {
      const off = invitationIn(mail);
      expect(off).toMatchObject({
        method: 'CANCEL',
        status: 'CANCELLED',
        uid: invitation.uid,
        start: '2026-10-21T07:00:00.000Z',
      });
      expect(off.sequence).toBeGreaterThan(invitation.sequence);
    }
    await stack
      .http()
      .post(`/api/v1/visits/${id}/confirm`)
      .set('Authorization', await as(teacher))
      .send({ slot: 0 })
      .expect(200);
    const update = invitationIn(
      await stack.sink.waitFor(
        (mail) =>
          mail.to.includes(teacher.email) &&
          mail.subject === 'Klassebesøg hos LEGO: onsdag 28. oktober kl. 9.00–12.00',
      ),
    );
    expect(update).toMatchObject({
      method: 'REQUEST',
      uid: invitation.uid,
      start: '2026-10-28T08:00:00.000Z',
      end: '2026-10-28T11:00:00.000Z',
    });
    expect(update.sequence).toBeGreaterThan(invitationIn(withdrawn).sequence);

    await stack
      .http()
      .post(`/api/v1/visits/${id}/cancel`)
      .set('Authorization', await as(teacher))
      .send({ reason: 'Klassen er på lejrskole' })
      .expect(200);
    const cancellation = invitationIn(
      await stack.sink.waitFor(
        (mail) => mail.to.includes(contact.email) && mail.subject.startsWith('Cancelled'),
      ),
    );
    expect(cancellation).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: invitation.uid,
    });
    expect(cancellation.sequence).toBeGreaterThan(update.sequence);
  });

  it('sends no invitation with a request that has no time yet', async () => {
    const { teacher, contact, adoptionId } = await adoption();
    await stack
      .http()
      .post(`/api/v1/adoptions/${adoptionId}/visits`)
      .set('Authorization', await as(teacher))
      .send({
        kind: 'preparation',
        location: 'Kirkebakkeskolen',
        agenda: '',
        slots: [{ start: '2026-10-07T14:00:00+02:00', end: '2026-10-07T15:00:00+02:00' }],
      })
      .expect(201);
    const request = await stack.sink.waitFor((mail) => mail.to.includes(contact.email));
    expect(request.parsed.attachments).toHaveLength(0);
  });

  it("invites a volunteer to a shift, and cancels it in the volunteer's calendar", async () => {
    const partner = await factories.partner({ name: 'Dansk Flygtningehjælp' });
    const company = await factories.company({ name: 'Skandia' });
    const coordinator = await factories.user([
      { role: Role.Coordinator, organisationId: partner.id },
    ]);
    const volunteer = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
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
        schedule: { weekdays: [3], startTime: '16:00', endTime: '18:00', startsOn: '2026-10-26' },
        capacity: { min: 1, max: 4 },
      })
      .expect(201);
    const shifts = await stack
      .http()
      .get(`/api/v1/programmes/${programme.body.id}/shifts`)
      .set('Authorization', await as(volunteer))
      .expect(200);
    const shift = shifts.body.items[0] as { id: string; start: string };
    // The first Wednesday after the change to winter time: 16:00 local is 15:00Z.
    expect(shift.start).toBe('2026-10-28T15:00:00.000Z');

    await stack
      .http()
      .post(`/api/v1/shifts/${shift.id}/signups`)
      .set('Authorization', await as(volunteer))
      .expect(201);
    const invitation = invitationIn(
      await stack.sink.waitFor(
        (mail) => mail.to.includes(volunteer.email) && mail.subject.startsWith('Frivillig'),
      ),
    );
    expect(invitation).toMatchObject({
      method: 'REQUEST',
      uid: `shift-${shift.id}@scheduler.test`,
      start: '2026-10-28T15:00:00.000Z',
      end: '2026-10-28T17:00:00.000Z',
    });

    // Giving up the place takes it out of the volunteer's calendar; signing up again puts it back.
    await stack
      .http()
      .delete(`/api/v1/shifts/${shift.id}/signups/me`)
      .set('Authorization', await as(volunteer))
      .expect(200);
    const signedOff = invitationIn(
      await stack.sink.waitFor(
        (mail) => mail.to.includes(volunteer.email) && mail.subject.startsWith('Afmeldt'),
      ),
    );
    expect(signedOff).toMatchObject({ method: 'CANCEL', uid: invitation.uid, status: 'CANCELLED' });
    expect(signedOff.sequence).toBeGreaterThan(invitation.sequence);
    await stack
      .http()
      .post(`/api/v1/shifts/${shift.id}/signups`)
      .set('Authorization', await as(volunteer))
      .expect(201);
    const again = invitationIn(
      await stack.sink.waitFor(
        (mail) =>
          mail.to.includes(volunteer.email) &&
          mail.subject.startsWith('Frivillig') &&
          invitationIn(mail).sequence > signedOff.sequence,
      ),
    );
    expect(again).toMatchObject({ method: 'REQUEST', uid: invitation.uid });

    await stack
      .http()
      .post(`/api/v1/shifts/${shift.id}/cancel`)
      .set('Authorization', await as(coordinator))
      .send({ reason: 'Klubben er lukket' })
      .expect(200);
    const cancellation = invitationIn(
      await stack.sink.waitFor(
        (mail) => mail.to.includes(volunteer.email) && mail.subject.startsWith('Aflyst'),
      ),
    );
    expect(cancellation).toMatchObject({
      method: 'CANCEL',
      uid: invitation.uid,
      status: 'CANCELLED',
    });
    expect(cancellation.sequence).toBeGreaterThan(invitation.sequence);
  });
});
