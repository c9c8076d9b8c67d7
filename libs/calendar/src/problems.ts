/**
 * A rule that an input breaks, in a shape the HTTP edge can turn into a field-level message.
 * The code is stable and safe to match on; the message is English prose for people.
 */
export interface CalendarProblem {
  field: string;
  code: string;
  message: string;
}

/** Thrown when a function of this library is given input it cannot reckon with. */
export class CalendarInputError extends RangeError {
  constructor(readonly problems: CalendarProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
    this.name = 'CalendarInputError';
  }
}

export function calendarProblem(field: string, code: string, message: string): CalendarProblem {
  return { field, code, message };
}

/** Throws a CalendarInputError carrying the problems, if there are any. */
export function throwIfProblems(problems: CalendarProblem[]): void {
  if (problems.length > 0) throw new CalendarInputError(problems);
}

/** Throws a CalendarInputError with one problem. */
export function invalidInput(field: string, code: string, message: string): never {
  throw new CalendarInputError([calendarProblem(field, code, message)]);
}
