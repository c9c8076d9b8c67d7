import { useTranslation } from 'react-i18next';
import type { User } from './queries';
import type { Organisation } from './ui';

/** A person's roles, each with the organisation it is held in. */
export function RoleList({
  person,
  organisations,
}: {
  person: User;
  organisations: Map<string, Organisation>;
}) {
  const { t } = useTranslation();
  if (person.memberships.length === 0) return <p className="hint">{t('admin.people.noRoles')}</p>;
  return (
    <ul className="tags">
      {person.memberships.map((membership) => (
        <li key={membership.id}>{roleText(t, membership, organisations)}</li>
      ))}
    </ul>
  );
}

export function roleText(
  t: (key: string, values?: Record<string, string>) => string,
  membership: User['memberships'][number],
  organisations: Map<string, Organisation>,
): string {
  const role = t(`roles.${membership.role}`);
  // The API's contract names it an object, but it is the organisation's id.
  const organisationId = membership.organisationId;
  const organisation = organisationId ? organisations.get(organisationId) : undefined;
  return organisation ? t('admin.people.roleIn', { role, organisation: organisation.name }) : role;
}
