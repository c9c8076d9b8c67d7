import { Job } from 'bullmq';
import { JobName, JobQueue, jobId, QueueName } from '@app/messaging';
import { adoptClass, bearer, runProgramme, shiftsOf } from './support/scenarios';
import { deliveriesTo, settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

// The visits and the shift are on Wednesday 7 October 2026 at 09:00 in Copenhagen, so their
// one-day reminders fall due at 09:00 on the 6th. The clock starts ten minutes before that, room
// enough for start-up and set-up on a busy machine; the test then moves it on to the due time.
// The seven-day reminders of those visits fell due on 30 September, before anything was
// confirmed; a visit on Tuesday 13 October has its seven-day reminder due at the same 09:00.
const DUE = new Date('2026-10-06T09:00:00+02:00');
const CLOCK_START = new Date(DUE.getTime() - 10 * 60_000);
const VISIT = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };
const WEEK_AHEAD = { start: '2026-10-13T09:00:00+02:00', end: '2026-10-13T12:00:00+02:00' };
/** How far apart the job's due time and the message's may be: the relay's own running time. */
const TOLERANCE_MS = 1_000;

describe('reminders', () => {
  let stack: TestStack;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: CLOCK_START });
  });
  afterAll(() => stack.stop());

  async function confirmedVisit(label: string, slot = VISIT) {
    const { teacher, contact, adoptionId } = await adoptClass(stack, {
      label,
      companyName: `Virksomhed ${label}`,
    });
    const visit = await stack
      .http()
      .post(`/api/v1/adoptions/${adoptionId}/visits`)
      .set('Authorization', await as(teacher))
      .send({ kind: 'class-visit', location: 'Fabrikken', agenda: '', slots: [slot] })
      .expect(201);
    await stack
      .http()
      .post(`/api/v1/visits/${visit.body.id}/confirm`)
      .set('Authorization', await as(contact))
      .send({ slot: 0 })
      .expect(200);
    return { teacher, contact, visitId: visit.body.id as string };
  }

  /** The reminders written so far, with the render job the relay queued for each. */
  async function queuedReminders(): Promise<
    { id: string; dueAt: Date; relayedAt: Date; job: Job }[]
  > {
    const rows = await stack.dataSource.query<{ id: string; due_at: Date; relayed_at: Date }[]>(
      `SELECT id, due_at, relayed_at FROM messages
       WHERE template IN ('visit.reminder', 'shift.reminder') ORDER BY due_at, id`,
    );
    const queue = stack.api.get(JobQueue, { strict: false }).queue(QueueName.Mail);
    return Promise.all(
      rows.map(async (row) => {
        const job = await queue.getJob(jobId(JobName.RenderMail, row.id));
        if (!job) throw new Error(`No render job for reminder ${row.id}`);
        return { id: row.id, dueAt: row.due_at, relayedAt: row.relayed_at, job };
      }),
    );
  }

  it('reminds when due, once, and never of a visit that moved or was cancelled', async () => {
    const kept = await confirmedVisit('7.A');
    const moved = await confirmedVisit('7.B');
    const cancelled = await confirmedVisit('7.C');
    const weekAhead = await confirmedVisit('7.D', WEEK_AHEAD);

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

    // A volunteer's place on a Wednesday shift at 09:00 is reminded of at the same time; a place
    // given up before then is not.
    const club = await runProgramme(stack, {
      title: 'Morgenmad i klubben',
      startTime: '09:00',
      endTime: '11:00',
      startsOn: '2026-10-07',
      capacity: { min: 1, max: 2 },
    });
    const volunteer = await club.volunteer();
    const quitter = await club.volunteer();
    const [shift] = await shiftsOf(stack, club.programmeId, volunteer);
    for (const person of [volunteer, quitter]) {
      await stack
        .http()
        .post(`/api/v1/shifts/${shift.id}/signups`)
        .set('Authorization', await as(person))
        .expect(201);
    }
    await stack
      .http()
      .delete(`/api/v1/shifts/${shift.id}/signups/me`)
      .set('Authorization', await as(quitter))
      .expect(200);

    // Everything but the reminders is through; they wait in the queue for their due time.
    await settled(stack, { ignoreFutureReminders: true });
    if (stack.clock.nowMs() >= DUE.getTime()) {
      throw new Error(
        `Set-up ran past the reminders' due time (${stack.clock.now().toISOString()}): give it more room`,
      );
    }
    const isReminder = (address: string) => (mail: { to: string[]; subject: string }) =>
      mail.to.includes(address) && mail.subject.startsWith('Påmindelse');
    expect(stack.sink.received.filter((mail) => mail.subject.startsWith('Påmindelse'))).toEqual([]);

    // Each reminder waits as a delayed job whose delay is its due time less the time it was
    // relayed: in application time, added + delay = due.
    const reminders = await queuedReminders();
    // 7.A, 7.B (old and new) and 7.C: two people each; 7.D: two, twice; two shift places.
    expect(reminders).toHaveLength(2 * 4 + 2 * 2 + 2);
    const offsetMs = stack.clock.nowMs() - Date.now();
    for (const reminder of reminders) {
      expect(await reminder.job.getState()).toBe('delayed');
      expect(reminder.job.attemptsMade).toBe(0);
      const { delay, timestamp } = reminder.job;
      expect(Math.abs(timestamp + offsetMs + delay - reminder.dueAt.getTime())).toBeLessThan(
        TOLERANCE_MS,
      );
      expect(
        Math.abs(delay - (reminder.dueAt.getTime() - reminder.relayedAt.getTime())),
      ).toBeLessThan(TOLERANCE_MS);
    }

    // The due time comes: the clock moves on to it, and the jobs due then are released as the
    // queue would release them once their delay, checked above, has passed in real time.
    stack.clock.travelTo(DUE);
    const due = reminders.filter((reminder) => reminder.dueAt.getTime() <= DUE.getTime());
    expect(due).toHaveLength(2 * 3 + 2 + 2);
    await Promise.all(due.map((reminder) => reminder.job.promote()));

    const reminder = await stack.sink.waitFor(isReminder(kept.teacher.email));
    expect(reminder.subject).toBe(
      'Påmindelse: klassebesøg hos Virksomhed 7.A i morgen, onsdag 7. oktober kl. 9.00–12.00',
    );
    const weekly = await stack.sink.waitFor(isReminder(weekAhead.teacher.email));
    expect(weekly.subject).toMatch(/^Påmindelse: klassebesøg hos Virksomhed 7\.D .*13\. oktober/);
    const shiftReminder = await stack.sink.waitFor(isReminder(volunteer.email));
    expect(shiftReminder.subject).toContain('i morgen, onsdag 7. oktober kl. 9.00–11.00');

    // Once nothing is under way (the moved visit's and 7.D's one-day reminders still wait for
    // their days): one mail and one sent delivery to each person reminded, none to the others.
    await settled(stack, { ignoreFutureReminders: true });
    const remindersTo = async (address: string) => ({
      mails: stack.sink.received.filter(isReminder(address)).length,
      deliveries: (await deliveriesTo(stack, address))
        .filter((row) => row.subject.startsWith('Påmindelse'))
        .map((row) => row.status),
    });
    for (const address of [
      kept.teacher.email,
      kept.contact.email,
      weekAhead.teacher.email,
      weekAhead.contact.email,
      volunteer.email,
    ]) {
      expect({ address, ...(await remindersTo(address)) }).toEqual({
        address,
        mails: 1,
        deliveries: ['sent'],
      });
    }
    for (const address of [
      moved.teacher.email,
      moved.contact.email,
      cancelled.teacher.email,
      cancelled.contact.email,
      quitter.email,
    ]) {
      expect({ address, ...(await remindersTo(address)) }).toEqual({
        address,
        mails: 0,
        deliveries: [],
      });
    }
    // The seven-day reminders of the visits on the 7th were already past when they were
    // confirmed: only 7.D's were written.
    const [written] = await stack.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM messages
       WHERE template = 'visit.reminder' AND (params ->> 'daysBefore')::int = 7`,
    );
    expect(written.n).toBe(2);
  });
});
