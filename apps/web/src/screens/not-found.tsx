import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/ui';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('app.notFound')}</PageTitle>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}
