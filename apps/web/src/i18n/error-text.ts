import i18next, { type TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { errors } from './errors';

/** The text of an error code in the current language, if it has one. */
function known(code: string): string | undefined {
  const language = i18next.language === 'en' ? 'en' : 'da';
  return errors[language][code];
}

/**
 * What to tell a person about a failed request: the translation of the API's code when there
 * is one, else the API's own message (it names the field or the rule), else a general text.
 */
export function errorText(_t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    return (
      known(error.code) ?? (error.message || known(`http.${error.status}`)) ?? known('unknown')!
    );
  }
  if (error instanceof TypeError) return known('network')!;
  return known('unknown')!;
}
