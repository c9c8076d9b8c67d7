import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { Notice } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { colleaguesQuery } from './queries';

/**
 * Colleagues to bring along as hosts: the people of one's own organisation, less those who take
 * part anyway (`exclude`: oneself, the class's teachers, the contact person).
 */
export function HostsField({
  organisationId,
  exclude,
  value,
  onChange,
}: {
  organisationId: string | undefined;
  exclude: string[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const colleagues = useQuery({
    ...colleaguesQuery(organisationId ?? ''),
    enabled: Boolean(organisationId),
  });
  const choices = (colleagues.data ?? []).filter(
    (person) => !exclude.includes(person.id) && !person.deactivatedAt && !person.erasedAt,
  );
  if (colleagues.isError) return <Notice kind="error">{errorText(t, colleagues.error)}</Notice>;
  return (
    <CheckboxGroup className="field hosts" value={value} onChange={onChange}>
      <Label>{t('visits.propose.hosts')}</Label>
      <Text slot="description">{t('visits.propose.hostsHint')}</Text>
      {colleagues.isPending && organisationId ? (
        <p>{t('visits.loading')}</p>
      ) : choices.length === 0 ? (
        <p>{t('visits.propose.noColleagues')}</p>
      ) : (
        choices.map((person) => (
          <Checkbox key={person.id} value={person.id} className="checkbox">
            <span className="box" aria-hidden="true" />
            {person.name}
          </Checkbox>
        ))
      )}
    </CheckboxGroup>
  );
}
