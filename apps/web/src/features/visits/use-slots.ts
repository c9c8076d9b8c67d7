import { Time } from '@internationalized/date';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE_STATUSES } from './format';
import { ruleText } from './rule-text';
import { type SlotDraft, slotTimes } from './slot-fields';
import { proposalProblems, type ProposalContext, slotProblems, type SlotTimes } from './slot-rules';
import type { Adoption, AdoptionSchool, VisitKind } from './types';

let nextKey = 1;

/** A fresh suggested time: no date yet, the usual hours of its kind. */
export function newDraft(kind: VisitKind): SlotDraft {
  nextKey += 1;
  return kind === 'class-visit'
    ? { key: nextKey, date: null, from: new Time(9), to: new Time(12) }
    : { key: nextKey, date: null, from: new Time(14), to: new Time(15) };
}

/**
 * The suggested times of a proposal and the rules they break, in words, as they are typed:
 * each slot's own rules beside it, the rules between them and the adoption's other visits
 * for the whole. `ignoreVisitId` is the visit being moved, which does not count against itself.
 */
export function useSlots(
  kind: VisitKind,
  adoption: Adoption,
  school: AdoptionSchool,
  ignoreVisitId: string | null = null,
) {
  const { t, i18n } = useTranslation();
  const [drafts, setDrafts] = useState<SlotDraft[]>(() => [newDraft(kind)]);
  const context: ProposalContext = {
    kind,
    school,
    adoption,
    otherVisits: (adoption.terms ?? [])
      .flatMap((term) => term.visits)
      .filter((visit) => visit.id !== ignoreVisitId && LIVE_STATUSES.includes(visit.status)),
    now: new Date(),
  };
  const words = (codes: string[]) => codes.map((code) => ruleText(t, i18n.language, code, kind));
  const times = drafts.map((draft) => slotTimes(draft, school.timezone));
  const perSlot = times.map((slot) => (slot ? words(slotProblems(slot, context)) : []));
  const complete = times.every((slot) => slot !== null);
  const together = complete
    ? words(
        proposalProblems(
          times.filter((slot): slot is SlotTimes => slot !== null),
          context,
        ),
      )
    : [];
  const broken = perSlot.some((texts) => texts.length > 0) || together.length > 0;
  return {
    drafts,
    setDrafts,
    perSlot,
    together,
    complete,
    broken,
    body: () =>
      times.map((slot) => ({ start: slot!.start.toISOString(), end: slot!.end.toISOString() })),
  };
}
