import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../api/queries';
import { PageTitle } from '../components/ui';

export function ProfileScreen() {
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  if (!me) return null;
  return (
    <section className="page narrow">
      <PageTitle>{t('profile.title')}</PageTitle>
      <dl className="facts">
        <dt>{t('profile.name')}</dt>
        <dd>{me.name}</dd>
        <dt>{t('profile.email')}</dt>
        <dd>{me.email}</dd>
      </dl>
    </section>
  );
}
