import { useQuery } from '@tanstack/react-query';
import type { Key, ReactNode } from 'react';
import {
  Button as AriaButton,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Notice } from '../../components/ui';
import { LANGUAGES, type Language } from '../../i18n';
import { errorText } from '../../i18n/error-text';
import { companiesQuery, partnersQuery, schoolsQuery } from './queries';

/** The API's refusal in words, with the fields it names when what was typed is not valid. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Notice kind="error">
      {errorText(t, error)}
      {details.length > 0 && (
        <ul>
          {details.map((detail) => (
            <li key={`${detail.field}:${detail.message}`}>{detail.message}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}

export interface Option {
  id: string;
  label: string;
}

/** A labelled choice among a few options, with react-aria's keyboard and screen-reader support. */
export function SelectField({
  label,
  options,
  value,
  onChange,
  placeholder,
  description,
  isRequired,
}: {
  label: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  description?: string;
  isRequired?: boolean;
}) {
  return (
    <Select
      className="field admin-select"
      selectedKey={value === '' ? null : value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? '' : String(key))}
      placeholder={placeholder}
      isRequired={isRequired}
      // Nothing to choose yet (still loading, or none there): react-aria would not open the
      // list, so the field says so instead of ignoring a press.
      isDisabled={options.length === 0}
    >
      <Label>{label}</Label>
      <AriaButton className="admin-select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      {description && <Text slot="description">{description}</Text>}
      <Popover className="admin-popover">
        <ListBox className="admin-listbox">
          {options.map((option) => (
            <ListBoxItem key={option.id} id={option.id} className="admin-option">
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** The language of a person's app and mails: two choices, side by side, each in itself. */
export function LanguageChoice({
  value,
  onChange,
}: {
  value: Language;
  onChange: (value: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      className="field admin-radios"
      value={value}
      onChange={(chosen) => onChange(chosen as Language)}
      orientation="horizontal"
    >
      <Label>{t('admin.fields.language')}</Label>
      <div>
        {LANGUAGES.map((language) => (
          <Radio key={language} value={language} lang={language} className="admin-radio">
            {t(`languages.${language}`)}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

export interface Organisation {
  id: string;
  name: string;
  type: 'school' | 'company' | 'partner';
}

/** Every school, company and partner organisation, to name them and to choose among them. */
export function useOrganisations(): { list: Organisation[]; byId: Map<string, Organisation> } {
  const schools = useQuery(schoolsQuery).data ?? [];
  const companies = useQuery(companiesQuery).data ?? [];
  const partners = useQuery(partnersQuery).data ?? [];
  const list: Organisation[] = [
    ...schools.map((school) => ({ id: school.id, name: school.name, type: 'school' as const })),
    ...companies.map((company) => ({
      id: company.id,
      name: company.name,
      type: 'company' as const,
    })),
    ...partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      type: 'partner' as const,
    })),
  ];
  return { list, byId: new Map(list.map((organisation) => [organisation.id, organisation])) };
}

/** "Loading…", the error, or nothing: what a list says before it has its items. */
export function Loading({ query }: { query: { isPending: boolean; error: unknown } }): ReactNode {
  const { t } = useTranslation();
  if (query.error) return <ErrorNotice error={query.error} />;
  if (query.isPending) return <p role="status">{t('app.loading')}</p>;
  return null;
}
