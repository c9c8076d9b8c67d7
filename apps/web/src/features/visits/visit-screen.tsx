import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { meQuery } from '../../api/queries';
import { Button, Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { browserZone, formatInstant, formatSpan, statusLook } from './format';
import {
  adoptionQuery,
  adoptionSchoolQuery,
  organisationOf,
  sideIn,
  visitChanged,
  visitQuery,
} from './queries';
import { ReasonDialog } from './reason-dialog';
import { visitErrorText } from './rule-text';
import type { Adoption, Side, Visit } from './types';
import { CompleteForm, HostsForm, RescheduleForm } from './visit-forms';

const route = getRouteApi('/signed-in/visits/$visitId');

type Change =
  | { kind: 'confirmed'; slot: number }
  | { kind: 'declined' | 'cancelled'; reason: string }
  | { kind: 'rescheduled'; slots: { start: string; end: string }[] }
  | { kind: 'hosts'; hostIds: string[] }
  | { kind: 'completed' | 'reported'; pupilsAttended: number; notes: string };

function send(id: string, change: Change): Promise<Visit> {
  const path = { params: { path: { id } } };
  const answer = (() => {
    switch (change.kind) {
      case 'confirmed':
        return api.POST('/api/v1/visits/{id}/confirm', { ...path, body: { slot: change.slot } });
      case 'declined':
        return api.POST('/api/v1/visits/{id}/decline', {
          ...path,
          body: { reason: change.reason },
        });
      case 'cancelled':
        return api.POST('/api/v1/visits/{id}/cancel', { ...path, body: { reason: change.reason } });
      case 'rescheduled':
        return api.POST('/api/v1/visits/{id}/reschedule', {
          ...path,
          body: { slots: change.slots },
        });
      case 'hosts':
        return api.PUT('/api/v1/visits/{id}/hosts', { ...path, body: { hostIds: change.hostIds } });
      case 'completed':
      case 'reported':
        return api.POST('/api/v1/visits/{id}/complete', {
          ...path,
          body: { pupilsAttended: change.pupilsAttended, notes: change.notes || undefined },
        });
    }
  })();
  return data(answer);
}

const DONE: Record<Change['kind'], string> = {
  confirmed: 'visits.visit.confirmed',
  declined: 'visits.visit.declined',
  cancelled: 'visits.visit.cancelled',
  rescheduled: 'visits.visit.rescheduled',
  hosts: 'visits.visit.hostsSaved',
  completed: 'visits.visit.completed',
  reported: 'visits.visit.reported',
};

/** The visit, its times, who takes part, its history, and what the caller's side may do now. */
export function VisitScreen() {
  const { t } = useTranslation();
  const visitId = route.useParams({
    select: (params: { visitId: string }) => params.visitId,
  });
  const visit = useQuery(visitQuery(visitId));
  const adoption = useQuery({
    ...adoptionQuery(visit.data?.adoptionId ?? ''),
    enabled: Boolean(visit.data),
  });
  const me = useQuery(meQuery).data;
  const error = visit.error ?? adoption.error;
  if (error) return <Notice kind="error">{errorText(t, error)}</Notice>;
  if (!visit.data || !adoption.data || !me) return <p className="page">{t('visits.loading')}</p>;
  return (
    <VisitPage
      visit={visit.data}
      adoption={adoption.data}
      side={sideIn(me, adoption.data)}
      me={me.id}
    />
  );
}

function VisitPage({
  visit,
  adoption,
  side,
  me,
}: {
  visit: Visit;
  adoption: Adoption;
  side: Side | null;
  me: string;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const meData = useQuery(meQuery).data!;
  const [open, setOpen] = useState<'reschedule' | 'hosts' | 'complete' | null>(null);
  const school = useQuery({ ...adoptionSchoolQuery(adoption), enabled: open === 'reschedule' });
  const change = useMutation({
    mutationFn: (what: Change) => send(visit.id, what),
    onSuccess: async (changed) => {
      setOpen(null);
      await visitChanged(queryClient, changed);
    },
  });
  const zone = adoption.school?.timezone ?? browserZone();
  const span = (start: string, end: string) => formatSpan(i18n.language, zone, start, end);
  const none = t('visits.none');
  const open_ = visit.status === 'requested' || visit.status === 'confirmed';
  const answering = side !== null && visit.status === 'requested' && side !== visit.proposedBySide;
  const [now] = useState(() => Date.now());
  const ended = visit.end !== null && Date.parse(visit.end) <= now;
  const exclude = [me, adoption.contactPersonId, ...(adoption.teachers ?? []).map((p) => p.id)];
  const toggle = (what: typeof open) => setOpen(open === what ? null : what);
  const otherSide = visit.proposedBySide === 'school' ? 'company' : 'school';
  const completeForm = (
    <section aria-labelledby="complete-title">
      <h3 id="complete-title">{t('visits.visit.completeTitle')}</h3>
      <CompleteForm
        pupils={adoption.class?.pupils}
        given={visit.pupilsAttended === null ? undefined : visit}
        isPending={change.isPending}
        onSave={(pupilsAttended, notes) =>
          change.mutate({
            // A visit the sweep has marked held takes the report alone.
            kind: visit.status === 'completed' ? 'reported' : 'completed',
            pupilsAttended,
            notes,
          })
        }
      />
    </section>
  );

  return (
    <section className="page">
      <p>
        <Link to="/visits">{t('visits.visits.title')}</Link>
      </p>
      <PageTitle>
        {t('visits.visit.title', {
          kind: t(`visits.kind.${visit.kind}`),
          class: adoption.class?.label ?? none,
        })}
      </PageTitle>
      {change.isSuccess && <Notice kind="success">{t(DONE[change.variables.kind])}</Notice>}
      {change.isError && (
        <Notice kind="error">{visitErrorText(t, i18n.language, change.error, visit.kind)}</Notice>
      )}
      <h2>{t('visits.visit.facts')}</h2>
      <dl className="facts">
        <dt>{t('visits.visit.status')}</dt>
        <dd>
          <span className={`status ${statusLook(visit.status)}`}>
            {t(`visits.status.${visit.status}`)}
          </span>
        </dd>
        <dt>{t('visits.visit.adoption')}</dt>
        <dd>
          <Link to="/adoptions/$adoptionId" params={{ adoptionId: adoption.id }}>
            {t('visits.adoption.title', {
              class: adoption.class?.label ?? none,
              company: adoption.company?.name ?? none,
            })}
          </Link>
        </dd>
        {visit.start && visit.end && (
          <>
            <dt>{t('visits.visit.when')}</dt>
            <dd>{span(visit.start, visit.end)}</dd>
          </>
        )}
        <dt>{t('visits.visit.location')}</dt>
        <dd>{visit.location}</dd>
        <dt>{t('visits.visit.agenda')}</dt>
        <dd className="multiline">{visit.agenda}</dd>
        <dt>{t('visits.visit.proposedBy')}</dt>
        <dd>
          {t('visits.visit.proposedByValue', {
            name: visit.proposer?.name ?? none,
            side: t(`visits.side.${visit.proposedBySide}`),
          })}
        </dd>
        <dt>{t('visits.visit.hosts')}</dt>
        <dd>
          {visit.hosts && visit.hosts.length > 0
            ? visit.hosts.map((host) => host.name).join(', ')
            : visit.hostIds.length > 0
              ? visit.hostIds.length
              : t('visits.visit.noHosts')}
        </dd>
        {visit.reason && (
          <>
            <dt>{t('visits.visit.reason')}</dt>
            <dd>{visit.reason}</dd>
          </>
        )}
        {visit.pupilsAttended !== null && (
          <>
            <dt>{t('visits.visit.pupils')}</dt>
            <dd>{visit.pupilsAttended}</dd>
          </>
        )}
        {visit.notes && (
          <>
            <dt>{t('visits.visit.notes')}</dt>
            <dd className="multiline">{visit.notes}</dd>
          </>
        )}
      </dl>
      {zone !== browserZone() && <p className="hint">{t('visits.zoneNote', { zone })}</p>}

      {visit.status === 'requested' && (
        <>
          <h2>{t('visits.visit.slots')}</h2>
          <p>
            {answering
              ? t('visits.visit.answerThis')
              : t('visits.visit.waitingForOther', { side: t(`visits.side.${otherSide}`) })}
          </p>
          <ul className="slot-choices">
            {visit.slots.map((slot, index) => (
              <li key={slot.start}>
                <span>{span(slot.start, slot.end)}</span>
                {answering && (
                  <Button
                    variant="primary"
                    aria-label={t('visits.visit.chooseSlotNamed', {
                      when: span(slot.start, slot.end),
                    })}
                    isPending={change.isPending && change.variables.kind === 'confirmed'}
                    onPress={() => change.mutate({ kind: 'confirmed', slot: index })}
                  >
                    {t('visits.visit.chooseSlot')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {side !== null && open_ && (
        <>
          <h2>{t('visits.visit.actions')}</h2>
          <div className="actions start">
            {answering && (
              <ReasonDialog
                label={t('visits.visit.decline')}
                title={t('visits.visit.declineTitle')}
                text={t('visits.visit.declineText')}
                confirmLabel={t('visits.visit.decline')}
                onConfirm={(reason) => change.mutate({ kind: 'declined', reason })}
              />
            )}
            <Button aria-expanded={open === 'reschedule'} onPress={() => toggle('reschedule')}>
              {t('visits.visit.reschedule')}
            </Button>
            <Button aria-expanded={open === 'hosts'} onPress={() => toggle('hosts')}>
              {t('visits.visit.changeHosts')}
            </Button>
            {visit.status === 'confirmed' && ended && (
              <Button aria-expanded={open === 'complete'} onPress={() => toggle('complete')}>
                {t('visits.visit.complete')}
              </Button>
            )}
            <ReasonDialog
              label={t('visits.visit.cancelVisit')}
              title={t('visits.visit.cancelTitle')}
              text={t('visits.visit.cancelText')}
              confirmLabel={t('visits.visit.cancelVisit')}
              onConfirm={(reason) => change.mutate({ kind: 'cancelled', reason })}
            />
          </div>
          {open === 'reschedule' && (
            <section aria-labelledby="reschedule-title">
              <h3 id="reschedule-title">{t('visits.visit.rescheduleTitle')}</h3>
              {school.isError && <Notice kind="error">{errorText(t, school.error)}</Notice>}
              {school.data ? (
                <RescheduleForm
                  visit={visit}
                  adoption={adoption}
                  school={school.data}
                  isPending={change.isPending}
                  onSend={(slots) => change.mutate({ kind: 'rescheduled', slots })}
                />
              ) : (
                !school.isError && <p>{t('visits.loading')}</p>
              )}
            </section>
          )}
          {open === 'hosts' && (
            <section aria-labelledby="hosts-title">
              <h3 id="hosts-title">{t('visits.visit.changeHosts')}</h3>
              <HostsForm
                visit={visit}
                organisationId={organisationOf(meData, adoption, side)}
                exclude={exclude}
                isPending={change.isPending}
                onSave={(hostIds) => change.mutate({ kind: 'hosts', hostIds })}
              />
            </section>
          )}
          {open === 'complete' && completeForm}
        </>
      )}

      {side !== null && visit.status === 'completed' && (
        <>
          <h2>{t('visits.visit.actions')}</h2>
          <div className="actions start">
            <Button aria-expanded={open === 'complete'} onPress={() => toggle('complete')}>
              {visit.pupilsAttended === null
                ? t('visits.visit.report')
                : t('visits.visit.correctReport')}
            </Button>
          </div>
          {open === 'complete' && completeForm}
        </>
      )}

      {visit.history && visit.history.length > 0 && (
        <>
          <h2>{t('visits.visit.history')}</h2>
          <ol className="history">
            {visit.history.map((event) => (
              <li key={`${event.revision}-${event.action}-${event.at}`}>
                <time dateTime={event.at}>{formatInstant(i18n.language, zone, event.at)}</time>{' '}
                {t(`visits.visit.action.${event.action}`, {
                  name: event.actorId
                    ? (event.actor?.name ?? t('visits.visit.someone'))
                    : t('visits.visit.system'),
                  defaultValue: event.action,
                })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
