import { useTranslation } from 'react-i18next';
import type { Period } from './queries';

/** The first and last day of a report's period, as the browser's own date fields. */
export function PeriodFields({
  period,
  onChange,
}: {
  period: Period;
  onChange: (period: Period) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="period-fields">
      <legend>{t('hours.reports.period')}</legend>
      <div className="field">
        <label htmlFor="period-from">{t('hours.reports.from')}</label>
        <input
          id="period-from"
          type="date"
          required
          value={period.from}
          onChange={(event) => onChange({ ...period, from: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="period-to">{t('hours.reports.to')}</label>
        <input
          id="period-to"
          type="date"
          required
          value={period.to}
          onChange={(event) => onChange({ ...period, to: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
