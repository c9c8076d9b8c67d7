import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { adoptionsQuery } from './queries';
import type { Adoption } from './types';

/** The adoption's name as a person says it: its class and its company. */
export function useAdoptionName(): (adoption: Adoption) => string {
  const { t } = useTranslation();
  return (adoption) =>
    t('visits.adoption.title', {
      class: adoption.class?.label ?? t('visits.none'),
      company: adoption.company?.name ?? t('visits.none'),
    });
}

/** The caller's adoptions: a teacher's classes', a contact person's, each with both sides named. */
export function AdoptionsScreen() {
  const { t } = useTranslation();
  const adoptions = useQuery(adoptionsQuery);
  const name = useAdoptionName();
  const none = t('visits.none');

  return (
    <section className="page">
      <PageTitle>{t('visits.adoptions.title')}</PageTitle>
      <p>{t('visits.adoptions.intro')}</p>
      {adoptions.isPending && <p>{t('visits.loading')}</p>}
      {adoptions.isError && <Notice kind="error">{errorText(t, adoptions.error)}</Notice>}
      {adoptions.data?.length === 0 && <p>{t('visits.adoptions.empty')}</p>}
      {adoptions.data && adoptions.data.length > 0 && (
        <ul className="visit-cards">
          {adoptions.data.map((adoption) => (
            <li key={adoption.id}>
              <h2>
                <Link to="/adoptions/$adoptionId" params={{ adoptionId: adoption.id }}>
                  {name(adoption)}
                </Link>
              </h2>
              <dl className="facts">
                <dt>{t('visits.adoptions.class')}</dt>
                <dd>{adoption.class?.label ?? none}</dd>
                <dt>{t('visits.adoptions.school')}</dt>
                <dd>{adoption.school?.name ?? none}</dd>
                <dt>{t('visits.adoptions.company')}</dt>
                <dd>{adoption.company?.name ?? none}</dd>
                <dt>{t('visits.adoptions.contactPerson')}</dt>
                <dd>{adoption.contactPerson?.name ?? none}</dd>
                <dt>{t('visits.adoptions.teachers')}</dt>
                <dd>{adoption.teachers?.map((teacher) => teacher.name).join(', ') || none}</dd>
                <dt>{t('visits.adoptions.status')}</dt>
                <dd>{t(`visits.adoptionStatus.${adoption.status}`)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
