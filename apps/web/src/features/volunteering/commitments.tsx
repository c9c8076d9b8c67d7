import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ConfirmButton } from '../../components/confirm-dialog';
import { Button, Notice } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { shortDate, wallClock } from './format';
import { myCommitmentsQuery, programmesQuery, useCommit, useEndCommitment } from './queries';

type Programme = Schemas['ProgrammeDto'];

/** "Wednesdays 16:00–18:00": the programme's weekly schedule, in its own zone's wall clock. */
function weekly(language: string, programme: Programme): string {
  const { weekdays, startTime, endTime } = programme.schedule;
  const names = weekdays.map((weekday) =>
    new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
      // 2024-01-01 was a Monday: weekday 1.
      new Date(Date.UTC(2024, 0, weekday)),
    ),
  );
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
  return `${list} ${wallClock(language, startTime)}–${wallClock(language, endTime)}`;
}

function CommitmentRow({ programme, since }: { programme: Programme; since: string | undefined }) {
  const { t, i18n } = useTranslation();
  const commit = useCommit();
  const end = useEndCommitment();
  const [ended, setEnded] = useState<number | null>(null);
  const headingId = `commitment-${programme.id}`;

  return (
    <li>
      <article className="commitment" aria-labelledby={headingId}>
        <h3 id={headingId}>{programme.title}</h3>
        <p>
          {weekly(i18n.language, programme)} · {programme.location}
        </p>
        {since ? (
          <p>
            <span className="status ok">
              {t('volunteering.mine.committedSince', { date: shortDate(i18n.language, since) })}
            </span>
          </p>
        ) : (
          <p className="hint">{t('volunteering.mine.notCommitted')}</p>
        )}
        <div className="actions start">
          {since ? (
            <ConfirmButton
              label={t('volunteering.mine.end')}
              title={t('volunteering.mine.endTitle')}
              confirmLabel={t('volunteering.mine.endConfirm')}
              cancelLabel={t('volunteering.mine.cancel')}
              onConfirm={() => {
                commit.reset();
                end.mutate(programme.id, {
                  onSuccess: (answer) =>
                    setEnded((answer as { released?: number } | undefined)?.released ?? 0),
                });
              }}
            >
              <p>{t('volunteering.mine.endText', { programme: programme.title })}</p>
            </ConfirmButton>
          ) : (
            <Button
              variant="primary"
              isDisabled={commit.isPending}
              onPress={() => {
                end.reset();
                commit.mutate(programme.id);
              }}
            >
              {t('volunteering.mine.start')}
            </Button>
          )}
        </div>
        {commit.isSuccess && (
          <Notice kind="success">
            {t('volunteering.mine.started', {
              count: commit.data.waitlisted,
              confirmed: commit.data.confirmed,
              waitlisted: commit.data.waitlisted,
            })}
          </Notice>
        )}
        {end.isSuccess && ended !== null && (
          <Notice kind="success">{t('volunteering.mine.ended', { count: ended })}</Notice>
        )}
        {commit.isError && <Notice kind="error">{errorText(t, commit.error)}</Notice>}
        {end.isError && <Notice kind="error">{errorText(t, end.error)}</Notice>}
      </article>
    </li>
  );
}

/** Each programme open to the volunteer, with their standing commitment to start or end. */
export function Commitments() {
  const { t } = useTranslation();
  const programmes = useQuery(programmesQuery);
  const commitments = useQuery(myCommitmentsQuery);

  if (programmes.isPending || commitments.isPending) return <p>{t('app.loading')}</p>;
  if (programmes.isError) return <Notice kind="error">{errorText(t, programmes.error)}</Notice>;
  if (commitments.isError) return <Notice kind="error">{errorText(t, commitments.error)}</Notice>;
  if (programmes.data.items.length === 0) return <p>{t('volunteering.mine.noProgrammes')}</p>;
  const since = new Map(commitments.data.items.map((item) => [item.programmeId, item.since]));

  return (
    <ul className="commitments">
      {programmes.data.items.map((programme) => (
        <CommitmentRow key={programme.id} programme={programme} since={since.get(programme.id)} />
      ))}
    </ul>
  );
}
