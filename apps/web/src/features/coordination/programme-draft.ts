import { validateClosedDates, validateWeeklySchedule } from '@app/calendar';
import type { Schemas } from '../../api/client';
import type { Programme } from './queries';

/** A closed period as the form holds it; `key` tells React the rows apart. */
export interface ClosedRow {
  key: string;
  label: string;
  from: string;
  to: string;
}

/** What the programme form holds: text as typed, turned into the API's shape on saving. */
export interface ProgrammeDraft {
  partnerId: string;
  title: string;
  location: string;
  timezone: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  startsOn: string;
  endsOn: string;
  min: string;
  max: string;
  closedDates: ClosedRow[];
  companyIds: string[];
  coordinatorIds: string[];
  /** Weeks of shifts ahead; kept as it is. */
  horizonWeeks: number;
}

/** A problem's text key under `coordination.form.problems`, by the form's field name. */
export type DraftProblems = Partial<Record<string, keyof ProblemKeys>>;
type ProblemKeys = {
  required: 1;
  timezone: 1;
  weekdays: 1;
  time: 1;
  endTime: 1;
  date: 1;
  endsOn: 1;
  capacity: 1;
  closedTo: 1;
  closedLabel: 1;
};

let rows = 0;
export function newClosedRow(from = '', to = ''): ClosedRow {
  rows += 1;
  return { key: `closed-${rows}`, label: '', from, to };
}

export function emptyDraft(
  partnerId: string,
  coordinatorId: string,
  today: string,
): ProgrammeDraft {
  return {
    partnerId,
    title: '',
    location: '',
    timezone: 'Europe/Copenhagen',
    weekdays: [],
    startTime: '16:00',
    endTime: '18:00',
    startsOn: today,
    endsOn: '',
    min: '2',
    max: '4',
    closedDates: [],
    companyIds: [],
    coordinatorIds: coordinatorId ? [coordinatorId] : [],
    horizonWeeks: 12,
  };
}

export function draftOf(programme: Programme): ProgrammeDraft {
  return {
    partnerId: programme.partnerId,
    title: programme.title,
    location: programme.location,
    timezone: programme.timezone,
    weekdays: [...programme.schedule.weekdays],
    startTime: programme.schedule.startTime,
    endTime: programme.schedule.endTime,
    startsOn: programme.schedule.startsOn,
    endsOn: programme.schedule.endsOn ?? '',
    min: String(programme.capacity.min),
    max: String(programme.capacity.max),
    closedDates: programme.closedDates.map((period) => ({
      ...newClosedRow(period.from, period.to),
      label: period.label,
    })),
    companyIds: [...programme.companyIds],
    coordinatorIds: [...programme.coordinatorIds],
    horizonWeeks: programme.horizonWeeks,
  };
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : NaN);

/** The same rules the API holds a programme to, with each problem on its own field. */
export function draftProblems(draft: ProgrammeDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.title.trim()) problems.title = 'required';
  if (!draft.location.trim()) problems.location = 'required';
  if (!draft.partnerId) problems.partnerId = 'required';
  const schedule = {
    weekdays: draft.weekdays,
    startTime: draft.startTime,
    endTime: draft.endTime,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn || null,
  };
  for (const problem of validateWeeklySchedule(schedule, draft.timezone.trim())) {
    const field = problem.field.replace(/^schedule\./, '');
    if (problems[field]) continue;
    problems[field] =
      problem.code === 'timezone.unknown'
        ? 'timezone'
        : problem.code === 'schedule.time-format'
          ? 'time'
          : problem.code === 'schedule.end-not-after-start'
            ? 'endTime'
            : problem.code === 'schedule.ends-before-starts'
              ? 'endsOn'
              : problem.code === 'schedule.date-format'
                ? 'date'
                : 'weekdays';
  }
  for (const problem of validateClosedDates(draft.closedDates)) {
    problems[problem.field] = problem.code === 'closed-dates.to-before-from' ? 'closedTo' : 'date';
  }
  draft.closedDates.forEach((row, index) => {
    if (!row.label.trim()) problems[`closedDates.${index}.label`] = 'closedLabel';
  });
  const min = wholeNumber(draft.min);
  const max = wholeNumber(draft.max);
  if (!(max >= 1)) problems.max = 'capacity';
  if (!(min >= 1) || min > max) problems.min = 'capacity';
  return problems;
}

/**
 * Every field the form shows, as a change's body; a new programme adds its partner organisation,
 * which is fixed once the programme exists.
 */
export function programmeBody(
  draft: ProgrammeDraft,
): Omit<Schemas['CreateProgrammeDto'], 'partnerId'> & { horizonWeeks: number } {
  return {
    title: draft.title.trim(),
    location: draft.location.trim(),
    timezone: draft.timezone.trim(),
    schedule: {
      weekdays: [...draft.weekdays].sort((a, b) => a - b),
      startTime: draft.startTime,
      endTime: draft.endTime,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn || null,
    },
    capacity: { min: Number(draft.min), max: Number(draft.max) },
    closedDates: draft.closedDates.map(({ label, from, to }) => ({
      label: label.trim(),
      from,
      to,
    })),
    companyIds: draft.companyIds,
    coordinatorIds: draft.coordinatorIds,
    horizonWeeks: draft.horizonWeeks,
  };
}

/** Whether saving the draft changes when shifts happen, which cancels some. */
export function changesSchedule(programme: Programme, draft: ProgrammeDraft): boolean {
  const before = draftOf(programme);
  return (
    before.timezone !== draft.timezone.trim() ||
    [...before.weekdays].sort().join() !== [...draft.weekdays].sort().join() ||
    before.startTime !== draft.startTime ||
    before.endTime !== draft.endTime ||
    before.startsOn !== draft.startsOn ||
    before.endsOn !== draft.endsOn ||
    JSON.stringify(programmeBody(before).closedDates) !==
      JSON.stringify(programmeBody(draft).closedDates)
  );
}
