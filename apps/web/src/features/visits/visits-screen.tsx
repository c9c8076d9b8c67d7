import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { useAdoptionName } from './adoptions-screen';
import { browserZone, visitEnd, visitStart } from './format';
import { adoptionsQuery, sideIn, visitsQuery } from './queries';
import type { Adoption, Visit } from './types';
import { VisitLine } from './visit-line';

const PAST_SHOWN = 20;

/**
 * The caller's visits in three lists: requests the other side made, waiting for the caller's
 * answer; then visits to come, soonest first; then the past, latest first.
 */
export function sortVisits(
  visits: Visit[],
  sideOf: (visit: Visit) => 'school' | 'company' | null,
  now: number,
): { waiting: Visit[]; coming: Visit[]; past: Visit[] } {
  const at = (visit: Visit) => Date.parse(visitStart(visit) ?? '') || 0;
  const ended = (visit: Visit) => (Date.parse(visitEnd(visit) ?? '') || 0) <= now;
  const waiting = visits.filter((visit) => {
    const side = sideOf(visit);
    return visit.status === 'requested' && side !== null && side !== visit.proposedBySide;
  });
  const coming = visits.filter(
    (visit) =>
      !waiting.includes(visit) &&
      (visit.status === 'requested' || visit.status === 'confirmed') &&
      !ended(visit),
  );
  const past = visits.filter((visit) => !waiting.includes(visit) && !coming.includes(visit));
  return {
    waiting: waiting.sort((a, b) => at(a) - at(b)),
    coming: coming.sort((a, b) => at(a) - at(b)),
    past: past.sort((a, b) => at(b) - at(a)).slice(0, PAST_SHOWN),
  };
}

function VisitList({
  visits,
  empty,
  adoptions,
}: {
  visits: Visit[];
  empty: string;
  adoptions: Map<string, Adoption>;
}) {
  const name = useAdoptionName();
  if (visits.length === 0) return <p>{empty}</p>;
  return (
    <ul className="visit-list">
      {visits.map((visit) => {
        const adoption = adoptions.get(visit.adoptionId);
        return (
          <li key={visit.id}>
            <VisitLine
              visit={visit}
              timeZone={adoption?.school?.timezone ?? browserZone()}
              context={adoption ? name(adoption) : undefined}
            />
          </li>
        );
      })}
    </ul>
  );
}

export function VisitsScreen() {
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  const visits = useQuery(visitsQuery);
  const adoptions = useQuery(adoptionsQuery);
  const [now] = useState(() => Date.now());

  const error = visits.error ?? adoptions.error;
  if (error) return <Notice kind="error">{errorText(t, error)}</Notice>;
  if (!me || !visits.data || !adoptions.data) {
    return <p className="page">{t('visits.loading')}</p>;
  }
  const byId = new Map(adoptions.data.map((adoption) => [adoption.id, adoption]));
  const sorted = sortVisits(
    visits.data,
    (visit) => {
      const adoption = byId.get(visit.adoptionId);
      return adoption ? sideIn(me, adoption) : null;
    },
    now,
  );

  return (
    <section className="page">
      <PageTitle>{t('visits.visits.title')}</PageTitle>
      {(['waiting', 'coming', 'past'] as const).map((list) => (
        <section key={list} aria-labelledby={`visits-${list}`}>
          <h2 id={`visits-${list}`}>{t(`visits.visits.${list}`)}</h2>
          <VisitList
            visits={sorted[list]}
            empty={t(`visits.visits.${list}Empty`)}
            adoptions={byId}
          />
        </section>
      ))}
    </section>
  );
}
