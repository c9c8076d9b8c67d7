import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data, type Schemas } from '../../api/client';
import { Button, Field, Notice, PageTitle, TableScroll } from '../../components/ui';
import { schoolsQuery } from './queries';
import { ErrorNotice, Loading } from './ui';

/** The schools, and a form to register one. */
export function SchoolsScreen() {
  const { t } = useTranslation();
  const schools = useQuery(schoolsQuery);
  return (
    <section className="page">
      <PageTitle>{t('admin.schools.title')}</PageTitle>
      <p>
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <h2>{t('admin.schools.list')}</h2>
      <Loading query={schools} />
      {schools.data?.length === 0 && <p>{t('admin.schools.none')}</p>}
      {schools.data && schools.data.length > 0 && (
        <TableScroll label={t('admin.schools.list')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.fields.name')}</th>
                <th scope="col">{t('admin.fields.city')}</th>
                <th scope="col">{t('admin.fields.timezone')}</th>
              </tr>
            </thead>
            <tbody>
              {schools.data.map((school) => (
                <tr key={school.id}>
                  <td>
                    <Link to={`/admin/schools/${school.id}`}>{school.name}</Link>
                  </td>
                  <td>{school.city}</td>
                  <td>{school.timezone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <NewSchool />
    </section>
  );
}

function NewSchool() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [city, setCity] = useState('');
  const [timezone, setTimezone] = useState('Europe/Copenhagen');
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/schools', {
          // The school year's days are the API's defaults; they are changed on the school's page.
          body: { name: name.trim(), city: city.trim(), timezone } as Schemas['CreateSchoolDto'],
        }),
      ),
    onSuccess: async () => {
      setName('');
      setCity('');
      await queryClient.invalidateQueries({ queryKey: schoolsQuery.queryKey });
    },
  });
  return (
    <>
      <h2>{t('admin.schools.new')}</h2>
      <Form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
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
        {create.isError && <ErrorNotice error={create.error} />}
        {create.isSuccess && (
          <Notice kind="success">{t('admin.created', { name: create.data.name })}</Notice>
        )}
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('admin.schools.create')}
        </Button>
      </Form>
    </>
  );
}
