import { Actor } from '../accounts/actor';
import { UserEntity } from '../accounts/user.entity';
import { DomainError } from '../errors/domain-error';
import { SchoolEntity } from '../organisations/school.entity';
import { AdoptionContext } from './adoption-context';
import { AdoptionEntity, AdoptionStatus } from './adoption.entity';
import {
  checkNoClash,
  checkSlots,
  checkTermRules,
  OtherVisit,
  proposedSlot,
  requireActive,
  requireAnsweringSide,
  requireCompletable,
  requireMayCancel,
  requireSide,
  requireTransition,
  VISIT_TRANSITIONS,
} from './visit-rules';
import { Side, VisitEntity, VisitKind, VisitSlot, VisitStatus } from './visit.entity';

// Europe/Copenhagen: CET (+01:00) in winter, CEST (+02:00) from the last Sunday of March
// (2026-03-29) to the last Sunday of October (2026-10-25). Autumn term 2026/27 runs from
// 2026-08-10 to 2026-12-31, spring term from 2027-01-01 to 2027-06-25.
const NOW = new Date('2026-03-01T12:00:00Z');
const CLASS_ID = 'class-1';

function context(
  overrides: { adoption?: Partial<AdoptionEntity>; closed?: [string, string][] } = {},
): AdoptionContext {
  const school = {
    id: 'school-1',
    name: 'Nordskolen',
    timezone: 'Europe/Copenhagen',
    schoolYearStart: '08-10',
    lastSchoolDay: '06-25',
    closedDates: (overrides.closed ?? []).map(([from, to]) => ({ from, to, reason: 'closed' })),
  } as unknown as SchoolEntity;
  const adoption = {
    id: 'adoption-1',
    classId: CLASS_ID,
    contactPersonId: 'contact-1',
    status: AdoptionStatus.Active,
    startsOn: '2025-08-11',
    endsOn: '2029-06-25',
    ...overrides.adoption,
  } as AdoptionEntity;
  return {
    adoption,
    school,
    schoolClass: { id: CLASS_ID, pupils: 24 },
    company: { id: 'company-1', name: 'Acme' },
    contactPerson: { id: 'contact-1' } as UserEntity,
    teachers: [{ id: 'teacher-1' } as UserEntity, { id: 'teacher-2' } as UserEntity],
  } as unknown as AdoptionContext;
}

function slot(start: string, end: string): VisitSlot {
  return { start: new Date(start), end: new Date(end) };
}

function actor(userId: string, isAdmin = false): Actor {
  return {
    userId,
    email: `${userId}@example.test`,
    name: userId,
    locale: 'da',
    isAdmin,
    memberships: [],
  };
}

function visit(fields: Partial<VisitEntity>): VisitEntity {
  return {
    id: 'visit-1',
    kind: VisitKind.ClassVisit,
    status: VisitStatus.Requested,
    classId: CLASS_ID,
    start: null,
    end: null,
    slots: [],
    proposedBySide: Side.School,
    ...fields,
  } as VisitEntity;
}

function other(fields: Partial<OtherVisit>): OtherVisit {
  return {
    id: 'other',
    kind: VisitKind.ClassVisit,
    status: VisitStatus.Confirmed,
    classId: CLASS_ID,
    start: null,
    end: null,
    ...fields,
  };
}

/** The stable code of the domain error `run` throws; undefined if it passes. */
function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

const check = (kind: VisitKind, slots: VisitSlot[], ctx = context(), now = NOW) =>
  codeOf(() => checkSlots(ctx, kind, slots, now));

describe('checkSlots: the rules each proposed slot keeps on its own', () => {
  // Monday 2026-03-30 is the first weekday of summer time: 09:00 local is 07:00Z.
  const monday = (from: string, to: string) =>
    slot(`2026-03-30T${from}+02:00`, `2026-03-30T${to}+02:00`);

  it('passes a class visit on a weekday inside the term and the adoption, and names its term', () => {
    expect(checkSlots(context(), VisitKind.ClassVisit, [monday('09:00', '12:00')], NOW)).toBe(
      '2025/26-spring',
    );
  });

  describe('duration: a class visit lasts 2 to 5 hours, a preparation 30 minutes to 2 hours', () => {
    it.each([
      [VisitKind.ClassVisit, '09:00', '11:00', undefined],
      [VisitKind.ClassVisit, '09:00', '14:00', undefined],
      [VisitKind.ClassVisit, '09:00', '10:59', 'visit.duration'],
      [VisitKind.ClassVisit, '09:00', '14:01', 'visit.duration'],
      [VisitKind.Preparation, '09:00', '09:30', undefined],
      [VisitKind.Preparation, '09:00', '11:00', undefined],
      [VisitKind.Preparation, '09:00', '09:29', 'visit.duration'],
      [VisitKind.Preparation, '09:00', '11:01', 'visit.duration'],
      [VisitKind.ClassVisit, '12:00', '09:00', 'visit.end-before-start'],
    ])('%s %s–%s → %s', (kind, from, to, code) => {
      expect(check(kind, [monday(from, to)])).toBe(code);
    });

    it('counts real elapsed time over the autumn change, not the wall clock', () => {
      // Sunday 2026-10-25 01:00 CEST to 03:00 CET: two hours on the wall clock, three elapsed.
      expect(
        check(VisitKind.Preparation, [slot('2026-10-24T23:00:00Z', '2026-10-25T02:00:00Z')]),
      ).toBe('visit.duration');
      // 01:00 CEST to 02:00 CET: one hour on the wall clock, two elapsed, so only the Sunday is wrong.
      expect(
        check(VisitKind.Preparation, [slot('2026-10-24T23:00:00Z', '2026-10-25T01:00:00Z')]),
      ).toBe('visit.weekday');
    });
  });

  describe('a weekday, within one local day', () => {
    it('refuses a Saturday and passes the Friday before', () => {
      expect(
        check(VisitKind.ClassVisit, [slot('2026-03-28T09:00+01:00', '2026-03-28T12:00+01:00')]),
      ).toBe('visit.weekday');
      expect(
        check(VisitKind.ClassVisit, [slot('2026-03-27T09:00+01:00', '2026-03-27T12:00+01:00')]),
      ).toBeUndefined();
    });

    it('reads the weekday on the school’s clock: Friday 23:30Z before summer time is Saturday there', () => {
      // 2026-03-27T23:30Z is Saturday 00:30 CET.
      expect(
        check(VisitKind.Preparation, [slot('2026-03-27T23:30:00Z', '2026-03-28T00:30:00Z')]),
      ).toBe('visit.weekday');
    });

    it('reads the weekday on the school’s clock: Sunday 23:00Z after winter time is Monday there', () => {
      // 2026-10-25T23:00Z is Monday 2026-10-26 00:00 CET.
      expect(
        check(VisitKind.Preparation, [slot('2026-10-25T23:00:00Z', '2026-10-26T01:00:00Z')]),
      ).toBeUndefined();
    });

    it('refuses a slot over local midnight and passes one that ends at midnight', () => {
      // Friday 2026-10-23, summer time: 22:00–00:30 local crosses into Saturday.
      expect(
        check(VisitKind.ClassVisit, [slot('2026-10-23T20:00:00Z', '2026-10-23T22:30:00Z')]),
      ).toBe('visit.one-day');
      // Thursday 2026-10-22 21:00–24:00 local ends at midnight and stays on Thursday.
      expect(
        check(VisitKind.ClassVisit, [slot('2026-10-22T19:00:00Z', '2026-10-22T22:00:00Z')]),
      ).toBeUndefined();
    });
  });

  describe('inside a term, not on a closed date', () => {
    it('refuses a day of the summer holiday and passes the last school day', () => {
      expect(
        check(VisitKind.ClassVisit, [slot('2026-06-26T09:00+02:00', '2026-06-26T12:00+02:00')]),
      ).toBe('visit.outside-term');
      expect(
        check(VisitKind.ClassVisit, [slot('2026-06-25T09:00+02:00', '2026-06-25T12:00+02:00')]),
      ).toBeUndefined();
    });

    it('refuses a closed date and passes the day after it', () => {
      const closed = context({ closed: [['2026-03-30', '2026-03-30']] });
      expect(check(VisitKind.ClassVisit, [monday('09:00', '12:00')], closed)).toBe(
        'visit.closed-date',
      );
      expect(
        check(
          VisitKind.ClassVisit,
          [slot('2026-03-31T09:00+02:00', '2026-03-31T12:00+02:00')],
          closed,
        ),
      ).toBeUndefined();
    });

    it('reads the closed date on the school’s clock, after winter time', () => {
      // Monday 2026-10-26 00:30 CET is still Sunday 2026-10-25 in UTC.
      const closed = context({ closed: [['2026-10-26', '2026-10-26']] });
      const early = slot('2026-10-25T23:30:00Z', '2026-10-26T00:30:00Z');
      expect(check(VisitKind.Preparation, [early], closed)).toBe('visit.closed-date');
      expect(check(VisitKind.Preparation, [early])).toBeUndefined();
    });

    it('refuses slots of one proposal in two terms and passes two in the same term', () => {
      const december = slot('2026-12-18T09:00+01:00', '2026-12-18T12:00+01:00');
      const january = slot('2027-01-04T09:00+01:00', '2027-01-04T12:00+01:00');
      const november = slot('2026-11-02T09:00+01:00', '2026-11-02T12:00+01:00');
      expect(check(VisitKind.ClassVisit, [november, january])).toBe('visit.slots-different-terms');
      expect(checkSlots(context(), VisitKind.ClassVisit, [november, december], NOW)).toBe(
        '2026/27-autumn',
      );
    });
  });

  describe('in the future and inside the adoption’s life', () => {
    const at = slot('2026-03-30T07:00:00Z', '2026-03-30T10:00:00Z');

    it('refuses a slot that starts now and passes one that starts a millisecond later', () => {
      expect(check(VisitKind.ClassVisit, [at], context(), new Date('2026-03-30T07:00:00Z'))).toBe(
        'visit.in-past',
      );
      expect(
        check(VisitKind.ClassVisit, [at], context(), new Date('2026-03-30T06:59:59.999Z')),
      ).toBeUndefined();
    });

    it('refuses a slot before the adoption starts and after it ends, and passes its first and last day', () => {
      expect(
        check(VisitKind.ClassVisit, [at], context({ adoption: { startsOn: '2026-03-31' } })),
      ).toBe('visit.outside-adoption');
      expect(
        check(VisitKind.ClassVisit, [at], context({ adoption: { endsOn: '2026-03-27' } })),
      ).toBe('visit.outside-adoption');
      expect(
        check(VisitKind.ClassVisit, [at], context({ adoption: { startsOn: '2026-03-30' } })),
      ).toBeUndefined();
      expect(
        check(VisitKind.ClassVisit, [at], context({ adoption: { endsOn: '2026-03-30' } })),
      ).toBeUndefined();
    });

    it('reads the adoption’s first day on the school’s clock, after winter time', () => {
      // Monday 2026-10-26 00:30 CET is Sunday in UTC; an adoption from the Monday takes it.
      const early = slot('2026-10-25T23:30:00Z', '2026-10-26T00:30:00Z');
      expect(
        check(VisitKind.Preparation, [early], context({ adoption: { startsOn: '2026-10-26' } })),
      ).toBeUndefined();
      expect(
        check(VisitKind.Preparation, [early], context({ adoption: { startsOn: '2026-10-27' } })),
      ).toBe('visit.outside-adoption');
    });

    it('names the slot that breaks a rule', () => {
      const good = slot('2026-03-31T07:00:00Z', '2026-03-31T10:00:00Z');
      const saturday = slot('2026-04-04T07:00:00Z', '2026-04-04T10:00:00Z');
      expect(() => checkSlots(context(), VisitKind.ClassVisit, [good, saturday], NOW)).toThrow(
        /^slots\.1: /,
      );
    });
  });
});

describe('checkTermRules: one live visit of a kind per term, the preparation first', () => {
  const classVisitSlot = slot('2026-11-02T09:00+01:00', '2026-11-02T12:00+01:00');
  const prepSlot = slot('2026-10-26T09:00+01:00', '2026-10-26T10:00+01:00');
  const code = (
    kind: VisitKind,
    slots: VisitSlot[],
    sameTerm: OtherVisit[],
    ignore: string | null = null,
  ) => codeOf(() => checkTermRules(kind, slots, sameTerm, ignore));

  it.each([VisitStatus.Requested, VisitStatus.Confirmed, VisitStatus.Completed])(
    'refuses a second class visit while a %s one stands',
    (status) => {
      expect(code(VisitKind.ClassVisit, [classVisitSlot], [other({ status })])).toBe(
        'visit.term-has-class-visit',
      );
    },
  );

  it.each([VisitStatus.Declined, VisitStatus.Cancelled])(
    'passes a class visit when the other one is %s',
    (status) => {
      expect(code(VisitKind.ClassVisit, [classVisitSlot], [other({ status })])).toBeUndefined();
    },
  );

  it('refuses a second preparation and passes one when the first was declined', () => {
    const first = other({ kind: VisitKind.Preparation, status: VisitStatus.Requested });
    expect(code(VisitKind.Preparation, [prepSlot], [first])).toBe('visit.term-has-preparation');
    expect(
      code(VisitKind.Preparation, [prepSlot], [{ ...first, status: VisitStatus.Declined }]),
    ).toBeUndefined();
  });

  it('does not count the visit being rescheduled against itself', () => {
    const itself = other({ id: 'visit-1', status: VisitStatus.Confirmed });
    expect(code(VisitKind.ClassVisit, [classVisitSlot], [itself], 'visit-1')).toBeUndefined();
    expect(code(VisitKind.ClassVisit, [classVisitSlot], [itself], null)).toBe(
      'visit.term-has-class-visit',
    );
  });

  it('passes one of each kind in the same term', () => {
    const preparation = other({ kind: VisitKind.Preparation, status: VisitStatus.Requested });
    expect(code(VisitKind.ClassVisit, [classVisitSlot], [preparation])).toBeUndefined();
  });

  describe('the preparation lies before the class visit (over the autumn change)', () => {
    // The class visit starts Monday 2026-10-26 09:00 CET, 08:00Z, the day after winter time.
    const classVisit = other({
      start: new Date('2026-10-26T08:00:00Z'),
      end: new Date('2026-10-26T11:00:00Z'),
    });

    it('passes a preparation that ends as the class visit starts', () => {
      const before = slot('2026-10-26T07:00:00Z', '2026-10-26T08:00:00Z');
      expect(code(VisitKind.Preparation, [before], [classVisit])).toBeUndefined();
    });

    it('refuses a preparation that ends a minute after the class visit starts', () => {
      const late = slot('2026-10-26T07:01:00Z', '2026-10-26T08:01:00Z');
      expect(code(VisitKind.Preparation, [late], [classVisit])).toBe(
        'visit.preparation-after-class-visit',
      );
    });

    it('refuses it when only one of several proposed slots lies after', () => {
      const early = slot('2026-10-23T07:00:00Z', '2026-10-23T08:00:00Z');
      const after = slot('2026-10-27T07:00:00Z', '2026-10-27T08:00:00Z');
      expect(code(VisitKind.Preparation, [early, after], [classVisit])).toBe(
        'visit.preparation-after-class-visit',
      );
    });

    it('refuses a class visit that starts before the preparation ends, and passes one right after', () => {
      const preparation = other({
        kind: VisitKind.Preparation,
        start: new Date('2026-10-23T07:00:00Z'),
        end: new Date('2026-10-23T08:00:00Z'),
      });
      expect(
        code(
          VisitKind.ClassVisit,
          [slot('2026-10-23T07:30:00Z', '2026-10-23T10:30:00Z')],
          [preparation],
        ),
      ).toBe('visit.preparation-after-class-visit');
      expect(
        code(
          VisitKind.ClassVisit,
          [slot('2026-10-23T08:00:00Z', '2026-10-23T11:00:00Z')],
          [preparation],
        ),
      ).toBeUndefined();
    });

    it('ignores a requested visit that has no agreed time yet', () => {
      const unagreed = other({ status: VisitStatus.Requested });
      const late = slot('2026-10-27T07:00:00Z', '2026-10-27T08:00:00Z');
      expect(code(VisitKind.Preparation, [late], [unagreed])).toBeUndefined();
    });
  });
});

describe('checkNoClash: no overlap with a confirmed visit of the class or the contact person', () => {
  // Monday 2026-03-30, the day after summer time: 09:00–12:00 local is 07:00Z–10:00Z.
  const confirmed = other({
    start: new Date('2026-03-30T07:00:00Z'),
    end: new Date('2026-03-30T10:00:00Z'),
  });
  const code = (slots: VisitSlot[], busy: OtherVisit[], ignore: string | null = null) =>
    codeOf(() => checkNoClash(slots, busy, CLASS_ID, ignore));

  it('refuses an overlap with the class’s visit, and names the contact person’s otherwise', () => {
    const overlapping = slot('2026-03-30T09:00:00Z', '2026-03-30T12:00:00Z');
    expect(code([overlapping], [confirmed])).toBe('visit.overlaps-class');
    expect(code([overlapping], [{ ...confirmed, classId: 'another-class' }])).toBe(
      'visit.overlaps-contact-person',
    );
  });

  it('passes a visit back to back, 12:00–15:00 after 09:00–12:00', () => {
    expect(
      code([slot('2026-03-30T10:00:00Z', '2026-03-30T13:00:00Z')], [confirmed]),
    ).toBeUndefined();
  });

  it('passes an overlap with a visit that is only requested, declined or cancelled', () => {
    const overlapping = slot('2026-03-30T08:00:00Z', '2026-03-30T11:00:00Z');
    for (const status of [VisitStatus.Requested, VisitStatus.Declined, VisitStatus.Cancelled]) {
      expect(code([overlapping], [{ ...confirmed, status }])).toBeUndefined();
    }
    expect(code([overlapping], [{ ...confirmed, status: VisitStatus.Completed }])).toBe(
      'visit.overlaps-class',
    );
  });

  it('does not count the visit being rescheduled against itself', () => {
    const overlapping = slot('2026-03-30T08:00:00Z', '2026-03-30T11:00:00Z');
    expect(code([overlapping], [{ ...confirmed, id: 'visit-1' }], 'visit-1')).toBeUndefined();
  });

  it('compares instants: 09:00 in winter time would be an hour later and clash', () => {
    // 09:00–12:00 CET would be 08:00Z–11:00Z; reckoned in CEST it is 07:00Z–10:00Z.
    expect(
      code([slot('2026-03-30T10:00:00Z', '2026-03-30T11:00:00Z')], [confirmed]),
    ).toBeUndefined();
    expect(code([slot('2026-03-30T09:59:00Z', '2026-03-30T11:00:00Z')], [confirmed])).toBe(
      'visit.overlaps-class',
    );
  });
});

describe('who may answer, cancel and complete', () => {
  const ctx = context();

  it('takes the class’s teachers as the school and the contact person as the company', () => {
    expect(requireSide(actor('teacher-2'), ctx)).toBe(Side.School);
    expect(requireSide(actor('contact-1'), ctx)).toBe(Side.Company);
  });

  it('refuses anyone else, an admin included', () => {
    expect(codeOf(() => requireSide(actor('stranger'), ctx))).toBe('visit.not-a-side');
    expect(codeOf(() => requireSide(actor('admin', true), ctx))).toBe('visit.not-a-side');
  });

  it.each(['confirmed', 'declined'] as const)(
    'lets only the side that did not propose have a visit %s',
    (becoming) => {
      const proposed = visit({ proposedBySide: Side.School });
      expect(codeOf(() => requireAnsweringSide(Side.School, proposed, becoming))).toBe(
        'visit.own-proposal',
      );
      expect(codeOf(() => requireAnsweringSide(Side.Company, proposed, becoming))).toBeUndefined();
    },
  );

  it('lets either side or an admin cancel, and no one else', () => {
    expect(codeOf(() => requireMayCancel(actor('teacher-1'), ctx))).toBeUndefined();
    expect(codeOf(() => requireMayCancel(actor('contact-1'), ctx))).toBeUndefined();
    expect(codeOf(() => requireMayCancel(actor('admin', true), ctx))).toBeUndefined();
    expect(codeOf(() => requireMayCancel(actor('stranger'), ctx))).toBe('visit.not-a-side');
  });

  it('confirms only a slot that was proposed', () => {
    const slots = [slot('2026-03-30T07:00:00Z', '2026-03-30T10:00:00Z')];
    expect(proposedSlot(visit({ slots }), 0)).toBe(slots[0]);
    expect(codeOf(() => proposedSlot(visit({ slots }), 1))).toBe('visit.slot-index');
    expect(codeOf(() => proposedSlot(visit({ slots }), -1))).toBe('visit.slot-index');
  });

  it('takes new visits only in an active adoption', () => {
    expect(codeOf(() => requireActive(ctx))).toBeUndefined();
    for (const status of Object.values(AdoptionStatus).filter((s) => s !== AdoptionStatus.Active)) {
      expect(codeOf(() => requireActive(context({ adoption: { status } })))).toBe(
        'adoption.not-active',
      );
    }
  });

  it('marks a visit held only after its end, with no more pupils than the class has', () => {
    const held = visit({ status: VisitStatus.Confirmed, end: new Date('2026-03-30T10:00:00Z') });
    const end = held.end!.getTime();
    expect(codeOf(() => requireCompletable(held, 24, 24, end - 1))).toBe('visit.not-ended');
    expect(codeOf(() => requireCompletable(held, 24, 24, end))).toBeUndefined();
    expect(codeOf(() => requireCompletable(held, 25, 24, end))).toBe('visit.pupils-attended');
  });
});

describe('state transitions', () => {
  const every = Object.values(VisitStatus);
  const allowed: Record<keyof typeof VISIT_TRANSITIONS, VisitStatus[]> = {
    confirmed: [VisitStatus.Requested],
    declined: [VisitStatus.Requested],
    rescheduled: [VisitStatus.Requested, VisitStatus.Confirmed],
    cancelled: [VisitStatus.Requested, VisitStatus.Confirmed],
    completed: [VisitStatus.Confirmed],
  };

  for (const [becoming, from] of Object.entries(allowed) as [
    keyof typeof VISIT_TRANSITIONS,
    VisitStatus[],
  ][]) {
    it(`lets a visit be ${becoming} only from ${from.join(' or ')}`, () => {
      for (const status of every) {
        expect(codeOf(() => requireTransition(visit({ status }), becoming))).toBe(
          from.includes(status) ? undefined : 'visit.status',
        );
      }
    });
  }

  it('leaves declined, cancelled and completed visits final', () => {
    for (const status of [VisitStatus.Declined, VisitStatus.Cancelled, VisitStatus.Completed]) {
      for (const becoming of Object.keys(VISIT_TRANSITIONS) as (keyof typeof VISIT_TRANSITIONS)[]) {
        expect(codeOf(() => requireTransition(visit({ status }), becoming))).toBe('visit.status');
      }
    }
  });
});
