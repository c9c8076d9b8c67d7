import { VISIT_DURATION_LIMITS } from '@app/calendar';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { errors } from '../../i18n/errors';
import type { VisitKind } from './types';

/**
 * A rule's code in words. The duration is told for the kind at hand; every other rule reads as
 * the API's answer with the same code reads.
 */
export function ruleText(t: TFunction, language: string, code: string, kind: VisitKind): string {
  if (code === 'visit.duration') {
    const { minimumMinutes, maximumMinutes } = VISIT_DURATION_LIMITS[kind];
    const min = kind === 'class-visit' ? minimumMinutes / 60 : minimumMinutes;
    return t(`visits.rules.duration.${kind}`, { min, max: maximumMinutes / 60 });
  }
  const texts = language === 'en' ? errors.en : errors.da;
  return texts[code] ?? code;
}

/** A refused request in words: a visit rule as the rule reads here, anything else as the API's code reads. */
export function visitErrorText(
  t: TFunction,
  language: string,
  error: unknown,
  kind: VisitKind,
): string {
  if (error instanceof ApiError && error.code.startsWith('visit.')) {
    return ruleText(t, language, error.code, kind);
  }
  return errorText(t, error);
}
