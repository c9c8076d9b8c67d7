import { expandWithPython } from '@app/testing/expand-calendar';
import { Role } from '@app/core';
import { ShiftMaterialiser } from '@app/core/volunteering/shift-materialiser.service';
import { Factories, ReceivedMail, wednesdays as wednesdaysIn } from '@app/testing';
import {
  calendarTextIn,
  expandCalendar,
  invitationIn,
  Occurrence,
  parseFeed,
} from './support/calendar';
import { releaseRemindersDueBy } from './support/due-reminders';
import { ok } from './support/responses';
import { apiCaller, runProgramme, shiftsOf, signUp } from './support/scenarios';
import { settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

// A Wednesday club in Copenhagen from 17 February to 10 November 2027, closed in the Easter
// week (14 April) and the autumn holiday (20 October), across both daylight-saving changes (28
// March and 31 October). "Now" is Monday 15 February 2027; shifts are made 12 weeks ahead, so the
// autumn holiday lies beyond them and is an exception of the series from the closed days alone.
const ZONE = 'Europe/Copenhagen';
const CLOCK_START = new Date('2027-02-15T08:00:00+01:00');
const PROGRAMME = {
  startsOn: '2027-02-17',
  endsOn: '2027-11-10',
  closedDates: [
    { from: '2027-04-12', to: '2027-04-18', label: 'Påskeferie' },
    { from: '2027-10-18', to: '2027-10-22', label: 'Efterårsferie' },
  ],
};
/** Far enough to read every series to its end, or to where one that runs on is cut. */
const LIMIT = new Date('2028-01-01T00:00:00Z');

/** The Wednesdays from `from` to `until` but `excluded`, at a local time in Copenhagen. */
const wednesdays = (
  from: string,
  until: string,
  excluded: string[],
  localTimes?: [start: string, end: string],
) => wednesdaysIn(ZONE, from, until, excluded, localTimes);

const times = (occurrences: Occurrence[]) => occurrences.map(({ start, end }) => ({ start, end }));

/**
 * What a calendar app shows of one event after reading the invitations in the order of their
 * SEQUENCE, as iTIP (RFC 5546) has it: a REQUEST of the whole series replaces it, exceptions and
 * all; a CANCEL naming one day (RECURRENCE-ID) takes that day out; a CANCEL of the whole series
 * takes it all.
 */
function mailboxCalendar(mails: ReceivedMail[], uid: string): { start: string; end: string }[] {
  const messages = mails
    .map((mail) => ({ mail, invitation: invitationIn(mail) }))
    .filter(({ invitation }) => invitation.uid === uid)
    .sort((a, b) => a.invitation.sequence - b.invitation.sequence);
  let series: string | null = null;
  let cancelled = new Set<string>();
  for (const { mail, invitation } of messages) {
    if (invitation.recurrenceId === null) {
      series = invitation.method === 'REQUEST' ? calendarTextIn(mail) : null;
      cancelled = new Set();
    } else if (invitation.method === 'CANCEL') {
      cancelled.add(invitation.recurrenceId);
    } else {
      throw new Error(`An update of one day that this test does not expect: ${mail.subject}`);
    }
  }
  if (series === null) return [];
  return times(expandCalendar(series, LIMIT).filter(({ start }) => !cancelled.has(start)));
}

describe('a standing commitment in calendars', () => {
  let stack: TestStack;
  let call: ReturnType<typeof apiCaller>;

  // A stack each: every test starts on 15 February, and the clock only moves forward.
  beforeEach(async () => {
    stack = await startTestStack({ clockStart: CLOCK_START });
    call = apiCaller(stack);
  });
  afterEach(() => stack.stop());

  const calendarMailsTo = (address: string) =>
    stack.sink.received.filter(
      (mail) =>
        mail.to.includes(address) &&
        mail.parsed.attachments.some((part) => part.contentType.startsWith('text/calendar')),
    );

  async function feedOf(user: { id: string }): Promise<string> {
    const urls = ok(await call(user, 'get', '/me/calendar'), 200);
    const path = new URL(urls.feedUrl as string).pathname;
    return (await stack.http().get(path).expect(200)).text;
  }

  it('is one invitation for the whole series, in the club’s zone, and the feed shows the same days', async () => {
    const club = await runProgramme(stack, { ...PROGRAMME, partnerName: 'Fritidsklubben' });
    const volunteer = await club.volunteer();
    ok(await call(volunteer, 'post', `/programmes/${club.programmeId}/commitments`), 201);
    await settled(stack, { ignoreFutureReminders: true });

    // Twelve weeks of shifts made, one of them in the Easter week's place: eleven places, and
    // one mail with one invitation for them all.
    const shifts = await shiftsOf(stack, club.programmeId, volunteer);
    expect(shifts.map((shift) => shift.date)).toHaveLength(11);
    const mails = stack.sink.received.filter((mail) => mail.to.includes(volunteer.email));
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Fast frivillig i Fritidsklubben: onsdage kl. 16.00–18.00',
    ]);
    expect(calendarMailsTo(volunteer.email)).toHaveLength(1);
    const started = invitationIn(mails[0]);
    expect(started).toMatchObject({
      method: 'REQUEST',
      start: '2027-02-17T15:00:00.000Z',
      end: '2027-02-17T17:00:00.000Z',
      rrule: expect.stringMatching(/^FREQ=WEEKLY;.*BYDAY=WE/),
      recurrenceId: null,
    });
    const text = calendarTextIn(mails[0]);
    expect(text).toMatch(/^DTSTART;TZID=Europe\/Copenhagen:20270217T160000\r?$/m);
    expect(text).toMatch(/^BEGIN:VTIMEZONE\r?$/m);

    // The coordinator cancels 31 March, just after the change to summer time: that day only.
    const march31 = shifts.find((shift) => shift.date === '2027-03-31')!;
    ok(
      await call(club.coordinator, 'post', `/shifts/${march31.id}/cancel`, { reason: 'Lukket' }),
      200,
    );
    await settled(stack, { ignoreFutureReminders: true });
    const cancellation = calendarMailsTo(volunteer.email).find((mail) =>
      mail.subject.startsWith('Aflyst'),
    )!;
    expect(invitationIn(cancellation)).toMatchObject({
      method: 'CANCEL',
      uid: started.uid,
      recurrenceId: '2027-03-31T14:00:00.000Z',
      sequence: started.sequence + 1,
    });
    expect(calendarMailsTo(volunteer.email)).toHaveLength(2);

    // Every held Wednesday at 16:00–18:00 local time, in winter and in summer time.
    const held = wednesdays(PROGRAMME.startsOn, PROGRAMME.endsOn, [
      '2027-03-31',
      '2027-04-14',
      '2027-10-20',
    ]);
    expect(held).toHaveLength(36);
    expect(held).toContainEqual({
      start: '2027-03-24T15:00:00.000Z',
      end: '2027-03-24T17:00:00.000Z',
    });
    expect(held).toContainEqual({
      start: '2027-04-07T14:00:00.000Z',
      end: '2027-04-07T16:00:00.000Z',
    });
    expect(held[held.length - 1]).toEqual({
      start: '2027-11-10T15:00:00.000Z',
      end: '2027-11-10T17:00:00.000Z',
    });

    // The mailbox, read with ical.js as a calendar app would apply the two messages…
    expect(mailboxCalendar(calendarMailsTo(volunteer.email), started.uid)).toEqual(held);
    // …and the feed: the same event, with the same days.
    const feed = await feedOf(volunteer);
    const { events } = parseFeed(feed);
    expect(events.map((event) => event.uid)).toEqual([started.uid]);
    expect(times(expandCalendar(feed, LIMIT))).toEqual(held);

    // A second, independent reader agrees on every occurrence of both.
    expect(times(expandWithPython(feed, LIMIT))).toEqual(held);
    const byPython = times(expandWithPython(text, LIMIT));
    expect(byPython.filter(({ start }) => start !== '2027-03-31T14:00:00.000Z')).toEqual(held);

    // A reminder still comes the day before each held Wednesday, and none for the cancelled one.
    await releaseRemindersDueBy(stack, new Date('2027-03-30T16:00:00+02:00'));
    await settled(stack, { ignoreFutureReminders: true });
    const reminders = stack.sink.received
      .filter((mail) => mail.to.includes(volunteer.email) && mail.subject.startsWith('Påmindelse'))
      .map((mail) => /i morgen, onsdag (\d+\. \w+)/.exec(mail.subject)?.[1])
      .sort();
    expect(reminders).toEqual(
      ['17. februar', '24. februar', '3. marts', '10. marts', '17. marts', '24. marts'].sort(),
    );
  });

  it('keeps the invitations and the feed agreeing through a waiting list, a day given up, a new time and the end', async () => {
    const club = await runProgramme(stack, {
      ...PROGRAMME,
      partnerName: 'Drengeklubben',
      capacity: { min: 1, max: 1 },
    });
    const [committed, early] = [await club.volunteer(), await club.volunteer()];
    const shifts = await shiftsOf(stack, club.programmeId, committed);
    const on = (date: string) => shifts.find((shift) => shift.date === date)!;
    ok(await signUp(stack, early, on('2027-03-10').id), 201);

    const started = ok(
      await call(committed, 'post', `/programmes/${club.programmeId}/commitments`),
      201,
    );
    expect(started).toMatchObject({ confirmed: 10, waitlisted: 1 });
    const agree = async (expected: { start: string; end: string }[]) => {
      await settled(stack, { ignoreFutureReminders: true });
      const mails = calendarMailsTo(committed.email);
      const uid = invitationIn(mails[0]).uid;
      const feed = await feedOf(committed);
      expect(mailboxCalendar(mails, uid)).toEqual(expected);
      expect(times(expandCalendar(feed, LIMIT).filter((o) => o.uid === uid))).toEqual(expected);
      expect(times(expandWithPython(feed, LIMIT).filter((o) => o.uid === uid))).toEqual(expected);
      return mails;
    };
    const closed = ['2027-04-14', '2027-10-20'];

    // On the waiting list for 10 March: that day is left out of the series.
    let mails = await agree(
      wednesdays(PROGRAMME.startsOn, PROGRAMME.endsOn, [...closed, '2027-03-10']),
    );
    expect(mails).toHaveLength(1);

    // The place frees up: the series comes again with 10 March in it.
    ok(await call(early, 'delete', `/shifts/${on('2027-03-10').id}/signups/me`), 200);
    mails = await agree(wednesdays(PROGRAMME.startsOn, PROGRAMME.endsOn, closed));
    expect(mails.map((mail) => invitationIn(mail).method)).toEqual(['REQUEST', 'REQUEST']);

    // The volunteer gives up 17 March: that day only goes.
    ok(await call(committed, 'delete', `/shifts/${on('2027-03-17').id}/signups/me`), 200);
    mails = await agree(
      wednesdays(PROGRAMME.startsOn, PROGRAMME.endsOn, [...closed, '2027-03-17']),
    );
    expect(invitationIn(mails[2])).toMatchObject({
      method: 'CANCEL',
      recurrenceId: '2027-03-17T15:00:00.000Z',
    });

    // The club moves to 16:30: one update of the series (same UID, higher SEQUENCE), from today,
    // and the commitment holds every new shift (17 March given up was a 16:00 shift).
    ok(
      await call(club.coordinator, 'patch', `/programmes/${club.programmeId}`, {
        schedule: {
          weekdays: [3],
          startTime: '16:30',
          endTime: '18:30',
          startsOn: PROGRAMME.startsOn,
          endsOn: PROGRAMME.endsOn,
        },
      }),
      200,
    );
    mails = await agree(
      wednesdays(PROGRAMME.startsOn, PROGRAMME.endsOn, closed, ['16:30', '18:30']),
    );
    expect(mails).toHaveLength(4);
    const moved = invitationIn(mails.find((mail) => mail.subject.startsWith('Ændret plan'))!);
    expect(moved).toMatchObject({
      method: 'REQUEST',
      uid: invitationIn(mails[0]).uid,
      start: '2027-02-17T15:30:00.000Z',
      recurrenceId: null,
    });
    expect(moved.sequence).toBeGreaterThan(
      Math.max(...mails.slice(0, 3).map((mail) => invitationIn(mail).sequence)),
    );

    // Two Wednesdays later the volunteer ends it: the series now stops after 24 February.
    stack.clock.travelTo(new Date('2027-02-25T10:00:00+01:00'));
    ok(await call(committed, 'delete', `/programmes/${club.programmeId}/commitments/me`), 200);
    mails = await agree(wednesdays(PROGRAMME.startsOn, '2027-02-24', [], ['16:30', '18:30']));
    const ended = invitationIn(mails[mails.length - 1]);
    expect(ended).toMatchObject({ method: 'REQUEST', rrule: expect.stringMatching(/UNTIL=/) });
    // One mail for the end, not one per day given back.
    expect(mails).toHaveLength(5);
  });

  it('withdraws the series of a commitment that ends before it held a day', async () => {
    const club = await runProgramme(stack, { ...PROGRAMME, partnerName: 'Lektiecaféen' });
    const volunteer = await club.volunteer();
    ok(await call(volunteer, 'post', `/programmes/${club.programmeId}/commitments`), 201);
    ok(await call(volunteer, 'delete', `/programmes/${club.programmeId}/commitments/me`), 200);
    await settled(stack, { ignoreFutureReminders: true });
    const mails = calendarMailsTo(volunteer.email);
    expect(mails.map((mail) => invitationIn(mail).method)).toEqual(['REQUEST', 'CANCEL']);
    expect(mailboxCalendar(mails, invitationIn(mails[0]).uid)).toEqual([]);
    expect(parseFeed(await feedOf(volunteer)).events).toEqual([]);
  });

  it('takes out of a series, with a mail, a new day the volunteer already has another shift on', async () => {
    const first = await runProgramme(stack, { ...PROGRAMME, partnerName: 'Fodboldklubben' });
    const second = await runProgramme(stack, { ...PROGRAMME, partnerName: 'Lektiehjælpen' });
    // A volunteer of both programmes' companies.
    const volunteer = await new Factories(stack.dataSource).user([
      { role: Role.Volunteer, organisationId: first.companyId },
      { role: Role.Volunteer, organisationId: second.companyId },
    ]);
    ok(await call(volunteer, 'post', `/programmes/${first.programmeId}/commitments`), 201);
    // Every Wednesday so far is taken by the first: the second holds none of them yet.
    expect(
      ok(await call(volunteer, 'post', `/programmes/${second.programmeId}/commitments`), 201),
    ).toMatchObject({ confirmed: 0, waitlisted: 0 });

    // A week on, each programme makes 12 May: one commitment takes it, the other cannot.
    stack.clock.travelTo(new Date('2027-02-22T08:00:00+01:00'));
    await stack.api.get(ShiftMaterialiser, { strict: false }).materialiseAll();
    await settled(stack, { ignoreFutureReminders: true });
    const mails = calendarMailsTo(volunteer.email);
    const skipped = mails.filter((mail) => mail.subject.startsWith('Ikke tilmeldt'));
    expect(skipped).toHaveLength(1);
    expect(invitationIn(skipped[0])).toMatchObject({
      method: 'CANCEL',
      recurrenceId: '2027-05-12T14:00:00.000Z',
    });
    // Each Wednesday is in the calendar once, from one series or the other; the feed agrees.
    const feed = await feedOf(volunteer);
    const uids = [...new Set(mails.map((mail) => invitationIn(mail).uid))];
    expect(uids).toHaveLength(2);
    const shown = uids.flatMap((uid) => mailboxCalendar(mails, uid));
    for (const uid of uids) {
      expect(times(expandCalendar(feed, LIMIT).filter((o) => o.uid === uid))).toEqual(
        mailboxCalendar(mails, uid),
      );
    }
    const known = shown.filter(({ start }) => start <= '2027-05-13');
    expect(known.map(({ start }) => start).sort()).toEqual(
      wednesdays(PROGRAMME.startsOn, '2027-05-12', ['2027-04-14']).map(({ start }) => start),
    );
  });

  it('writes the times of a volunteer who reads another zone on their clock, the club’s beside', async () => {
    const club = await runProgramme(stack, { ...PROGRAMME, partnerName: 'Klubben' });
    const volunteer = await club.volunteer();
    ok(await call(volunteer, 'patch', '/me', { timezone: 'Europe/London', locale: 'en' }), 200);
    const [shift] = await shiftsOf(stack, club.programmeId, volunteer);
    ok(await signUp(stack, volunteer, shift.id), 201);
    ok(await call(volunteer, 'post', `/programmes/${club.programmeId}/commitments`), 201);
    await settled(stack, { ignoreFutureReminders: true });

    const mails = calendarMailsTo(volunteer.email);
    expect(mails.map((mail) => mail.subject)).toContain(
      'Volunteering at Klubben: Wednesday 17 February, 15:00–17:00 (16:00–18:00 local time)',
    );
    // The calendars keep the club's own zone; the calendar app shows them on the reader's clock.
    for (const mail of mails) {
      expect(calendarTextIn(mail)).toMatch(/^DTSTART;TZID=Europe\/Copenhagen:2027021\dT16/m);
    }
    // The place taken on its own keeps its own invitation; the commitment leaves its day out.
    const feed = await feedOf(volunteer);
    expect(feed).toMatch(/^X-WR-TIMEZONE:Europe\/London\r?$/m);
    const days = expandCalendar(feed, LIMIT).filter(({ start }) => start < '2027-03-01');
    expect(days.map(({ uid, start }) => [uid.split('-')[0], start])).toEqual([
      ['shift', '2027-02-17T15:00:00.000Z'],
      ['commitment', '2027-02-24T15:00:00.000Z'],
    ]);
  });
});
