import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui';
import { AdoptionActions } from './adoption-actions';
import { NewAdoption } from './adoption-new';
import { formatDay } from './date-field';
import {
  type Adoption,
  adoptionsQuery,
  classesQuery,
  companiesQuery,
  schoolsQuery,
  usersQuery,
} from './queries';
import { Loading } from './ui';

const STATUS_KIND = { active: 'ok', completed: '', ended: 'warn' } as const;

/** The names an adoption's ids stand for: the class (and its school), company and contact. */
function useNames() {
  const schools = useQuery(schoolsQuery).data ?? [];
  const classes = useQueries({
    queries: schools.map((school) => classesQuery(school.id)),
  }).flatMap((query, index) =>
    (query.data?.items ?? []).map((one) => ({ ...one, schoolName: schools[index].name })),
  );
  const companies = useQuery(companiesQuery).data ?? [];
  const contacts = useQuery(usersQuery({ role: 'contact' })).data ?? [];
  return {
    classOf: (adoption: Adoption) => {
      const found = classes.find((one) => one.id === adoption.classId);
      return found ? `${found.label}, ${found.schoolName}` : '…';
    },
    companyOf: (adoption: Adoption) =>
      companies.find((one) => one.id === adoption.companyId)?.name ?? '…',
    contactOf: (adoption: Adoption) =>
      contacts.find((one) => one.id === adoption.contactPersonId)?.name ?? '…',
  };
}

/** Every adoption, each with its hours budget and an end; and a form to create one. */
export function AdoptionsScreen() {
  const { t, i18n } = useTranslation();
  const adoptions = useQuery(adoptionsQuery);
  const names = useNames();
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
                  class: names.classOf(adoption),
                  company: names.companyOf(adoption),
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
                <dd>{names.contactOf(adoption)}</dd>
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
              {adoption.status === 'active' && <AdoptionActions adoption={adoption} />}
            </li>
          ))}
        </ul>
      )}
      <NewAdoption />
    </section>
  );
}
