import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data, type Schemas } from '../../api/client';
import { Button, Field, Notice } from '../../components/ui';
import { DayField } from './date-field';
import { adoptionsQuery, classesQuery, companiesQuery, schoolsQuery, usersQuery } from './queries';
import { ErrorNotice, SelectField } from './ui';

/** A company adopts a class: the class, the company, its contact person and the first day. */
export function NewAdoption() {
  const { t } = useTranslation();
  const heading = useId();
  const queryClient = useQueryClient();
  const [schoolId, setSchoolId] = useState('');
  const [classId, setClassId] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [contactPersonId, setContactPersonId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [budget, setBudget] = useState('');
  const schools = useQuery(schoolsQuery).data ?? [];
  const classes = useQuery({ ...classesQuery(schoolId), enabled: schoolId !== '' }).data?.items;
  const companies = useQuery(companiesQuery).data ?? [];
  const contacts = useQuery({
    ...usersQuery({ organisationId: companyId, role: 'contact' }),
    enabled: companyId !== '',
  }).data;
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/adoptions', {
          // Without a budget typed in, the API's default per term applies.
          body: {
            classId,
            companyId,
            contactPersonId,
            startsOn,
            ...(budget.trim() ? { hoursBudgetPerTerm: Number(budget.replace(',', '.')) } : {}),
          } as Schemas['CreateAdoptionDto'],
        }),
      ),
    onSuccess: async () => {
      setClassId('');
      await queryClient.invalidateQueries({ queryKey: adoptionsQuery.queryKey });
    },
  });
  return (
    <>
      <h2 id={heading}>{t('admin.adoptions.new')}</h2>
      <Form
        aria-labelledby={heading}
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <SelectField
          label={t('admin.adoptions.school')}
          placeholder={t('admin.choose')}
          options={schools.map((school) => ({ id: school.id, label: school.name }))}
          value={schoolId}
          onChange={(value) => {
            setSchoolId(value);
            setClassId('');
          }}
          isRequired
        />
        {schoolId && (
          <SelectField
            label={t('admin.adoptions.class')}
            placeholder={classes?.length === 0 ? t('admin.adoptions.noClasses') : t('admin.choose')}
            options={(classes ?? []).map((one) => ({
              id: one.id,
              label: t('admin.adoptions.classLabel', {
                label: one.label,
                year: one.schoolYear,
                pupils: one.pupils,
              }),
            }))}
            value={classId}
            onChange={setClassId}
            isRequired
          />
        )}
        <SelectField
          label={t('admin.adoptions.company')}
          placeholder={t('admin.choose')}
          options={companies.map((company) => ({ id: company.id, label: company.name }))}
          value={companyId}
          onChange={(value) => {
            setCompanyId(value);
            setContactPersonId('');
          }}
          isRequired
        />
        {companyId && (
          <SelectField
            label={t('admin.adoptions.contact')}
            placeholder={
              contacts?.length === 0 ? t('admin.adoptions.noContacts') : t('admin.choose')
            }
            options={(contacts ?? []).map((person) => ({ id: person.id, label: person.name }))}
            value={contactPersonId}
            onChange={setContactPersonId}
            isRequired
          />
        )}
        <DayField
          label={t('admin.adoptions.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
          isRequired
        />
        <Field
          label={t('admin.adoptions.budgetField')}
          description={t('admin.adoptions.budgetHint')}
          inputMode="decimal"
          value={budget}
          onChange={setBudget}
        />
        {create.isError && <ErrorNotice error={create.error} />}
        {create.isSuccess && <Notice kind="success">{t('admin.adoptions.created')}</Notice>}
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('admin.adoptions.create')}
        </Button>
      </Form>
    </>
  );
}
