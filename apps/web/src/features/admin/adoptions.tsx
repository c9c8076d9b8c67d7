import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui';
import { AdoptionActions } from './adoption-actions';
import { NewAdoption } from './adoption-new';
import { formatDay } from './date-field';
import { adoptionsQuery } from './queries';
import { Loading } from './ui';

const STATUS_KIND = { active: 'ok', completed: '', ended: 'warn' } as const;

/** Every adoption, each with its hours budget and an end; and a form to create one. */
export function AdoptionsScreen() {
  const { t, i18n } = useTranslation();
  const adoptions = useQuery(adoptionsQuery);
  return (
    <section className="page">
      <PageTitle>{t('admin.adoptions.title')}</PageTitle>
      <p>
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <h2>{t('admin.adoptions.list')}</h2>
      <Loading query={adoptions} />
      {adoptions.data?.length === 0 && <p>{t('admin.adoptions.none')}</p>}
      {adoptions.data && adoptions.data.length > 0 && (
        <ul className="admin-adoptions">
          {adoptions.data.map((adoption) => (
            <li key={adoption.id}>
              <h3>
                {t('admin.adoptions.name', {
                  class: adoption.class.label,
                  school: adoption.school.name,
                  company: adoption.company.name,
                })}
              </h3>
              <dl className="facts">
                <dt>{t('admin.adoptions.status')}</dt>
                <dd>
                  <span className={`status ${STATUS_KIND[adoption.status]}`}>
                    {t(`admin.adoptions.statuses.${adoption.status}`)}
                  </span>
                </dd>
                <dt>{t('admin.adoptions.contact')}</dt>
                <dd>{adoption.contactPerson.name}</dd>
                <dt>{t('admin.adoptions.period')}</dt>
                <dd>
                  {t('admin.schools.period', {
                    from: formatDay(adoption.startsOn, i18n.language),
                    to: formatDay(adoption.endsOn, i18n.language),
                  })}
                </dd>
                <dt>{t('admin.adoptions.budget')}</dt>
                <dd>
                  {t('admin.adoptions.hours', {
                    hours: new Intl.NumberFormat(i18n.language).format(adoption.hoursBudgetPerTerm),
                  })}
                </dd>
                {adoption.endReason && (
                  <>
                    <dt>{t('admin.adoptions.endReason')}</dt>
                    <dd>{adoption.endReason}</dd>
                  </>
                )}
              </dl>
              {adoption.status === 'active' && (
                // Anew in another language or with another budget: the field shows it so.
                <AdoptionActions
                  key={`${i18n.language}-${adoption.hoursBudgetPerTerm}`}
                  adoption={adoption}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <NewAdoption />
    </section>
  );
}
