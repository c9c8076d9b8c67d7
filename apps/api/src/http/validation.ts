import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem } from '@app/core';

/** Flattens class-validator's tree into one entry per field path, e.g. `closedDates.0.to`. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.entries(error.constraints ?? {}).map(([name, message]) =>
      name === 'whitelistValidation'
        ? 'is not a known field'
        : message.startsWith(`${error.property} `)
          ? message.slice(error.property.length + 1)
          : message,
    );
    const own = messages.length > 0 ? [{ field, messages }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** Unknown fields rejected, types converted, every problem named by its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = fieldProblems(errors);
      const message = details.map((d) => `${d.field}: ${d.messages.join(', ')}`).join('; ');
      return new DomainError('invalid', 'request.invalid', message, details);
    },
  });
}
