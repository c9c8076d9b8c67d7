import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Button, Notice, PageTitle, TableScroll } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { Commitments } from './commitments';
import { dayName, monthName, number, timeRange } from './format';
import { myHoursQuery, mySignupsQuery, useGiveUp } from './queries';

type Place = Schemas['MyPlaceDto'];

function PlaceItem({ place }: { place: Place }) {
  const { t, i18n } = useTranslation();
  const giveUp = useGiveUp();
  const { shift, programme } = place;
  const headingId = `place-${place.id}`;
  return (
    <li>
      <article className="shift-card" aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Link to="/shifts/$shiftId" params={{ shiftId: shift.id }}>
            {dayName(i18n.language, shift.date)},{' '}
            {timeRange(i18n.language, shift.start, shift.end, programme.timezone)}
          </Link>
        </h3>
        <p>
          {programme.title} · {programme.location}
        </p>
        <p>
          {shift.status === 'cancelled' ? (
            <span className="status danger">{t('volunteering.mine.placeCancelled')}</span>
          ) : place.status === 'confirmed' ? (
            <span className="status ok">{t('volunteering.shift.placed')}</span>
          ) : (
            <span className="status">
              {t('volunteering.shift.waiting', { position: place.position })}
            </span>
          )}
        </p>
        {shift.status !== 'cancelled' && (
          <div className="actions start">
            <Button isDisabled={giveUp.isPending} onPress={() => giveUp.mutate(shift.id)}>
              {place.status === 'confirmed'
                ? t('volunteering.shift.giveUp')
                : t('volunteering.shift.leave')}
            </Button>
          </div>
        )}
        {giveUp.isError && <Notice kind="error">{errorText(t, giveUp.error)}</Notice>}
      </article>
    </li>
  );
}

function Places() {
  const { t } = useTranslation();
  const places = useQuery(mySignupsQuery);
  if (places.isPending) return <p>{t('app.loading')}</p>;
  if (places.isError) return <Notice kind="error">{errorText(t, places.error)}</Notice>;
  const active = places.data.items.filter((place) => place.status !== 'cancelled');
  if (active.length === 0) {
    return (
      <p>
        {t('volunteering.mine.noPlaces')}{' '}
        <Link to="/shifts">{t('volunteering.mine.findShifts')}</Link>
      </p>
    );
  }
  return (
    <ul className="places">
      {active.map((place) => (
        <PlaceItem key={place.id} place={place} />
      ))}
    </ul>
  );
}

function Hours() {
  const { t, i18n } = useTranslation();
  const hours = useQuery(myHoursQuery);
  if (hours.isPending) return <p>{t('app.loading')}</p>;
  if (hours.isError) return <Notice kind="error">{errorText(t, hours.error)}</Notice>;
  const { totalHours, shiftsAttended, noShows, months } = hours.data;
  return (
    <>
      <dl className="facts">
        <dt>{t('volunteering.mine.totalHours')}</dt>
        <dd>{number(i18n.language, totalHours)}</dd>
        <dt>{t('volunteering.mine.attended')}</dt>
        <dd>{number(i18n.language, shiftsAttended)}</dd>
        <dt>{t('volunteering.mine.noShows')}</dt>
        <dd>{number(i18n.language, noShows)}</dd>
      </dl>
      {months.length === 0 ? (
        <p className="hint">{t('volunteering.mine.noHours')}</p>
      ) : (
        <TableScroll label={t('volunteering.mine.hours')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('volunteering.mine.month')}</th>
                <th scope="col">{t('volunteering.mine.programme')}</th>
                <th scope="col">{t('volunteering.mine.hoursColumn')}</th>
                <th scope="col">{t('volunteering.mine.shiftsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={`${month.month}-${month.programmeId}`}>
                  <td>{monthName(i18n.language, month.month)}</td>
                  <td>{month.programmeTitle}</td>
                  <td>{number(i18n.language, month.hours)}</td>
                  <td>{number(i18n.language, month.shiftsAttended)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

/** The volunteer's own: coming places, standing commitments and hours. */
export function MyShiftsScreen() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('volunteering.mine.title')}</PageTitle>
      <h2>{t('volunteering.mine.places')}</h2>
      <Places />
      <h2>{t('volunteering.mine.commitments')}</h2>
      <p className="hint">{t('volunteering.mine.commitmentsIntro')}</p>
      <Commitments />
      <h2>{t('volunteering.mine.hours')}</h2>
      <Hours />
    </section>
  );
}
