import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { formatWallTime } from './format';
import { type Programme, programmesQuery } from './queries';

export function scheduleText(
  programme: Programme,
  t: (key: string, options?: Record<string, unknown>) => string,
  language: string,
): string {
  return t('coordination.list.schedule', {
    days: programme.schedule.weekdays.map((day) => t(`coordination.weekdays.${day}`)).join(', '),
    start: formatWallTime(programme.schedule.startTime, language),
    end: formatWallTime(programme.schedule.endTime, language),
  });
}

/** The programmes the coordinator runs (an admin: every programme). */
export function ProgrammesScreen() {
  const { t, i18n } = useTranslation();
  const programmes = useQuery(programmesQuery);

  return (
    <section className="page">
      <PageTitle>{t('coordination.list.title')}</PageTitle>
      <p>{t('coordination.list.intro')}</p>
      <p>
        <Link to="/programmes/new" className="button primary">
          {t('coordination.list.new')}
        </Link>
      </p>
      {programmes.isPending && <p>{t('coordination.loading')}</p>}
      {programmes.isError && <Notice kind="error">{errorText(t, programmes.error)}</Notice>}
      {programmes.data?.length === 0 && <p>{t('coordination.list.empty')}</p>}
      {programmes.data && programmes.data.length > 0 && (
        <ul className="cards">
          {programmes.data.map((programme) => (
            <li key={programme.id}>
              <Link to="/programmes/$programmeId" params={{ programmeId: programme.id }}>
                <h2 className="card-title">{programme.title}</h2>
                <span className="card-line">{programme.location}</span>
                <span className="card-line">{scheduleText(programme, t, i18n.language)}</span>
                <span className="card-line">
                  {t('coordination.list.places', {
                    min: programme.capacity.min,
                    max: programme.capacity.max,
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
