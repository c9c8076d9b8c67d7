import { parseDate } from '@internationalized/date';
import {
  DateField,
  DateInput,
  DateSegment,
  FieldError,
  I18nProvider,
  Label,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** A labelled date (YYYY-MM-DD), typed segment by segment in the language's own order. */
export function DayField({
  label,
  value,
  onChange,
  description,
  isRequired,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  isRequired?: boolean;
}) {
  const { i18n } = useTranslation();
  return (
    // The segments follow the app's language, not the browser's.
    <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'da-DK'}>
      <DateField
        className="field"
        value={value ? parseDate(value) : null}
        onChange={(date) => onChange(date ? date.toString() : '')}
        isRequired={isRequired}
      >
        <Label>{label}</Label>
        <DateInput className="admin-date-input">
          {(segment) => <DateSegment segment={segment} className="admin-date-segment" />}
        </DateInput>
        {description && <Text slot="description">{description}</Text>}
        <FieldError />
      </DateField>
    </I18nProvider>
  );
}

/** A date-only value (YYYY-MM-DD) in the current language's words, e.g. "12. okt. 2026". */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
