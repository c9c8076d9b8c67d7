import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { dayName, timeRange } from './format';
import { programmeQuery, shiftQuery } from './queries';
import { mondayOf } from './week';
import { MyPlace, ShiftActions, ShiftState } from './shift-parts';

/** One shift, as a mail links to it: what, where, when, places, and the volunteer's own. */
export function ShiftScreen() {
  const { t, i18n } = useTranslation();
  const { shiftId = '' }: { shiftId?: string } = useParams({ strict: false });
  const shift = useQuery(shiftQuery(shiftId));
  const me = useQuery(meQuery).data;
  const programme = useQuery({
    ...programmeQuery(shift.data?.programmeId ?? ''),
    enabled: shift.isSuccess,
  });

  if (shift.isPending) return <p className="page">{t('app.loading')}</p>;
  if (shift.isError) {
    return (
      <section className="page narrow">
        <PageTitle>{t('volunteering.shift.title')}</PageTitle>
        <Notice kind="error">{errorText(t, shift.error)}</Notice>
        <p>
          <Link to="/shifts">{t('volunteering.shift.back')}</Link>
        </p>
      </section>
    );
  }
  const item = shift.data;
  const coordinates = me && (me.isAdmin || programme.data?.coordinatorIds.includes(me.id) === true);

  return (
    <section className="page narrow">
      <PageTitle>
        {item.programme.title}, {dayName(i18n.language, item.date)}
      </PageTitle>
      <dl className="facts">
        <dt>{t('volunteering.shift.date')}</dt>
        <dd>{dayName(i18n.language, item.date, true)}</dd>
        <dt>{t('volunteering.shift.time')}</dt>
        <dd>{timeRange(i18n.language, item.start, item.end, item.programme.timezone)}</dd>
        <dt>{t('volunteering.shift.location')}</dt>
        <dd>{item.programme.location}</dd>
        <dt>{t('volunteering.shift.partner')}</dt>
        <dd>{item.programme.partner.name}</dd>
      </dl>
      <h2>{t('volunteering.shift.places')}</h2>
      <ShiftState shift={item} />
      <h2>{t('volunteering.shift.yourState')}</h2>
      <MyPlace shift={item} />
      {!item.mySignup && <p>{t('volunteering.shift.none')}</p>}
      <ShiftActions shift={item} />
      <ul className="shift-links">
        {coordinates && (
          <li>
            <Link
              to="/programmes/$programmeId/shifts/$shiftId"
              params={{ programmeId: item.programmeId, shiftId: item.id }}
            >
              {t('volunteering.shift.roster')}
            </Link>
          </li>
        )}
        <li>
          <Link to="/shifts" search={{ week: mondayOf(item.date) }}>
            {t('volunteering.shift.back')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
