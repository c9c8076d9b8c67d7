import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data, type Schemas } from '../../api/client';
import { Button, Field, Notice, PageTitle } from '../../components/ui';
import { DayField, formatDay } from './date-field';
import { type School, schoolQuery, schoolsQuery } from './queries';
import { schoolRoute } from './routes';
import { ErrorNotice, Loading } from './ui';

type ClosedPeriod = Schemas['ClosedPeriodDto'];
type SchoolChange = Schemas['UpdateSchoolDto'];

function useSchoolChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SchoolChange) =>
      data(api.PATCH('/api/v1/schools/{id}', { params: { path: { id } }, body: change })),
    onSuccess: async (school) => {
      queryClient.setQueryData(schoolQuery(id).queryKey, school);
      await queryClient.invalidateQueries({ queryKey: schoolsQuery.queryKey, exact: true });
    },
  });
}

/** One school: its name, place, time zone, school year and closed dates. */
export function SchoolScreen() {
  const { t } = useTranslation();
  const schoolId = schoolRoute.useParams({
    select: (params: { schoolId: string }) => params.schoolId,
  });
  const school = useQuery(schoolQuery(schoolId));
  return (
    <section className="page">
      <PageTitle>{school.data?.name ?? t('admin.schools.one')}</PageTitle>
      <p>
        <Link to="/admin/schools">{t('admin.schools.back')}</Link>
      </p>
      <Loading query={school} />
      {school.data && (
        <>
          <SchoolForm key={school.data.id} school={school.data} />
          <ClosedDates school={school.data} />
        </>
      )}
    </section>
  );
}

function SchoolForm({ school }: { school: School }) {
  const { t } = useTranslation();
  const change = useSchoolChange(school.id);
  const [name, setName] = useState(school.name);
  const [city, setCity] = useState(school.city);
  const [timezone, setTimezone] = useState(school.timezone);
  const [schoolYearStart, setStart] = useState(school.schoolYearStart);
  const [lastSchoolDay, setLast] = useState(school.lastSchoolDay);
  return (
    <>
      <h2>{t('admin.schools.details')}</h2>
      <Form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate({
            name: name.trim(),
            city: city.trim(),
            timezone: timezone.trim(),
            schoolYearStart,
            lastSchoolDay,
          });
        }}
      >
        <Field label={t('admin.fields.name')} value={name} onChange={setName} isRequired />
        <Field label={t('admin.fields.city')} value={city} onChange={setCity} isRequired />
        <Field
          label={t('admin.fields.timezone')}
          description={t('admin.fields.timezoneHint')}
          value={timezone}
          onChange={setTimezone}
          isRequired
        />
        <Field
          label={t('admin.schools.yearStart')}
          description={t('admin.schools.monthDayHint')}
          value={schoolYearStart}
          onChange={setStart}
          isRequired
        />
        <Field
          label={t('admin.schools.lastDay')}
          description={t('admin.schools.monthDayHint')}
          value={lastSchoolDay}
          onChange={setLast}
          isRequired
        />
        {change.isError && <ErrorNotice error={change.error} />}
        {change.isSuccess && <Notice kind="success">{t('admin.saved')}</Notice>}
        <Button type="submit" variant="primary" isPending={change.isPending}>
          {t('admin.save')}
        </Button>
      </Form>
    </>
  );
}

function ClosedDates({ school }: { school: School }) {
  const { t, i18n } = useTranslation();
  const heading = useId();
  const change = useSchoolChange(school.id);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [label, setLabel] = useState('');
  const save = (closedDates: ClosedPeriod[]) =>
    change.mutate(
      // Only the closed dates change; the generated type counts defaulted fields as required.
      { closedDates } as SchoolChange,
      {
        onSuccess: () => {
          setFrom('');
          setTo('');
          setLabel('');
        },
      },
    );
  return (
    <>
      <h2>{t('admin.schools.closedDates')}</h2>
      {school.closedDates.length === 0 ? (
        <p>{t('admin.schools.noClosedDates')}</p>
      ) : (
        <ul className="admin-list">
          {school.closedDates.map((period, index) => (
            <li key={`${period.from}-${period.to}-${period.label}`}>
              <span>
                <strong>{period.label}</strong>{' '}
                {t('admin.schools.period', {
                  from: formatDay(period.from, i18n.language),
                  to: formatDay(period.to, i18n.language),
                })}
              </span>
              <Button
                variant="quiet"
                aria-label={t('admin.schools.removeClosed', { label: period.label })}
                onPress={() => save(school.closedDates.filter((_, other) => other !== index))}
              >
                {t('admin.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <h3 id={heading}>{t('admin.schools.addClosed')}</h3>
      <Form
        aria-labelledby={heading}
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          save([...school.closedDates, { from, to, label: label.trim() }]);
        }}
      >
        <Field
          label={t('admin.schools.closedLabel')}
          value={label}
          onChange={setLabel}
          isRequired
        />
        <DayField
          label={t('admin.schools.closedFrom')}
          value={from}
          onChange={setFrom}
          isRequired
        />
        <DayField label={t('admin.schools.closedTo')} value={to} onChange={setTo} isRequired />
        {change.isError && <ErrorNotice error={change.error} />}
        {change.isSuccess && <Notice kind="success">{t('admin.saved')}</Notice>}
        <Button type="submit" isPending={change.isPending}>
          {t('admin.schools.addClosedButton')}
        </Button>
      </Form>
    </>
  );
}
