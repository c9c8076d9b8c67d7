import { adoptClass, AdoptionScenario, apiCaller, propose } from './support/scenarios';
import { invalid, Json, ok } from './support/responses';
import { startTestStack, TestStack } from './support/test-stack';

// GET /visits narrowed to some states and to the visits that start in a period, as a calendar
// screen asks for them. A visit starts at its agreed time, or while none is agreed at the first
// slot offered. "Now" is Tuesday 1 September 2026 in Copenhagen.

const START = new Date('2026-09-01T08:00:00+02:00');

describe('filtering the list of visits', () => {
  let stack: TestStack;
  let call: ReturnType<typeof apiCaller>;
  let p: AdoptionScenario;
  /** A preparation meeting requested for 30 September (or 2 October). */
  let preparation: string;
  /** A class visit confirmed for 7 October. */
  let classVisit: string;
  /** A spring class visit the company declined. */
  let declined: string;

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: START, worker: false });
    call = apiCaller(stack);
    p = await adoptClass(stack);
    ({ id: preparation } = await propose(
      stack,
      p.teacher,
      p.adoptionId,
      [
        { start: '2026-09-30T10:00:00+02:00', end: '2026-09-30T11:00:00+02:00' },
        { start: '2026-10-02T10:00:00+02:00', end: '2026-10-02T11:00:00+02:00' },
      ],
      { kind: 'preparation' },
    ));
    ({ id: classVisit } = await propose(stack, p.teacher, p.adoptionId, [
      { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' },
    ]));
    ok(await call(p.contact, 'post', `/visits/${classVisit}/confirm`, { slot: 0 }), 200);
    ({ id: declined } = await propose(stack, p.teacher, p.adoptionId, [
      { start: '2027-03-10T09:00:00+01:00', end: '2027-03-10T12:00:00+01:00' },
    ]));
    ok(await call(p.contact, 'post', `/visits/${declined}/decline`, { reason: 'Lukket' }), 200);
  });
  afterAll(() => stack.stop());

  /** The ids the list answers the query with, in its order, as the contact person sees it. */
  async function listed(query: string): Promise<string[]> {
    const page = ok(await call(p.contact, 'get', `/visits?${query}`), 200);
    return (page.items as Json[]).map((visit) => visit.id as string);
  }

  it('lists every visit without filters', async () => {
    expect(await listed('')).toEqual([preparation, classVisit, declined]);
  });

  it('narrows to one state, or to several by repeating the parameter', async () => {
    expect(await listed('status=requested')).toEqual([preparation]);
    expect(await listed('status=confirmed&status=declined')).toEqual([classVisit, declined]);
    expect(await listed('status=cancelled')).toEqual([]);
  });

  it('narrows to the visits starting from an instant, and before another', async () => {
    expect(await listed('from=2026-10-01T00:00:00%2B02:00')).toEqual([classVisit, declined]);
    expect(await listed('to=2026-10-01T00:00:00%2B02:00')).toEqual([preparation]);
    expect(await listed('from=2026-10-07T09:00:00%2B02:00&to=2026-10-07T09:00:01%2B02:00')).toEqual(
      [classVisit],
    );
    // The end is left out: a visit starting at `to` belongs to the next period.
    expect(await listed('from=2026-10-01T00:00:00Z&to=2026-10-07T07:00:00Z')).toEqual([]);
  });

  it('takes a requested visit to start at the first slot it offers', async () => {
    expect(await listed('from=2026-09-30T10:00:00%2B02:00&to=2026-10-01T00:00:00Z')).toEqual([
      preparation,
    ]);
    expect(await listed('from=2026-10-02T00:00:00%2B02:00&to=2026-10-03T00:00:00Z')).toEqual([]);
  });

  it('combines states and times', async () => {
    expect(await listed('status=declined&status=requested&from=2026-10-01T00:00:00Z')).toEqual([
      declined,
    ]);
  });

  it.each([
    ['a state that is none', 'status=done', 'status'],
    ['states as one comma list', 'status=requested,confirmed', 'status'],
    ['an empty state', 'status=', 'status'],
    ['a time without its offset', 'from=2026-10-01T00:00:00', 'from'],
    ['a date for a time', 'to=2026-10-07', 'to'],
    ['words for a time', 'from=tomorrow', 'from'],
  ])('refuses %s with 400 naming the field', async (_what, query, field) => {
    invalid(await call(p.contact, 'get', `/visits?${query}`), field);
  });

  it('refuses an end that is not after the start: 400 visits.range naming to', async () => {
    for (const query of [
      'from=2026-10-07T00:00:00Z&to=2026-10-01T00:00:00Z',
      'from=2026-10-07T00:00:00Z&to=2026-10-07T02:00:00%2B02:00',
    ]) {
      const response = await call(p.contact, 'get', `/visits?${query}`);
      invalid(response, 'to');
      expect(response.body.code).toBe('visits.range');
    }
  });
});
