import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

const DATE_MESSAGE = { message: 'must be a date, YYYY-MM-DD' };
const INSTANT_MESSAGE = {
  message: 'must be an ISO 8601 time with its offset, e.g. 2026-10-07T09:00:00+02:00',
};

/** A calendar date, `YYYY-MM-DD`. */
export const IsDateOnly = () =>
  applyDecorators(
    IsISO8601({ strict: true }, DATE_MESSAGE),
    Matches(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE),
  );

/** An instant with an explicit offset or Z, so it means the same everywhere. */
export const IsInstant = () =>
  applyDecorators(
    IsISO8601({ strict: true }, INSTANT_MESSAGE),
    Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, INSTANT_MESSAGE),
  );
