import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Field, Notice } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { CheckList, Choice } from './choices';
import {
  type ClosedRow,
  draftProblems,
  newClosedRow,
  type ProgrammeDraft,
} from './programme-draft';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

interface Option {
  id: string;
  name: string;
}

/**
 * A programme's fields: title, place, zone, weekly schedule, places, closed days, companies and
 * coordinators. The rules are checked here as the API checks them; the API's answer is shown
 * in words when it still refuses.
 */
export function ProgrammeForm({
  draft,
  onChange,
  partners,
  companies,
  coordinators,
  submitLabel,
  pending,
  error,
  saved,
  warning,
  onSubmit,
}: {
  draft: ProgrammeDraft;
  onChange: (draft: ProgrammeDraft) => void;
  /** Shown as a choice when there is more than one (creating only). */
  partners?: Option[];
  companies: Option[];
  coordinators: Option[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  saved?: boolean;
  warning?: string;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const problems = tried ? draftProblems(draft) : {};
  const problem = (field: string) => {
    const key = problems[field];
    return key ? t(`coordination.form.problems.${key}`) : undefined;
  };
  const set = <K extends keyof ProgrammeDraft>(key: K, value: ProgrammeDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const setRow = (index: number, row: ClosedRow) =>
    set(
      'closedDates',
      draft.closedDates.map((current, at) => (at === index ? row : current)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(draftProblems(draft)).length === 0) onSubmit();
  };

  return (
    <form className="stack programme-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('coordination.form.basics')}</legend>
        <Field
          label={t('coordination.form.title')}
          value={draft.title}
          onChange={(value) => set('title', value)}
          errorMessage={problem('title')}
          isRequired
        />
        <Field
          label={t('coordination.form.location')}
          value={draft.location}
          onChange={(value) => set('location', value)}
          errorMessage={problem('location')}
          isRequired
        />
        {partners && partners.length > 1 && (
          <Choice
            label={t('coordination.form.partner')}
            options={partners}
            value={draft.partnerId}
            onChange={(value) => onChange({ ...draft, partnerId: value, coordinatorIds: [] })}
          />
        )}
        <Field
          label={t('coordination.form.timezone')}
          description={t('coordination.form.timezoneHint')}
          value={draft.timezone}
          onChange={(value) => set('timezone', value)}
          errorMessage={problem('timezone')}
          isRequired
        />
      </fieldset>

      <fieldset>
        <legend>{t('coordination.form.schedule')}</legend>
        <CheckList
          label={t('coordination.form.weekdays')}
          options={WEEKDAYS.map((day) => ({
            id: String(day),
            name: t(`coordination.weekdays.${day}`),
          }))}
          value={draft.weekdays.map(String)}
          onChange={(value) => set('weekdays', value.map(Number))}
          errorMessage={problem('weekdays')}
          empty=""
        />
        <div className="field-row">
          <Field
            type="time"
            label={t('coordination.form.startTime')}
            value={draft.startTime}
            onChange={(value) => set('startTime', value)}
            errorMessage={problem('startTime')}
            isRequired
          />
          <Field
            type="time"
            label={t('coordination.form.endTime')}
            value={draft.endTime}
            onChange={(value) => set('endTime', value)}
            errorMessage={problem('endTime')}
            isRequired
          />
        </div>
        <div className="field-row">
          <Field
            type="date"
            label={t('coordination.form.startsOn')}
            value={draft.startsOn}
            onChange={(value) => set('startsOn', value)}
            errorMessage={problem('startsOn')}
            isRequired
          />
          <Field
            type="date"
            label={t('coordination.form.endsOn')}
            description={t('coordination.form.endsOnHint')}
            value={draft.endsOn}
            onChange={(value) => set('endsOn', value)}
            errorMessage={problem('endsOn')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('coordination.form.capacity')}</legend>
        <div className="field-row">
          <Field
            type="number"
            inputMode="numeric"
            label={t('coordination.form.max')}
            value={draft.max}
            onChange={(value) => set('max', value)}
            errorMessage={problem('max')}
            isRequired
          />
          <Field
            type="number"
            inputMode="numeric"
            label={t('coordination.form.min')}
            description={t('coordination.form.minHint')}
            value={draft.min}
            onChange={(value) => set('min', value)}
            errorMessage={problem('min')}
            isRequired
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('coordination.form.closed')}</legend>
        {draft.closedDates.length === 0 && (
          <p className="hint">{t('coordination.form.closedEmpty')}</p>
        )}
        <ul className="closed-rows">
          {draft.closedDates.map((row, index) => (
            <li key={row.key} className="field-row">
              <Field
                label={t('coordination.form.closedLabel')}
                value={row.label}
                onChange={(label) => setRow(index, { ...row, label })}
                errorMessage={problem(`closedDates.${index}.label`)}
              />
              <Field
                type="date"
                label={t('coordination.form.closedFrom')}
                value={row.from}
                onChange={(from) => setRow(index, { ...row, from, to: row.to || from })}
                errorMessage={problem(`closedDates.${index}.from`)}
              />
              <Field
                type="date"
                label={t('coordination.form.closedTo')}
                value={row.to}
                onChange={(to) => setRow(index, { ...row, to })}
                errorMessage={problem(`closedDates.${index}.to`)}
              />
              <Button
                variant="quiet"
                onPress={() =>
                  set(
                    'closedDates',
                    draft.closedDates.filter((_, at) => at !== index),
                  )
                }
              >
                {t('coordination.form.removeClosed', { label: row.label || row.from || index + 1 })}
              </Button>
            </li>
          ))}
        </ul>
        <Button onPress={() => set('closedDates', [...draft.closedDates, newClosedRow()])}>
          {t('coordination.form.addClosed')}
        </Button>
      </fieldset>

      <fieldset>
        <legend>{t('coordination.form.who')}</legend>
        <CheckList
          label={t('coordination.form.companies')}
          description={t('coordination.form.companiesHint')}
          options={companies}
          value={draft.companyIds}
          onChange={(value) => set('companyIds', value)}
          empty={t('coordination.form.companiesEmpty')}
        />
        <CheckList
          label={t('coordination.form.coordinators')}
          options={coordinators}
          value={draft.coordinatorIds}
          onChange={(value) => set('coordinatorIds', value)}
          empty={t('coordination.form.coordinatorsEmpty')}
        />
      </fieldset>

      {tried && Object.keys(problems).length > 0 && (
        <Notice kind="error">{t('coordination.form.fix')}</Notice>
      )}
      {error != null && <Notice kind="error">{errorText(t, error)}</Notice>}
      {saved && <Notice kind="success">{t('coordination.form.saved')}</Notice>}
      {warning && <p className="hint">{warning}</p>}
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={pending}>
          {pending ? t('coordination.form.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
