import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { api, data } from '../../api/client';
import { Button, Field, Notice } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { formatNumber } from './format';
import { parseHours } from './hours';
import type { ShiftDetail, Signup } from './queries';
import { nameOf } from './shift-state';

interface Mark {
  attended: 'yes' | 'no';
  hours: string;
}

/**
 * Who came and for how long; hours start at the shift's length. The API refuses before the
 * shift has begun, and the refusal is shown in words.
 */
export function AttendanceForm({ shift, placed }: { shift: ShiftDetail; placed: Signup[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const length = (new Date(shift.end).getTime() - new Date(shift.start).getTime()) / 3_600_000;
  const [marks, setMarks] = useState<Record<string, Mark>>(() =>
    Object.fromEntries(
      placed.map((signup) => [
        signup.userId,
        {
          attended: signup.attended === false ? 'no' : 'yes',
          hours: formatNumber(signup.hours ?? length, i18n.language),
        },
      ]),
    ),
  );
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/shifts/{id}/attendance', {
          params: { path: { id: shift.id } },
          body: {
            records: placed.map((signup) => {
              const mark = marks[signup.userId];
              return mark.attended === 'yes'
                ? { userId: signup.userId, attended: true, hours: parseHours(mark.hours)! }
                : { userId: signup.userId, attended: false };
            }),
          },
        }),
      ),
    onSuccess: async (changed) => {
      queryClient.setQueryData(['shifts', shift.id], changed);
      await queryClient.invalidateQueries({ queryKey: ['programmes', shift.programmeId] });
    },
  });
  const invalid = (mark: Mark) => mark.attended === 'yes' && parseHours(mark.hours) === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    save.reset();
    if (!Object.values(marks).some(invalid)) save.mutate();
  };

  return (
    <form className="stack attendance" onSubmit={submit} noValidate>
      <ul className="attendance-list">
        {placed.map((signup) => {
          const mark = marks[signup.userId];
          const name = nameOf(signup, t);
          const setMark = (change: Partial<Mark>) =>
            setMarks({ ...marks, [signup.userId]: { ...mark, ...change } });
          return (
            <li key={signup.id}>
              <RadioGroup
                className="attendance-choice"
                value={mark.attended}
                onChange={(value) => setMark({ attended: value as Mark['attended'] })}
                orientation="horizontal"
              >
                <Label>{t('coordination.shift.attendanceOf', { name })}</Label>
                <div className="radio-options">
                  <Radio value="yes" className="radio">
                    <span className="radio-dot" aria-hidden="true" />
                    {t('coordination.shift.attended')}
                  </Radio>
                  <Radio value="no" className="radio">
                    <span className="radio-dot" aria-hidden="true" />
                    {t('coordination.shift.noShow')}
                  </Radio>
                </div>
              </RadioGroup>
              {mark.attended === 'yes' && (
                <Field
                  label={t('coordination.shift.hoursFor', { name })}
                  inputMode="decimal"
                  value={mark.hours}
                  onChange={(hours) => setMark({ hours })}
                  errorMessage={
                    tried && invalid(mark) ? t('coordination.shift.hoursProblem') : undefined
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      {save.isError && <Notice kind="error">{errorText(t, save.error)}</Notice>}
      {save.isSuccess && <Notice kind="success">{t('coordination.shift.attendanceSaved')}</Notice>}
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={save.isPending}>
          {t('coordination.shift.saveAttendance')}
        </Button>
      </div>
    </form>
  );
}
