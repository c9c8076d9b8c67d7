import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatSpan, statusLook } from './format';
import type { Visit } from './types';

/** A visit in a list: its kind as a link, its state, and its time (or the times on offer). */
export function VisitLine({
  visit,
  timeZone,
  context,
}: {
  visit: Visit;
  timeZone: string;
  /** Which adoption it belongs to, where the list mixes them. */
  context?: string;
}) {
  const { t, i18n } = useTranslation();
  const times =
    visit.start && visit.end
      ? [{ start: visit.start, end: visit.end }]
      : visit.status === 'requested'
        ? visit.slots
        : [];
  return (
    <>
      <p className="visit-line-head">
        <Link to="/visits/$visitId" params={{ visitId: visit.id }}>
          {t(`visits.kind.${visit.kind}`)}
          {context ? ` · ${context}` : ''}
        </Link>{' '}
        <span className={`status ${statusLook(visit.status)}`}>
          {t(`visits.status.${visit.status}`)}
        </span>
      </p>
      {times.length > 0 && (
        <ul className="times">
          {times.map((slot) => (
            <li key={slot.start}>{formatSpan(i18n.language, timeZone, slot.start, slot.end)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
