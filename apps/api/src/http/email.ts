import { isEmail, ValidateBy } from 'class-validator';

/** Half of a surrogate pair on its own: no character at all. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/**
 * An email address. Not class-validator's `IsEmail()` alone: validator.js passes the address to
 * `encodeURI`, which throws on a lone surrogate, and that made a 500 of a 400.
 */
export const IsEmailAddress = () =>
  ValidateBy({
    name: 'isEmailAddress',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && !LONE_SURROGATE.test(value) && isEmail(value),
      defaultMessage: () => '$property must be an email address',
    },
  });
