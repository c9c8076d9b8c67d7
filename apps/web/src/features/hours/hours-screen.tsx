import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { EntriesTable } from './entries-table';
import { todayIn } from './format';
import { HoursForm } from './hours-form';
import { adoptionQuery, hoursQuery } from './queries';
import { useAdoptionId } from './routes';
import { TermBudgets } from './term-budgets';

/**
 * The contact person's hours on one adoption: per term against the budget, every entry, and a
 * form to log more. Teachers and others who may see the adoption read it only.
 */
export function HoursScreen() {
  const adoptionId = useAdoptionId();
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  const adoption = useQuery(adoptionQuery(adoptionId));
  const hours = useQuery(hoursQuery(adoptionId));
  const failed = adoption.error ?? hours.error;
  if (failed) {
    return (
      <section className="page">
        <PageTitle>{t('hours.title')}</PageTitle>
        <Notice kind="error">{errorText(t, failed)}</Notice>
      </section>
    );
  }
  if (!me || !adoption.data || !hours.data) {
    return (
      <section className="page">
        <PageTitle>{t('hours.title')}</PageTitle>
        <p role="status">{t('app.loading')}</p>
      </section>
    );
  }

  const today = todayIn(adoption.data.school.timezone);
  const terms = adoption.data.terms ?? [];
  const current = terms.find((term) => term.startsOn <= today && today <= term.endsOn)?.name;
  const started = new Set(terms.filter((term) => term.startsOn <= today).map((term) => term.name));
  // The terms that have begun, newest first, and any later one with hours already.
  const shown = hours.data.terms
    .filter((term) => started.has(term.term) || term.logged > 0)
    .reverse();
  const isContact = me.id === adoption.data.contactPersonId;
  const canLog = isContact && adoption.data.status === 'active';
  const who = `${adoption.data.class.label}, ${adoption.data.company.name}`;

  return (
    <section className="page">
      <p className="hint">
        <Link to="/adoptions/$adoptionId" params={{ adoptionId }}>
          {t('hours.backToAdoption')}
        </Link>
      </p>
      <PageTitle>{t('hours.titleFor', { who })}</PageTitle>
      {!isContact && <p className="hint">{t('hours.readOnly')}</p>}
      <h2>{t('hours.budget.heading')}</h2>
      {shown.length === 0 ? (
        <p>{t('hours.budget.none')}</p>
      ) : (
        <TermBudgets terms={shown} current={current} />
      )}
      {canLog && (
        <>
          <h2>{t('hours.form.title')}</h2>
          <HoursForm adoptionId={adoptionId} today={today} />
        </>
      )}
      <h2>{t('hours.entries.heading')}</h2>
      <EntriesTable
        adoptionId={adoptionId}
        entries={hours.data.items}
        today={today}
        canChange={(entry) => me.isAdmin === true || entry.userId === me.id}
      />
    </section>
  );
}
