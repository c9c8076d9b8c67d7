import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { donationProgrammesQuery } from './queries';

/** The donation programmes the person may see: a company's own, or every one for a project. */
export function DonationsScreen() {
  const { t } = useTranslation();
  const programmes = useQuery(donationProgrammesQuery);
  return (
    <section className="page">
      <PageTitle>{t('donations.list.title')}</PageTitle>
      <p>{t('donations.list.intro')}</p>
      {programmes.isPending && <p>{t('donations.loading')}</p>}
      {programmes.isError && <Notice kind="error">{errorText(t, programmes.error)}</Notice>}
      {programmes.data?.items.length === 0 && <p>{t('donations.list.empty')}</p>}
      {programmes.data && programmes.data.items.length > 0 && (
        <ul className="cards">
          {programmes.data.items.map((programme) => (
            <li key={programme.id}>
              <Link to="/donations/$programmeId" params={{ programmeId: programme.id }}>
                <h2 className="card-title">{programme.title}</h2>
                <span className="card-line">
                  {t('donations.list.by', { company: programme.company.name })}
                </span>
                <span className="card-line">
                  {t('donations.list.unit', { unit: programme.unit })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
