import type { Response } from 'supertest';
import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { parseFeed } from './support/calendar';
import {
  adoptClass,
  apiCaller,
  propose,
  runProgramme,
  shiftsOf,
  signUp,
} from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

/**
 * A feed's validator comes from a version of the person's calendar that the database bumps with
 * every change a feed shows (the calendar-versions migration). Each change that shows is made
 * here once, and must give the people who see it a new feed, with the change in it, and leave
 * everyone else's poll at 304.
 */
describe('calendar feed versions', () => {
  let stack: TestStack;
  let call: ReturnType<typeof apiCaller>;

  beforeAll(async () => {
    stack = await startTestStack({
      worker: false,
      clockStart: new Date('2026-09-01T08:00:00+02:00'),
    });
    call = apiCaller(stack);
  });
  afterAll(() => stack.stop());

  /** The API's answer, which must be 200 (or the test shows what it was instead). */
  async function ok(answer: Promise<Response>): Promise<Response> {
    const response = await answer;
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({
      status: 200,
    });
    return response;
  }

  async function feedOf(user: { id: string }): Promise<string> {
    const response = await ok(call(user, 'get', '/me/calendar'));
    return new URL(response.body.feedUrl as string).pathname;
  }

  /** Each feed as its calendar app last fetched it. */
  const seen = new Map<string, { etag: string; text: string }>();
  async function fetchFeed(path: string) {
    const response = await stack.http().get(path).expect(200);
    seen.set(path, { etag: response.headers.etag, text: response.text });
    return response.text;
  }

  /** Polls as a calendar app would (Node's fetch sends `Cache-Control: no-cache` too). */
  async function poll(path: string): Promise<string> {
    const response = await stack
      .http()
      .get(path)
      .set('If-None-Match', seen.get(path)!.etag)
      .set('Cache-Control', 'no-cache');
    if (response.status === 304) return 'unchanged';
    expect(response.status).toBe(200);
    expect(response.headers.etag).not.toBe(seen.get(path)!.etag);
    seen.set(path, { etag: response.headers.etag, text: response.text });
    return response.text;
  }

  async function expectChange(
    change: () => Promise<unknown>,
    { shown, unchanged = [] }: { shown: [path: string, text: RegExp][]; unchanged?: string[] },
  ): Promise<void> {
    await change();
    for (const [path, text] of shown) expect(await poll(path)).toMatch(text);
    for (const path of unchanged) expect(await poll(path)).toBe('unchanged');
  }

  it('gives a new feed to each person who sees a visit change, and to nobody else', async () => {
    const { teacher, contact, adoptionId, classId } = await adoptClass(stack, {
      companyName: 'Danfoss',
      schoolName: 'Nørremarkskolen',
      label: '7.B',
    });
    const stranger = (await adoptClass(stack)).teacher;
    const [teacherFeed, contactFeed, strangerFeed] = await Promise.all(
      [teacher, contact, stranger].map(feedOf),
    );
    for (const path of [teacherFeed, contactFeed, strangerFeed]) await fetchFeed(path);
    expect(await poll(teacherFeed)).toBe('unchanged');
    const both = (text: RegExp): [string, RegExp][] => [
      [teacherFeed, text],
      [contactFeed, text],
    ];

    let visitId = '';
    await expectChange(
      async () => {
        visitId = (
          await propose(stack, contact, adoptionId, [
            { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' },
          ])
        ).id;
      },
      { shown: both(/STATUS:TENTATIVE/), unchanged: [strangerFeed] },
    );
    await expectChange(() => ok(call(teacher, 'post', `/visits/${visitId}/confirm`, { slot: 0 })), {
      shown: both(/STATUS:CONFIRMED/),
      unchanged: [strangerFeed],
    });

    // Names the feed prints, changed wherever they are changed.
    const rename = (sql: string, id: string) => stack.dataSource.query(sql, [id]);
    await expectChange(
      () =>
        rename(
          `UPDATE companies SET name = 'Danfoss A/S' WHERE id = (SELECT company_id FROM adoptions WHERE id = $1)`,
          adoptionId,
        ),
      { shown: both(/Danfoss A\/S/), unchanged: [strangerFeed] },
    );
    await expectChange(
      () =>
        rename(
          `UPDATE schools SET name = 'Nørremarkens Skole' WHERE id = (SELECT school_id FROM classes WHERE id = $1)`,
          classId,
        ),
      { shown: both(/Nørremarkens Skole/), unchanged: [strangerFeed] },
    );
    // The feed writes the visit's times in the school's zone.
    await expectChange(
      () =>
        rename(
          `UPDATE schools SET timezone = 'Europe/Oslo' WHERE id = (SELECT school_id FROM classes WHERE id = $1)`,
          classId,
        ),
      { shown: both(/DTSTART;TZID=Europe\/Oslo:20261007T090000/), unchanged: [strangerFeed] },
    );
    await expectChange(() => rename(`UPDATE classes SET label = '7.C' WHERE id = $1`, classId), {
      shown: both(/7\.C/),
      unchanged: [strangerFeed],
    });
    // A change that prints nothing leaves every feed as it was.
    await expectChange(() => rename(`UPDATE classes SET pupils = 21 WHERE id = $1`, classId), {
      shown: [],
      unchanged: [teacherFeed, contactFeed],
    });

    // A colleague made a host sees it; a second teacher of the class sees it.
    const factories = new Factories(stack.dataSource);
    const [companyId] = (
      await stack.dataSource.query(`SELECT company_id FROM adoptions WHERE id = $1`, [adoptionId])
    ).map((row: { company_id: string }) => row.company_id);
    const colleague = await factories.user([{ role: Role.Contact, organisationId: companyId }]);
    const colleagueFeed = await feedOf(colleague);
    expect(await fetchFeed(colleagueFeed)).not.toContain(visitId);
    await expectChange(
      () => ok(call(contact, 'put', `/visits/${visitId}/hosts`, { hostIds: [colleague.id] })),
      // The visit's sequence moves on for its sides too.
      {
        shown: [[colleagueFeed, new RegExp(visitId)], ...both(/SEQUENCE:/)],
        unchanged: [strangerFeed],
      },
    );
    const [schoolId] = (
      await stack.dataSource.query(`SELECT school_id FROM classes WHERE id = $1`, [classId])
    ).map((row: { school_id: string }) => row.school_id);
    const secondTeacher = await factories.user([{ role: Role.Teacher, organisationId: schoolId }]);
    const secondTeacherFeed = await feedOf(secondTeacher);
    expect(await fetchFeed(secondTeacherFeed)).not.toContain(visitId);
    await expectChange(
      () =>
        stack.dataSource.query(`INSERT INTO class_teachers (class_id, user_id) VALUES ($1, $2)`, [
          classId,
          secondTeacher.id,
        ]),
      { shown: [[secondTeacherFeed, new RegExp(visitId)]], unchanged: [teacherFeed] },
    );

    // The person's own name and language are in the feed too.
    await expectChange(() => ok(call(teacher, 'patch', '/me', { locale: 'en' })), {
      shown: [[teacherFeed, /Partnerships:/]],
      unchanged: [contactFeed],
    });

    await expectChange(
      () => ok(call(teacher, 'post', `/visits/${visitId}/cancel`, { reason: 'Sygdom' })),
      {
        shown: [...both(/STATUS:CANCELLED/), [colleagueFeed, /STATUS:CANCELLED/]],
        unchanged: [strangerFeed],
      },
    );
  });

  it('gives a volunteer a new feed when their place, its shift or its programme changes', async () => {
    const club = await runProgramme(stack, { startsOn: '2026-09-02', partnerName: 'Røde Kors' });
    const volunteer = await club.volunteer();
    const other = await club.volunteer();
    const [volunteerFeed, otherFeed] = await Promise.all([volunteer, other].map(feedOf));
    for (const path of [volunteerFeed, otherFeed]) await fetchFeed(path);
    const [first, second] = await shiftsOf(stack, club.programmeId, volunteer);

    await expectChange(() => signUp(stack, volunteer, first.id).then((r) => r.status), {
      shown: [[volunteerFeed, new RegExp(`shift-${first.id}`)]],
      unchanged: [otherFeed],
    });
    await expectChange(() => signUp(stack, other, second.id).then((r) => r.status), {
      shown: [[otherFeed, new RegExp(`shift-${second.id}`)]],
      unchanged: [volunteerFeed],
    });
    await expectChange(
      () =>
        stack.dataSource.query(`UPDATE programmes SET title = 'Lektiecafé' WHERE id = $1`, [
          club.programmeId,
        ]),
      {
        shown: [
          [volunteerFeed, /Lektiecafé/],
          [otherFeed, /Lektiecafé/],
        ],
      },
    );
    await expectChange(
      () =>
        stack.dataSource.query(`UPDATE programmes SET timezone = 'Europe/Oslo' WHERE id = $1`, [
          club.programmeId,
        ]),
      {
        shown: [
          [volunteerFeed, /DTSTART;TZID=Europe\/Oslo:/],
          [otherFeed, /DTSTART;TZID=Europe\/Oslo:/],
        ],
      },
    );
    await expectChange(
      () =>
        stack.dataSource.query(
          `UPDATE partners SET name = 'Dansk Røde Kors' WHERE id = (SELECT partner_id FROM programmes WHERE id = $1)`,
          [club.programmeId],
        ),
      {
        shown: [
          [volunteerFeed, /Dansk Røde Kors/],
          [otherFeed, /Dansk Røde Kors/],
        ],
      },
    );
    await expectChange(
      () => ok(call(club.coordinator, 'post', `/shifts/${first.id}/cancel`, { reason: 'Lukket' })),
      { shown: [[volunteerFeed, /STATUS:CANCELLED/]], unchanged: [otherFeed] },
    );
    await expectChange(() => ok(call(other, 'delete', `/shifts/${second.id}/signups/me`)), {
      shown: [[otherFeed, /STATUS:CANCELLED/]],
      unchanged: [volunteerFeed],
    });
  });

  it('moves the window a day at a time: a new day gives a new validator', async () => {
    const { teacher } = await adoptClass(stack);
    const path = await feedOf(teacher);
    const text = await fetchFeed(path);
    expect(parseFeed(text).events).toEqual([]);
    expect(await poll(path)).toBe('unchanged');
    stack.clock.travelTo(new Date(stack.clock.nowMs() + 86_400_000));
    expect(await poll(path)).not.toBe('unchanged');
  });
});
