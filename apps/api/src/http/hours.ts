import { ValidateBy } from 'class-validator';

/**
 * A number of hours with at most two decimals, e.g. 1.5 or 7.4. Not class-validator's
 * `IsNumber({ maxDecimalPlaces })`: it throws on a fraction written with an exponent, such as
 * 1e-7, which made a 500 of a 400.
 */
export const IsHours = () =>
  ValidateBy({
    name: 'isHours',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(2)) === value,
      defaultMessage: () => '$property must be a number of hours, with at most two decimals',
    },
  });
