import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../api/queries';
import { visibleItems } from '../components/nav';
import { PageTitle } from '../components/ui';

/** The front page: who you are here, and where to go. */
export function HomeScreen() {
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  if (!me) return null;
  const roles = me.memberships;
  return (
    <section className="page">
      <PageTitle>{t('home.greeting', { name: me.name })}</PageTitle>
      <h2>{t('home.yourRoles')}</h2>
      {roles.length === 0 && !me.isAdmin ? (
        <p>{t('home.noRoles')}</p>
      ) : (
        <ul className="tags">
          {me.isAdmin && <li>{t('roles.admin')}</li>}
          {roles
            .filter((membership) => membership.role !== 'admin')
            .map((membership) => (
              <li key={membership.id}>
                {membership.organisationName
                  ? t('home.roleIn', {
                      role: t(`roles.${membership.role}`),
                      organisation: membership.organisationName,
                    })
                  : t(`roles.${membership.role}`)}
              </li>
            ))}
        </ul>
      )}
      <h2>{t('home.whatNext')}</h2>
      <ul className="cards">
        {visibleItems(me)
          .filter((item) => item.to !== '/')
          .map((item) => (
            <li key={item.to}>
              <Link to={item.to}>{t(item.labelKey)}</Link>
            </li>
          ))}
      </ul>
    </section>
  );
}
