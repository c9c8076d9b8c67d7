import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/**
 * What to tell a person about a failed request: the translation of the API's code when there
 * is one, else the API's own message (it names the field or the rule), else a general text.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const translated = t(key, { defaultValue: '' });
    if (translated) return translated;
    const byStatus = t(`errors.http.${error.status}`, { defaultValue: '' });
    return error.message || byStatus || t('errors.unknown');
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.unknown');
}
