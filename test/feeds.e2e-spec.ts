import { get, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { expandCalendar, parseFeed } from './support/calendar';
import { startTestStack, TestStack } from './support/test-stack';
import {
  adoptClass,
  bearer,
  propose as proposeVisit,
  runProgramme,
  shiftsOf,
} from './support/scenarios';

describe('personal calendar feeds', () => {
  let stack: TestStack;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({
      worker: false,
      clockStart: new Date('2026-09-01T08:00:00+02:00'),
    });
  });
  afterAll(() => stack.stop());

  /** A GET that sends no Accept-Encoding header, as curl does by default. */
  async function fetchWithoutEncoding(
    path: string,
  ): Promise<{ headers: IncomingHttpHeaders; body: string }> {
    const server = stack.api.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, resolve));
    const { port } = server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, path }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ headers: response.headers, body }));
      }).on('error', reject);
    });
  }

  async function feedPathOf(user: { id: string }): Promise<string> {
    const response = await stack
      .http()
      .get('/api/v1/me/calendar')
      .set('Authorization', await as(user))
      .expect(200);
    expect(response.body.feedUrl).toMatch(/^http:\/\/scheduler\.test\/feeds\/[\w-]{75}\.ics$/);
    expect(response.body.webcalUrl).toBe(response.body.feedUrl.replace(/^http:/, 'webcal:'));
    return new URL(response.body.feedUrl as string).pathname;
  }

  const propose = (
    user: { id: string },
    adoptionId: string,
    kind: 'class-visit' | 'preparation',
    start: string,
    end: string,
  ) => proposeVisit(stack, user, adoptionId, [{ start, end }], { kind }).then((visit) => visit.id);

  it("shows a committed volunteer's shifts at 16:00 local time in summer and winter", async () => {
    const club = await runProgramme(stack, { startsOn: '2026-10-01' });
    const volunteer = await club.volunteer();
    await stack
      .http()
      .post(`/api/v1/programmes/${club.programmeId}/commitments`)
      .set('Authorization', await as(volunteer))
      .expect(201);
    const shifts = await shiftsOf(stack, club.programmeId, volunteer);
    const text = (
      await stack
        .http()
        .get(await feedPathOf(volunteer))
        .expect(200)
    ).text;
    // One weekly event for the commitment, not one per shift.
    const { events } = parseFeed(text);
    expect(events).toHaveLength(1);
    expect(events[0].uid).toMatch(/^commitment-[\w-]+@scheduler\.test$/);
    const lastShift = new Date(shifts[shifts.length - 1].end);
    expect(expandCalendar(text, lastShift).map(({ start, end }) => ({ start, end }))).toEqual(
      shifts.map(({ start, end }) => ({
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
      })),
    );
    const starts = expandCalendar(text, lastShift).map((occurrence) => occurrence.start);
    expect(starts).toContain('2026-10-21T14:00:00.000Z');
    expect(starts).toContain('2026-10-28T15:00:00.000Z');
  });

  it('answers 304 to a client that has the feed, and 200 once it changed', async () => {
    const { teacher, contact, adoptionId } = await adoptClass(stack);
    const path = await feedPathOf(teacher);
    const first = await stack.http().get(path).expect(200);
    await stack.http().get(path).set('If-None-Match', first.headers.etag).expect(304);
    await stack
      .http()
      .get(path)
      .set('If-Modified-Since', first.headers['last-modified'])
      .expect(304);

    await propose(
      contact,
      adoptionId,
      'class-visit',
      '2026-10-07T09:00:00+02:00',
      '2026-10-07T12:00:00+02:00',
    );
    const changed = await stack
      .http()
      .get(path)
      .set('If-None-Match', first.headers.etag)
      .expect(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
  });

  it('sends the feed gzipped to a client that accepts it, and plain to one that does not', async () => {
    const { teacher, contact, adoptionId } = await adoptClass(stack);
    await propose(
      contact,
      adoptionId,
      'class-visit',
      '2026-10-14T09:00:00+02:00',
      '2026-10-14T12:00:00+02:00',
    );
    const path = await feedPathOf(teacher);
    const zipped = await stack.http().get(path).set('Accept-Encoding', 'gzip').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    const plain = await stack.http().get(path).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // A client that names no encoding at all (curl, a script) gets the text too.
    const unnamed = await fetchWithoutEncoding(path);
    expect(unnamed.headers['content-encoding']).toBeUndefined();
    expect(unnamed.body).toBe(plain.text);
    // The same calendar either way, each with its own validator, and each answered 304.
    expect(plain.text).toBe(zipped.text);
    expect(parseFeed(plain.text).events).toHaveLength(1);
    expect(plain.headers.etag).not.toBe(zipped.headers.etag);
    for (const etag of [plain.headers.etag, zipped.headers.etag]) {
      await stack.http().get(path).set('If-None-Match', etag).expect(304);
    }
  });

  it('stops the old URL at once when the feed is rotated, and hides unknown ones', async () => {
    const { teacher } = await adoptClass(stack);
    const old = await feedPathOf(teacher);
    await stack.http().get(old).expect(200);
    const rotated = await stack
      .http()
      .post('/api/v1/me/calendar/rotate')
      .set('Authorization', await as(teacher))
      .expect(200);
    const fresh = new URL(rotated.body.feedUrl as string).pathname;
    expect(fresh).not.toBe(old);
    const gone = await stack.http().get(old).expect(404);
    expect(gone.body.code).toBe('feed.not-found');
    await stack.http().get(fresh).expect(200);
    await stack
      .http()
      .get(`/feeds/${'0'.repeat(32)}${'A'.repeat(43)}.ics`)
      .expect(404);
    await stack.http().get('/feeds/nonsense.ics').expect(404);
    // The benchmark's constant route is not there unless BENCHMARK_ROUTES asks for it.
    await stack
      .http()
      .get(`/feeds/baseline${fresh.slice('/feeds'.length)}`)
      .expect(404);
  });

  it('limits requests per feed, whichever address they come from', async () => {
    const { teacher } = await adoptClass(stack);
    const path = await feedPathOf(teacher);
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      statuses.push((await stack.http().get(path).set('X-Forwarded-For', `10.0.0.${i}`)).status);
    }
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    // Another person's feed is counted apart.
    await stack
      .http()
      .get(await feedPathOf((await adoptClass(stack)).teacher))
      .expect(200);
  });

  // Last, as it moves the clock a month on.
  it("shows a teacher's and a contact person's visits on both sides of the October change", async () => {
    const { teacher, contact, adoptionId } = await adoptClass(stack, { companyName: 'LEGO' });
    const preparation = await propose(
      teacher,
      adoptionId,
      'preparation',
      '2026-10-21T14:00:00+02:00',
      '2026-10-21T15:00:00+02:00',
    );
    const classVisit = await propose(
      teacher,
      adoptionId,
      'class-visit',
      '2026-10-28T09:00:00+01:00',
      '2026-10-28T12:00:00+01:00',
    );
    for (const id of [preparation, classVisit]) {
      await stack
        .http()
        .post(`/api/v1/visits/${id}/confirm`)
        .set('Authorization', await as(contact))
        .send({ slot: 0 })
        .expect(200);
    }
    const spring = await propose(
      contact,
      adoptionId,
      'class-visit',
      '2027-03-03T09:00:00+01:00',
      '2027-03-03T12:00:00+01:00',
    );

    for (const person of [teacher, contact]) {
      const response = await stack
        .http()
        .get(await feedPathOf(person))
        .expect(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
      const { calendar, events } = parseFeed(response.text);
      expect(calendar.getFirstPropertyValue('method')).toBeNull();
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Copenhagen');
      expect(response.text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
      expect(response.text).not.toMatch(/^(ORGANIZER|ATTENDEE)/m);
      expect(events.map(({ uid, status, start }) => ({ uid, status, start }))).toEqual([
        {
          uid: `visit-${preparation}@scheduler.test`,
          status: 'CONFIRMED',
          start: '2026-10-21T12:00:00.000Z',
        },
        {
          uid: `visit-${classVisit}@scheduler.test`,
          status: 'CONFIRMED',
          start: '2026-10-28T08:00:00.000Z',
        },
        {
          uid: `visit-${spring}@scheduler.test`,
          status: 'TENTATIVE',
          start: '2027-03-03T08:00:00.000Z',
        },
      ]);
    }

    // A cancelled visit stays, marked cancelled, so calendars take it out.
    await stack
      .http()
      .post(`/api/v1/visits/${classVisit}/cancel`)
      .set('Authorization', await as(teacher))
      .send({ reason: 'Sygdom' })
      .expect(200);
    const after = parseFeed(
      (
        await stack
          .http()
          .get(await feedPathOf(teacher))
          .expect(200)
      ).text,
    );
    expect(after.events.find((event) => event.uid.includes(classVisit))?.status).toBe('CANCELLED');
    // ...for thirty days after the cancellation, then it is gone.
    stack.clock.travelTo(new Date('2026-10-02T09:00:00+02:00'));
    const later = parseFeed(
      (
        await stack
          .http()
          .get(await feedPathOf(teacher))
          .expect(200)
      ).text,
    );
    expect(later.events.some((event) => event.uid.includes(classVisit))).toBe(false);

    // Nobody else's feed has them.
    const stranger = await adoptClass(stack);
    const theirs = parseFeed(
      (
        await stack
          .http()
          .get(await feedPathOf(stranger.teacher))
          .expect(200)
      ).text,
    );
    expect(theirs.events).toEqual([]);
  });
});
