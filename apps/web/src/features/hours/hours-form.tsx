import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  FieldError,
  Form,
  Input,
  Label,
  NumberField,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data, type Schemas } from '../../api/client';
import { Button, Notice } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { fieldErrors } from '../../components/field-errors';

type Entry = Schemas['HoursEntryDto'];
type Activity = Entry['activity'];
export const ACTIVITIES: Activity[] = ['planning', 'meeting', 'visit', 'travel', 'other'];

/**
 * Logs hours on an adoption, or corrects an entry when `entry` is given. The API checks the
 * day's rules (a day that has come, in a term, at most 24 hours); its refusal reads in words.
 */
export function HoursForm({
  adoptionId,
  today,
  entry,
  onDone,
}: {
  adoptionId: string;
  today: string;
  entry?: Entry;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(entry?.date ?? today);
  const [hours, setHours] = useState(entry?.hours ?? Number.NaN);
  const [activity, setActivity] = useState<Activity>(entry?.activity ?? 'planning');
  const [note, setNote] = useState(entry?.note ?? '');
  const save = useMutation({
    mutationFn: () => {
      const body = { date, hours, activity, note: note.trim() };
      return entry
        ? data(
            api.PATCH('/api/v1/adoptions/{id}/hours/{entryId}', {
              params: { path: { id: adoptionId, entryId: entry.id } },
              body,
            }),
          )
        : data(
            api.POST('/api/v1/adoptions/{id}/hours', {
              params: { path: { id: adoptionId } },
              body,
            }),
          );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['adoptions', adoptionId] });
      if (!entry) {
        setHours(Number.NaN);
        setNote('');
      }
      onDone?.();
    },
  });
  const problems = fieldErrors(save.error, {
    date: t('hours.form.dateInvalid'),
    hours: t('hours.form.hoursInvalid'),
    activity: t('hours.form.activityInvalid'),
    note: t('hours.form.noteInvalid'),
  });
  const prefix = entry ? `edit-${entry.id}` : 'log';

  return (
    <Form
      className="stack hours-form"
      validationBehavior="aria"
      aria-label={entry ? t('hours.form.editTitle') : t('hours.form.title')}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <div className="field">
        <label htmlFor={`${prefix}-date`}>{t('hours.form.date')}</label>
        <input
          id={`${prefix}-date`}
          type="date"
          value={date}
          aria-invalid={problems.date ? true : undefined}
          aria-describedby={problems.date ? `${prefix}-date-error` : undefined}
          onChange={(event) => setDate(event.target.value)}
        />
        {problems.date && (
          <span className="field-error" id={`${prefix}-date-error`}>
            {problems.date}
          </span>
        )}
      </div>
      <NumberField
        className="field"
        value={hours}
        onChange={setHours}
        minValue={0}
        step={0.25}
        formatOptions={{ maximumFractionDigits: 2 }}
        isInvalid={Boolean(problems.hours)}
        isRequired
      >
        <Label>{t('hours.form.hours')}</Label>
        <Input />
        <Text slot="description">{t('hours.form.hoursHint')}</Text>
        <FieldError>{problems.hours}</FieldError>
      </NumberField>
      <RadioGroup
        className="field choice"
        value={activity}
        onChange={(value) => setActivity(value as Activity)}
        isInvalid={Boolean(problems.activity)}
      >
        <Label>{t('hours.form.activity')}</Label>
        {ACTIVITIES.filter((kind) => kind !== 'visit' || entry?.activity === 'visit').map(
          (kind) => (
            <Radio key={kind} value={kind}>
              {t(`hours.activity.${kind}`)}
            </Radio>
          ),
        )}
        <FieldError>{problems.activity}</FieldError>
      </RadioGroup>
      <TextField
        className="field"
        value={note}
        onChange={setNote}
        isInvalid={Boolean(problems.note)}
      >
        <Label>{t('hours.form.note')}</Label>
        <TextArea rows={2} />
        <FieldError>{problems.note}</FieldError>
      </TextField>
      {save.isError && <Notice kind="error">{errorText(t, save.error)}</Notice>}
      {save.isSuccess && !entry && <Notice kind="success">{t('hours.form.logged')}</Notice>}
      <div className="actions">
        {onDone && entry && (
          <Button variant="quiet" onPress={onDone}>
            {t('hours.cancel')}
          </Button>
        )}
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {entry ? t('hours.form.saveChange') : t('hours.form.submit')}
        </Button>
      </div>
    </Form>
  );
}
