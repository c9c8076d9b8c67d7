import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui';

const SCREENS = [
  'schools',
  'companies',
  'partners',
  'people',
  'adoptions',
  'deliveries',
  'sweeps',
] as const;

/** Where an administrator starts: every register and tool, and the queue dashboard. */
export function AdminOverview() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('admin.overview.title')}</PageTitle>
      <p>{t('admin.overview.intro')}</p>
      <ul className="cards admin-cards">
        {SCREENS.map((screen) => (
          <li key={screen}>
            <Link to={`/admin/${screen}`}>
              {t(`admin.${screen}.title`)}
              <span className="hint">{t(`admin.${screen}.summary`)}</span>
            </Link>
          </li>
        ))}
        <li>
          {/* A page of the server, not of this app: the browser loads it in full. */}
          <a href="/admin/queues">
            {t('admin.overview.queues')}
            <span className="hint">{t('admin.overview.queuesSummary')}</span>
          </a>
        </li>
      </ul>
    </section>
  );
}
