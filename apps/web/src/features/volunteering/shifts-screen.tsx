import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { dayName, timeRange } from './format';
import { programmesQuery, weekShiftsQuery } from './queries';
import { MyPlace, ShiftActions, ShiftState } from './shift-parts';
import { addDays, daysOfWeek, isIsoDate, mondayOf, today } from './week';

type Shift = Schemas['ShiftDto'];

/** The week the address names (`?week=` any of its days), else this one. */
export function validateWeekSearch(search: Record<string, unknown>): { week?: string } {
  return isIsoDate(search.week) ? { week: mondayOf(search.week) } : {};
}

function ShiftCard({ shift }: { shift: Shift }) {
  const { i18n } = useTranslation();
  const headingId = `shift-${shift.id}`;
  return (
    <article className="shift-card" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <Link to="/shifts/$shiftId" params={{ shiftId: shift.id }}>
          {shift.programme.title}
        </Link>
      </h4>
      <p className="shift-when">
        {timeRange(i18n.language, shift.start, shift.end, shift.programme.timezone)}
      </p>
      <p className="hint">
        {shift.programme.location} · {shift.programme.partner.name}
      </p>
      <ShiftState shift={shift} />
      <MyPlace shift={shift} />
      <ShiftActions shift={shift} />
    </article>
  );
}

/** Monday to Sunday of the shifts the volunteer may take, a week at a time. */
export function ShiftsScreen() {
  const { t, i18n } = useTranslation();
  const search: { week?: string } = useSearch({ strict: false });
  const thisMonday = mondayOf(today());
  const monday = search.week ?? thisMonday;
  const days = daysOfWeek(monday);
  const shifts = useQuery(weekShiftsQuery(days[0], days[6]));
  const programmes = useQuery(programmesQuery);

  const byDay = new Map<string, Shift[]>(days.map((day) => [day, []]));
  for (const shift of shifts.data?.items ?? []) byDay.get(shift.date)?.push(shift);
  const none = shifts.isSuccess && shifts.data.items.length === 0;

  return (
    <section className="page">
      <PageTitle>{t('volunteering.week.title')}</PageTitle>
      <p>{t('volunteering.week.intro')}</p>
      <nav className="week-nav" aria-label={t('volunteering.week.weekNavigation')}>
        <Link className="button secondary" to="/shifts" search={{ week: addDays(monday, -7) }}>
          <span aria-hidden="true">← </span>
          {t('volunteering.week.previous')}
        </Link>
        <Link
          className="button quiet"
          to="/shifts"
          search={{}}
          aria-current={monday === thisMonday ? 'date' : undefined}
        >
          {t('volunteering.week.thisWeek')}
        </Link>
        <Link className="button secondary" to="/shifts" search={{ week: addDays(monday, 7) }}>
          {t('volunteering.week.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      </nav>
      <h2 className="week-heading">
        {t('volunteering.week.weekOf', {
          from: dayName(i18n.language, days[0]),
          to: dayName(i18n.language, days[6], true),
        })}
      </h2>
      {shifts.isPending && <p>{t('app.loading')}</p>}
      {shifts.isError && <Notice kind="error">{errorText(t, shifts.error)}</Notice>}
      {none && (
        <p>
          {programmes.data?.items.length === 0
            ? t('volunteering.week.noProgrammes')
            : t('volunteering.week.noShiftsWeek')}
        </p>
      )}
      {shifts.isSuccess && !none && (
        <ol className="week">
          {days.map((day) => {
            const ofDay = byDay.get(day) ?? [];
            return (
              <li key={day} className={ofDay.length === 0 ? 'week-day empty' : 'week-day'}>
                <h3>{dayName(i18n.language, day)}</h3>
                {ofDay.length === 0 ? (
                  <p className="hint">{t('volunteering.week.noShiftsDay')}</p>
                ) : (
                  <ul className="day-shifts">
                    {ofDay.map((shift) => (
                      <li key={shift.id}>
                        <ShiftCard shift={shift} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
