import { ApiError } from '../api/client';

/**
 * The fields a refused request named (a 400's details), each with the text this screen has
 * for it: the API's English words name the rule, the screen says it in the person's language.
 */
export function fieldErrors<F extends string>(
  error: unknown,
  texts: Record<F, string>,
): Partial<Record<F, string>> {
  if (!(error instanceof ApiError)) return {};
  const found: Partial<Record<F, string>> = {};
  for (const detail of error.details) {
    const field = detail.field.split('.')[0] as F;
    if (field in texts) found[field] = texts[field];
  }
  return found;
}
