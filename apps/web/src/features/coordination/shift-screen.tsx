import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { AttendanceForm } from './attendance-form';
import { CancelShift } from './cancel-shift';
import { browserZone, formatDay, formatShift } from './format';
import { programmeQuery, type ShiftDetail, shiftQuery, type Signup } from './queries';
import { nameOf, ShiftFill, ShiftState } from './shift-state';

/** A shift's roster and waiting list, its attendance, and its cancellation. */
export function ShiftScreen() {
  const { t, i18n } = useTranslation();
  const params: { programmeId?: string; shiftId?: string } = useParams({ strict: false });
  const programmeId = params.programmeId ?? '';
  const shiftId = params.shiftId ?? '';
  // When the screen opened: attendance opens, and cancelling closes, at the shift's start.
  const [openedAt] = useState(() => Date.now());
  const shift = useQuery(shiftQuery(shiftId));
  const programme = useQuery(programmeQuery(programmeId));

  if (shift.isPending || programme.isPending) {
    return <p className="page">{t('coordination.loading')}</p>;
  }
  if (shift.isError || programme.isError) {
    return (
      <section className="page">
        <Notice kind="error">{errorText(t, shift.error ?? programme.error)}</Notice>
      </section>
    );
  }
  const zone = programme.data.timezone;
  const placed = shift.data.signups.filter((signup) => signup.status === 'confirmed');
  const waiting = shift.data.signups
    .filter((signup) => signup.status === 'waitlisted')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const started = new Date(shift.data.start).getTime() <= openedAt;

  return (
    <section className="page">
      <p>
        <Link to="/programmes/$programmeId" params={{ programmeId }}>
          {t('coordination.shift.back', { title: programme.data.title })}
        </Link>
      </p>
      <PageTitle>
        {t('coordination.shift.title', { date: formatDay(shift.data.start, i18n.language, zone) })}
      </PageTitle>
      <dl className="facts">
        <dt>{t('coordination.shift.when')}</dt>
        <dd>
          {formatShift(shift.data, i18n.language, zone)}
          {zone !== browserZone() && ` (${zone})`}
        </dd>
        <dt>{t('coordination.shift.where')}</dt>
        <dd>{programme.data.location}</dd>
        <dt>{t('coordination.programme.fill')}</dt>
        <dd>
          <ShiftFill shift={shift.data} />
        </dd>
        <dt>{t('coordination.shift.status')}</dt>
        <dd>
          <ShiftState shift={shift.data} />
        </dd>
      </dl>
      {shift.data.status === 'cancelled' && (
        <Notice kind="info">
          {shift.data.cancelReason
            ? t('coordination.shift.cancelledBecause', { reason: shift.data.cancelReason })
            : t('coordination.shift.cancelledNoReason')}
        </Notice>
      )}

      <h2>{t('coordination.shift.roster')}</h2>
      <Roster signups={placed} shift={shift.data} />

      <h2>{t('coordination.shift.waitingList')}</h2>
      {waiting.length === 0 ? (
        <p>{t('coordination.shift.waitingEmpty')}</p>
      ) : (
        <ol className="waiting-list" aria-label={t('coordination.shift.waitingList')}>
          {waiting.map((signup) => (
            <li key={signup.id}>
              {nameOf(signup, t)}{' '}
              <span className="hint">
                ({t('coordination.shift.position', { position: signup.position })})
              </span>
            </li>
          ))}
        </ol>
      )}

      {shift.data.status === 'scheduled' && placed.length > 0 && (
        <>
          <h2>{t('coordination.shift.attendance')}</h2>
          {!started && (
            <p className="hint">
              {t('coordination.shift.notStarted', {
                start: formatShift(shift.data, i18n.language, zone),
              })}
            </p>
          )}
          <AttendanceForm shift={shift.data} placed={placed} />
        </>
      )}

      {shift.data.status === 'scheduled' && !started && (
        <>
          <h2>{t('coordination.shift.cancel')}</h2>
          <CancelShift shift={shift.data} />
        </>
      )}
    </section>
  );
}

function Roster({ signups, shift }: { signups: Signup[]; shift: ShiftDetail }) {
  const { t, i18n } = useTranslation();
  if (signups.length === 0) return <p>{t('coordination.shift.rosterEmpty')}</p>;
  return (
    <ul className="roster" aria-label={t('coordination.shift.roster')}>
      {signups.map((signup) => (
        <li key={signup.id}>
          <span>{nameOf(signup, t)}</span>
          {shift.status === 'scheduled' && (
            <span className="hint">
              {signup.attended === null
                ? t('coordination.shift.notRecorded')
                : signup.attended
                  ? t('coordination.shift.recorded', {
                      hours: new Intl.NumberFormat(i18n.language).format(signup.hours ?? 0),
                    })
                  : t('coordination.shift.recordedNoShow')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
