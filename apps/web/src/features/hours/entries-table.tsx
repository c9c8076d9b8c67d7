import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data, type Schemas } from '../../api/client';
import { ConfirmButton } from '../../components/confirm-dialog';
import { Button, Notice, TableScroll } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { formatDay, formatHours, termLabel } from './format';
import { HoursForm } from './hours-form';

type Entry = Schemas['HoursEntryDto'];

/**
 * The adoption's entries, newest first. An admin or the person who logged an entry may correct
 * or delete it; hours a completed visit logged are its duration and stay as they are.
 */
export function EntriesTable({
  adoptionId,
  entries,
  today,
  canChange,
}: {
  adoptionId: string;
  entries: Entry[];
  today: string;
  canChange: (entry: Entry) => boolean;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (entryId: string) =>
      data(
        api.DELETE('/api/v1/adoptions/{id}/hours/{entryId}', {
          params: { path: { id: adoptionId, entryId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['adoptions', adoptionId] }),
  });

  if (entries.length === 0) return <p>{t('hours.entries.none')}</p>;
  const newestFirst = [...entries].reverse();
  const anyChangeable = entries.some(canChange);

  return (
    <>
      {remove.isError && <Notice kind="error">{errorText(t, remove.error)}</Notice>}
      {remove.isSuccess && <Notice kind="success">{t('hours.entries.deleted')}</Notice>}
      <TableScroll label={t('hours.entries.caption')}>
        <table className="hours-entries" aria-label={t('hours.entries.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('hours.entries.date')}</th>
              <th scope="col">{t('hours.entries.activity')}</th>
              <th scope="col" className="number">
                {t('hours.entries.hours')}
              </th>
              <th scope="col">{t('hours.entries.note')}</th>
              {anyChangeable && <th scope="col">{t('hours.entries.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((entry) => {
              const day = formatDay(i18n.language, entry.date);
              const changeable = canChange(entry) && entry.source === 'manual';
              return [
                <tr key={entry.id}>
                  <td>
                    {day}
                    <br />
                    <span className="hint">{termLabel(t, entry.term)}</span>
                  </td>
                  <td>
                    {t(`hours.activity.${entry.activity}`)}
                    {entry.source === 'visit' && (
                      <>
                        {' '}
                        <span className="status">{t('hours.entries.fromVisit')}</span>
                      </>
                    )}
                  </td>
                  <td className="number">{formatHours(i18n.language, entry.hours)}</td>
                  <td>{entry.note}</td>
                  {anyChangeable && (
                    <td>
                      {changeable && (
                        <div className="row-actions">
                          <Button
                            variant="secondary"
                            aria-label={t('hours.entries.editOne', { day })}
                            onPress={() => setEditing(editing === entry.id ? null : entry.id)}
                            aria-expanded={editing === entry.id}
                          >
                            {t('hours.entries.edit')}
                          </Button>
                          <ConfirmButton
                            label={t('hours.entries.delete')}
                            title={t('hours.entries.deleteTitle')}
                            confirmLabel={t('hours.entries.deleteConfirm')}
                            cancelLabel={t('hours.cancel')}
                            onConfirm={() => remove.mutate(entry.id)}
                          >
                            <p>
                              {t('hours.entries.deleteText', {
                                day,
                                hours: formatHours(i18n.language, entry.hours),
                              })}
                            </p>
                          </ConfirmButton>
                        </div>
                      )}
                    </td>
                  )}
                </tr>,
                editing === entry.id && (
                  <tr key={`${entry.id}-edit`}>
                    <td colSpan={anyChangeable ? 5 : 4}>
                      <HoursForm
                        adoptionId={adoptionId}
                        today={today}
                        entry={entry}
                        onDone={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
