import { MAX_PAGE_SIZE, MAX_SHIFT_RANGE_DAYS, Role, UserEntity } from '@app/core';
import { addDays } from '@app/calendar';
import { Factories } from '@app/testing';
import { buildOpenApiDocument } from '../apps/api/src/configure-app';
import { invalid, refused } from './support/responses';
import { bearer, volunteeringWorld } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// Limits that a caller cannot walk around: a signed-in person is counted as a person, whichever
// addresses they call from, and no request reads an unbounded range or page. The API trusts one
// proxy hop, so each request can come from an address of its own.

const CLOCK_START = new Date('2026-10-01T08:00:00+02:00');

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
        // A path parameter, if a list ever has one, is a well-formed id: the limit is judged first.
        const path = list.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        invalid(await getAs(admin, `${path}?limit=${MAX_PAGE_SIZE + 1}`), 'limit');
        expect({
          list,
          status: (await getAs(admin, `${path}?limit=${MAX_PAGE_SIZE}`)).status,
        }).toEqual({
          list,
          status: 200,
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
