import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Notice, PageTitle, TableScroll } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { browserZone, formatDay, formatTime } from './format';
import { ProgrammeForm } from './programme-form';
import { changesSchedule, draftOf, programmeBody } from './programme-draft';
import { type Programme, programmeQuery, programmeShiftsQuery } from './queries';
import { ShiftFill, ShiftState } from './shift-state';
import { usePeopleChoices } from './use-programme-choices';

/** A programme: its coming shifts with their fill, and its fields to change. */
export function ProgrammeScreen() {
  const { t } = useTranslation();
  const params: { programmeId?: string } = useParams({ strict: false });
  const programmeId = params.programmeId ?? '';
  const programme = useQuery(programmeQuery(programmeId));

  if (programme.isPending) return <p className="page">{t('coordination.loading')}</p>;
  if (programme.isError) {
    return (
      <section className="page">
        <Notice kind="error">{errorText(t, programme.error)}</Notice>
      </section>
    );
  }
  return (
    <section className="page">
      <p>
        <Link to="/programmes">{t('coordination.programme.back')}</Link>
      </p>
      <PageTitle>{programme.data.title}</PageTitle>
      <p>{programme.data.location}</p>
      <p>
        <Link
          to="/reports/programmes/$programmeId"
          params={{ programmeId }}
          className="button secondary"
        >
          {t('coordination.programme.report')}
        </Link>
      </p>
      <ComingShifts programme={programme.data} />
      <h2>{t('coordination.programme.edit')}</h2>
      <ChangeProgramme programme={programme.data} />
    </section>
  );
}

function ComingShifts({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const shifts = useQuery(programmeShiftsQuery(programme.id));
  const zone = programme.timezone;
  return (
    <>
      <h2>{t('coordination.programme.shifts')}</h2>
      {zone !== browserZone() && (
        <p className="hint">{t('coordination.programme.zoneNote', { zone })}</p>
      )}
      {shifts.isPending && <p>{t('coordination.loading')}</p>}
      {shifts.isError && <Notice kind="error">{errorText(t, shifts.error)}</Notice>}
      {shifts.data?.items.length === 0 && <p>{t('coordination.programme.shiftsEmpty')}</p>}
      {shifts.data && shifts.data.items.length > 0 && (
        <TableScroll label={t('coordination.programme.shifts')}>
          <table className="shift-table">
            <thead>
              <tr>
                <th scope="col">{t('coordination.programme.date')}</th>
                <th scope="col">{t('coordination.programme.time')}</th>
                <th scope="col">{t('coordination.programme.fill')}</th>
                <th scope="col">{t('coordination.programme.state')}</th>
              </tr>
            </thead>
            <tbody>
              {shifts.data.items.map((shift) => (
                <tr key={shift.id}>
                  <td>
                    <Link
                      to="/programmes/$programmeId/shifts/$shiftId"
                      params={{ programmeId: programme.id, shiftId: shift.id }}
                      aria-label={t('coordination.programme.roster', {
                        date: formatDay(shift.start, i18n.language, zone),
                      })}
                    >
                      {formatDay(shift.start, i18n.language, zone)}
                    </Link>
                  </td>
                  <td>
                    {formatTime(shift.start, i18n.language, zone)}–
                    {formatTime(shift.end, i18n.language, zone)}
                  </td>
                  <td>
                    <ShiftFill shift={shift} />
                  </td>
                  <td>
                    <ShiftState shift={shift} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

function ChangeProgramme({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(programme));
  const [saved, setSaved] = useState(false);
  const choices = usePeopleChoices(programme.partnerId);
  const update = useMutation({
    mutationFn: () => {
      const change = programmeBody(draft);
      return data(
        api.PATCH('/api/v1/programmes/{id}', {
          params: { path: { id: programme.id } },
          body: change,
        }),
      );
    },
    onSuccess: async (changed) => {
      queryClient.setQueryData(programmeQuery(programme.id).queryKey, changed);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['programmes'] });
      await queryClient.invalidateQueries({ queryKey: ['shifts'] });
    },
  });
  return (
    <>
      {saved && <Notice kind="success">{t('coordination.form.saved')}</Notice>}
      {choices.error != null && <Notice kind="error">{errorText(t, choices.error)}</Notice>}
      <ProgrammeForm
        draft={draft}
        onChange={(next) => {
          setSaved(false);
          setDraft(next);
        }}
        companies={withCurrent(choices.companies, programme.companies)}
        coordinators={withCurrent(choices.coordinators, programme.coordinators)}
        submitLabel={t('coordination.form.save')}
        pending={update.isPending}
        error={update.error}
        warning={
          changesSchedule(programme, draft) ? t('coordination.form.scheduleChange') : undefined
        }
        onSubmit={() => update.mutate()}
      />
    </>
  );
}

/** The choices, plus any the programme names that the list does not offer. */
function withCurrent(options: Named[], current: Named[]): Named[] {
  const known = new Set(options.map((option) => option.id));
  return [...options, ...current.filter((named) => !known.has(named.id))];
}

interface Named {
  id: string;
  name: string;
}
