import type { Response } from 'supertest';
import { MAX_PAGE_SIZE, MAX_SHIFT_RANGE_DAYS, Role, UserEntity } from '@app/core';
import { addDays } from '@app/calendar';
import { Factories } from '@app/testing';
import { buildOpenApiDocument } from '../apps/api/src/configure-app';
import { REPORT_LIMIT, SIGNED_IN_LIMIT } from '../apps/api/src/http/person-limit.guard';
import { invalid, refused } from './support/responses';
import { bearer, volunteeringWorld } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// Limits that a caller cannot walk around: a signed-in person is counted as a person, whichever
// addresses they call from, and no request reads an unbounded range or page. The API trusts one
// proxy hop, so each request can come from an address of its own.

const CLOCK_START = new Date('2026-10-01T08:00:00+02:00');
/** Requests sent at once; enough to be quick, few enough not to crowd the machine. */
const BATCH = 50;

describe('limits that cannot be walked around', () => {
  let stack: TestStack;
  let factories: Factories;
  let addresses = 0;

  /** A client address no request has come from yet. */
  const nextClientAddress = () => {
    addresses += 1;
    return `203.0.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
  };

  /** A GET as the person, from an address of its own. */
  const getAs = async (person: { id: string }, path: string) =>
    stack
      .http()
      .get(path)
      .set('Authorization', await bearer(stack, person))
      .set('X-Forwarded-For', nextClientAddress());

  /** Sends `count` requests, `BATCH` at a time, and returns their answers in order. */
  async function inBatches(count: number, send: () => Promise<Response>): Promise<Response[]> {
    const answers: Response[] = [];
    while (answers.length < count) {
      const size = Math.min(BATCH, count - answers.length);
      answers.push(...(await Promise.all(Array.from({ length: size }, send))));
    }
    return answers;
  }

  const statusCounts = (answers: Response[]) =>
    answers.reduce<Record<number, number>>(
      (counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }),
      {},
    );

  /** A 429 with the error body every refusal has, and when to try again. */
  function tooMany(answer: Response | undefined, rule: RegExp): void {
    expect(answer).toBeDefined();
    refused(answer!, 429, 'http.429', rule);
    expect(answer!.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    const retryAfter = Number(answer!.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  }

  beforeAll(async () => {
    stack = await startTestStack({
      worker: false,
      clockStart: CLOCK_START,
      env: { TRUST_PROXY: '1' },
    });
    factories = new Factories(stack.dataSource);
    // One listening server, so that requests sent at once are handled at once.
    await stack.api.listen(0, '127.0.0.1');
  });
  afterAll(() => stack?.stop());

  describe('per person', () => {
    it(`refuses a person's request ${SIGNED_IN_LIMIT.limit + 1} in a minute, from whatever addresses, while another person carries on`, async () => {
      const busy = await factories.user();
      const other = await factories.user();
      const token = await bearer(stack, busy);

      const answers = await inBatches(SIGNED_IN_LIMIT.limit + 1, () =>
        stack
          .http()
          .get('/api/v1/me')
          .set('Authorization', token)
          .set('X-Forwarded-For', nextClientAddress()),
      );

      expect(statusCounts(answers)).toEqual({ 200: SIGNED_IN_LIMIT.limit, 429: 1 });
      tooMany(
        answers.find((answer) => answer.status === 429),
        /at most 600 in 60 seconds per person/,
      );
      tooMany(await getAs(busy, '/api/v1/me'), /Try again in \d+ seconds/);
      expect((await getAs(other, '/api/v1/me')).status).toBe(200);
    });

    it(`refuses report ${REPORT_LIMIT.limit + 1} in a minute, JSON and CSV together, and nothing else`, async () => {
      const admin = await factories.user([{ role: Role.Admin }]);
      const company = await factories.company();
      const world = await volunteeringWorld(factories, 0);
      const programme = await createProgramme(world.coordinator, world.partner.id, [
        world.company.id,
      ]);
      const reports = [
        `/api/v1/reports/companies/${company.id}`,
        `/api/v1/reports/companies/${company.id}?format=csv`,
        `/api/v1/reports/programmes/${programme}`,
        `/api/v1/reports/programmes/${programme}?format=csv`,
      ];
      let sent = 0;

      const answers = await inBatches(REPORT_LIMIT.limit + 1, () =>
        getAs(admin, reports[sent++ % reports.length]),
      );

      expect(statusCounts(answers)).toEqual({ 200: REPORT_LIMIT.limit, 429: 1 });
      tooMany(
        answers.find((answer) => answer.status === 429),
        /Too many reports: at most 30 in 60 seconds per person/,
      );
      // Other routes still answer the person, and reports still answer someone else.
      expect((await getAs(admin, `/api/v1/companies/${company.id}`)).status).toBe(200);
      expect((await getAs(world.coordinator, reports[2])).status).toBe(200);
    });

    it('still counts sign-in requests per client address, not per person', async () => {
      const email = 'nobody@scheduler.test';
      const address = nextClientAddress();
      const ask = (from: string) =>
        stack.http().post('/api/v1/auth/login-links').set('X-Forwarded-For', from).send({ email });

      const answers = await Promise.all(Array.from({ length: 11 }, () => ask(address)));

      expect(statusCounts(answers)).toEqual({ 202: 10, 429: 1 });
      expect((await ask(nextClientAddress())).status).toBe(202);
    });
  });

  describe('ranges and pages', () => {
    it(`lists at most ${MAX_SHIFT_RANGE_DAYS} days of a programme's shifts at a time, and says so naming to`, async () => {
      const world = await volunteeringWorld(factories, 1);
      const programme = await createProgramme(world.coordinator, world.partner.id, [
        world.company.id,
      ]);
      const shifts = (range: string) =>
        getAs(world.volunteers[0], `/api/v1/programmes/${programme}/shifts?${range}`);

      const year = await shifts(
        `from=2026-10-01&to=${addDays('2026-10-01', MAX_SHIFT_RANGE_DAYS)}`,
      );
      expect(year.status).toBe(200);
      expect(year.body.items.length).toBeGreaterThan(0);

      for (const range of [
        `from=2026-10-01&to=${addDays('2026-10-01', MAX_SHIFT_RANGE_DAYS + 1)}`,
        'from=1900-01-01&to=2999-12-31',
        'to=2999-12-31',
      ]) {
        const answer = await shifts(range);
        invalid(answer, 'to');
        refused(answer, 400, 'shifts.range-too-long', /at most 366 days after from/);
      }
    });

    it('refuses a report period of ten years or more, naming to', async () => {
      const admin = await factories.user([{ role: Role.Admin }]);
      const company = await factories.company();
      const answer = await getAs(
        admin,
        `/api/v1/reports/companies/${company.id}?from=1900-01-01&to=2999-12-31`,
      );
      invalid(answer, 'to');
      refused(answer, 400, 'report.period-too-long', /less than 10 years after from/);
    });

    it(`refuses a page of more than ${MAX_PAGE_SIZE} on every paginated list, naming limit`, async () => {
      const admin = await factories.user([{ role: Role.Admin }]);
      const lists = Object.entries(buildOpenApiDocument(stack.api).paths)
        .filter(([, item]) =>
          (item.get?.parameters ?? []).some(
            (parameter) => 'name' in parameter && parameter.name === 'limit',
          ),
        )
        .map(([path]) => path);
      expect(lists.length).toBeGreaterThanOrEqual(8);

      for (const list of lists) {
        // A path parameter is a well-formed id of nothing: the limit is judged first, and a
        // limit that is allowed gets as far as finding that there is no such parent (404).
        const path = list.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        invalid(await getAs(admin, `${path}?limit=${MAX_PAGE_SIZE + 1}`), 'limit');
        expect({
          list,
          status: (await getAs(admin, `${path}?limit=${MAX_PAGE_SIZE}`)).status,
        }).toEqual({
          list,
          status: list.includes('{') ? 404 : 200,
        });
      }
    });
  });

  /** A Wednesday programme of the partner, through the API; returns its id. */
  async function createProgramme(
    coordinator: UserEntity,
    partnerId: string,
    companyIds: string[],
  ): Promise<string> {
    const created = await stack
      .http()
      .post('/api/v1/programmes')
      .set('Authorization', await bearer(stack, coordinator))
      .send({
        partnerId,
        title: 'Lektiehjælp i drengeklubben',
        location: 'Klubhuset, Vejle Øst',
        timezone: 'Europe/Copenhagen',
        companyIds,
        coordinatorIds: [coordinator.id],
        schedule: { weekdays: [3], startTime: '16:00', endTime: '18:00', startsOn: '2026-10-01' },
        capacity: { min: 2, max: 4 },
      })
      .expect(201);
    return created.body.id as string;
  }
});
