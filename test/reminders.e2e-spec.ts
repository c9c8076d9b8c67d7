import { adoptClass, bearer, runProgramme, shiftsOf } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// The visits and the shift are on Wednesday 7 October 2026 at 09:00 in Copenhagen, so their
// one-day reminders fall due at 09:00 on the 6th: a few seconds after this clock starts. The
// seven-day reminders fell due on 30 September, before anything was confirmed.
const CLOCK_START = new Date('2026-10-06T08:59:50+02:00');
const DUE = new Date('2026-10-06T09:00:00+02:00');
const VISIT = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };

describe('reminders', () => {
  let stack: TestStack;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: CLOCK_START });
  });
  afterAll(() => stack.stop());

  async function confirmedVisit(label: string) {
    const { teacher, contact, adoptionId } = await adoptClass(stack, {
      label,
      companyName: `Virksomhed ${label}`,
    });
    const visit = await stack
      .http()
      .post(`/api/v1/adoptions/${adoptionId}/visits`)
      .set('Authorization', await as(teacher))
      .send({ kind: 'class-visit', location: 'Fabrikken', agenda: '', slots: [VISIT] })
      .expect(201);
    await stack
      .http()
      .post(`/api/v1/visits/${visit.body.id}/confirm`)
      .set('Authorization', await as(contact))
      .send({ slot: 0 })
      .expect(200);
    return { teacher, contact, visitId: visit.body.id as string };
  }

  it('reminds when due, once, and never of a visit that moved or was cancelled', async () => {
    const kept = await confirmedVisit('7.A');
    const moved = await confirmedVisit('7.B');
    const cancelled = await confirmedVisit('7.C');

    // Moved to Thursday: its reminder for Wednesday is void; the new one is due a day later.
    await stack
      .http()
      .post(`/api/v1/visits/${moved.visitId}/reschedule`)
      .set('Authorization', await as(moved.contact))
      .send({ slots: [{ start: '2026-10-08T09:00:00+02:00', end: '2026-10-08T12:00:00+02:00' }] })
      .expect(200);
    await stack
      .http()
      .post(`/api/v1/visits/${moved.visitId}/confirm`)
      .set('Authorization', await as(moved.teacher))
      .send({ slot: 0 })
      .expect(200);
    await stack
      .http()
      .post(`/api/v1/visits/${cancelled.visitId}/cancel`)
      .set('Authorization', await as(cancelled.teacher))
      .send({ reason: 'Aflyst' })
      .expect(200);

    // A volunteer's place on a Wednesday shift at 09:00 is reminded of at the same time.
    const club = await runProgramme(stack, {
      title: 'Morgenmad i klubben',
      startTime: '09:00',
      endTime: '11:00',
      startsOn: '2026-10-07',
      capacity: { min: 1, max: 2 },
    });
    const volunteer = await club.volunteer();
    const [shift] = await shiftsOf(stack, club.programmeId, volunteer);
    await stack
      .http()
      .post(`/api/v1/shifts/${shift.id}/signups`)
      .set('Authorization', await as(volunteer))
      .expect(201);

    const isReminder = (address: string) => (mail: { to: string[]; subject: string }) =>
      mail.to.includes(address) && mail.subject.startsWith('Påmindelse');
    expect(stack.sink.received.filter(isReminder(kept.teacher.email))).toHaveLength(0);

    const reminder = await stack.sink.waitFor(isReminder(kept.teacher.email), 20_000);
    expect(stack.clock.nowMs()).toBeGreaterThanOrEqual(DUE.getTime());
    expect(reminder.subject).toBe(
      'Påmindelse: klassebesøg hos Virksomhed 7.A i morgen, onsdag 7. oktober kl. 9.00–12.00',
    );
    await stack.sink.waitFor(isReminder(kept.contact.email));
    const shiftReminder = await stack.sink.waitFor(isReminder(volunteer.email));
    expect(shiftReminder.subject).toContain('i morgen, onsdag 7. oktober kl. 9.00–11.00');

    // Time for anything void to have been (wrongly) sent.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const address of [kept.teacher.email, kept.contact.email, volunteer.email]) {
      expect(stack.sink.received.filter(isReminder(address))).toHaveLength(1);
    }
    for (const address of [
      moved.teacher.email,
      moved.contact.email,
      cancelled.teacher.email,
      cancelled.contact.email,
    ]) {
      expect(stack.sink.received.filter(isReminder(address))).toHaveLength(0);
    }
    // The seven-day reminders were already past when the visits were confirmed.
    const [written] = await stack.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM messages
       WHERE template = 'visit.reminder' AND (params ->> 'daysBefore')::int = 7`,
    );
    expect(written.n).toBe(0);
  });
});
