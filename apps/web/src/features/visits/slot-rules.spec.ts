import { describe, expect, it } from '@jest/globals';
import { proposalProblems, type ProposalContext, slotProblems } from './slot-rules';

const school = {
  timezone: 'Europe/Copenhagen',
  schoolYearStart: '08-01',
  lastSchoolDay: '06-30',
  closedDates: [{ from: '2026-12-21', to: '2027-01-01' }],
};

function context(overrides: Partial<ProposalContext> = {}): ProposalContext {
  return {
    kind: 'preparation',
    school,
    adoption: { startsOn: '2026-08-17', endsOn: '2029-06-30' },
    otherVisits: [],
    now: new Date('2026-11-16T07:30:00Z'),
    ...overrides,
  };
}

const at = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

describe('the rules a proposed slot is checked against in the browser', () => {
  it('passes a weekday hour in term time', () => {
    expect(slotProblems(at('2027-01-11T13:00:00Z', '2027-01-11T14:00:00Z'), context())).toEqual([]);
  });

  it('names a Saturday, a closed day, a past time and a time after the adoption', () => {
    expect(slotProblems(at('2027-01-16T13:00:00Z', '2027-01-16T14:00:00Z'), context())).toEqual([
      'visit.weekday',
    ]);
    expect(slotProblems(at('2026-12-22T13:00:00Z', '2026-12-22T14:00:00Z'), context())).toEqual([
      'visit.closed-date',
    ]);
    expect(slotProblems(at('2026-11-16T06:00:00Z', '2026-11-16T07:00:00Z'), context())).toEqual([
      'visit.in-past',
    ]);
    expect(slotProblems(at('2029-08-13T08:00:00Z', '2029-08-13T09:00:00Z'), context())).toEqual([
      'visit.outside-adoption',
    ]);
  });

  it('names a preparation meeting longer than its kind allows', () => {
    expect(slotProblems(at('2027-01-11T08:00:00Z', '2027-01-11T11:00:00Z'), context())).toEqual([
      'visit.duration',
    ]);
  });

  it('keeps all slots in one term, one visit of a kind per term, and the preparation first', () => {
    const january = at('2027-01-11T13:00:00Z', '2027-01-11T14:00:00Z');
    const december = at('2026-12-01T13:00:00Z', '2026-12-01T14:00:00Z');
    expect(proposalProblems([january, december], context())).toEqual([
      'visit.slots-different-terms',
    ]);
    const prep = { kind: 'preparation' as const, term: '2026/27-spring', start: null, end: null };
    expect(proposalProblems([january], context({ otherVisits: [prep] }))).toEqual([
      'visit.term-has-preparation',
    ]);
    const classVisit = {
      kind: 'class-visit' as const,
      term: '2026/27-spring',
      start: '2027-01-11T08:00:00Z',
      end: '2027-01-11T11:00:00Z',
    };
    expect(proposalProblems([january], context({ otherVisits: [classVisit] }))).toEqual([
      'visit.preparation-after-class-visit',
    ]);
  });
});
