import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidateBy } from 'class-validator';

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

/**
 * The years an instant may lie in. The school calendar reckons in four-digit school years, and a
 * time such as 9999-12-31T20:00:00-14:00 is in year 10000 on a school's wall clock.
 */
const FIRST_INSTANT_YEAR = 1900;
const LAST_INSTANT_YEAR = 2999;

/** An instant with an explicit offset or Z, so it means the same everywhere. */
export const IsInstant = () =>
  applyDecorators(
    IsISO8601({ strict: true }, INSTANT_MESSAGE),
    Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, INSTANT_MESSAGE),
    ValidateBy({
      name: 'instantInYears',
      validator: {
        // Only a time that reads as one; the two checks above name any other.
        validate: (value: unknown) => {
          const year = typeof value === 'string' ? new Date(value).getUTCFullYear() : NaN;
          return Number.isNaN(year) || (year >= FIRST_INSTANT_YEAR && year <= LAST_INSTANT_YEAR);
        },
        defaultMessage: () =>
          `$property must lie between the years ${FIRST_INSTANT_YEAR} and ${LAST_INSTANT_YEAR}`,
      },
    }),
  );
