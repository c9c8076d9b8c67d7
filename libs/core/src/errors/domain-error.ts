/**
 * What went wrong, in the domain's words. The HTTP edge maps the kind to a status; the worker
 * maps it to "do not retry". The code is stable (`visit.outside-term`) and safe to match on.
 */
export type DomainErrorKind = 'invalid' | 'unauthorised' | 'forbidden' | 'not-found' | 'conflict';

export interface FieldProblem {
  field: string;
  messages: string[];
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, code = `${what}.not-found`) {
    super('not-found', code, `No such ${what}.`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string) {
    super('conflict', code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: string, message: string) {
    super('forbidden', code, message);
  }
}

export class UnauthorisedError extends DomainError {
  constructor(code: string, message: string) {
    super('unauthorised', code, message);
  }
}

/** Input that passed the shape checks but is wrong for one field, e.g. an unknown organisation. */
export class InvalidFieldError extends DomainError {
  constructor(code: string, field: string, message: string) {
    super('invalid', code, `${field}: ${message}`, [{ field, messages: [message] }]);
  }
}

/** Several fields wrong at once, each with its own message. */
export function invalidFields(
  problems: { field: string; code: string; message: string }[],
): DomainError {
  return new DomainError(
    'invalid',
    problems[0]?.code ?? 'request.invalid',
    problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
    problems.map((problem) => ({ field: problem.field, messages: [problem.message] })),
  );
}
