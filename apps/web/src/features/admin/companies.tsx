import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Button, Field, Notice, PageTitle, TableScroll } from '../../components/ui';
import { type Company, companiesQuery, companyQuery } from './queries';
import { companyRoute } from './routes';
import { ErrorNotice, Loading, SelectField } from './ui';

type CsrModel = Company['csrModel'];
const CSR_MODELS: CsrModel[] = ['integrated', 'add-on'];

/** The companies, and a form to register one. */
export function CompaniesScreen() {
  const { t } = useTranslation();
  const companies = useQuery(companiesQuery);
  return (
    <section className="page">
      <PageTitle>{t('admin.companies.title')}</PageTitle>
      <p>
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <h2>{t('admin.companies.list')}</h2>
      <Loading query={companies} />
      {companies.data?.length === 0 && <p>{t('admin.companies.none')}</p>}
      {companies.data && companies.data.length > 0 && (
        <TableScroll label={t('admin.companies.list')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.fields.name')}</th>
                <th scope="col">{t('admin.fields.city')}</th>
                <th scope="col">{t('admin.companies.csrModel')}</th>
              </tr>
            </thead>
            <tbody>
              {companies.data.map((company) => (
                <tr key={company.id}>
                  <td>
                    <Link to={`/admin/companies/${company.id}`}>{company.name}</Link>
                  </td>
                  <td>{company.city}</td>
                  <td>{t(`admin.companies.csr.${company.csrModel}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2>{t('admin.companies.new')}</h2>
      <CompanyForm />
    </section>
  );
}

/** One company's name, city and way of social responsibility. */
export function CompanyScreen() {
  const { t } = useTranslation();
  const companyId = companyRoute.useParams({
    select: (params: { companyId: string }) => params.companyId,
  });
  // One company, by its id: a 404 says in words that there is no such company.
  const company = useQuery(companyQuery(companyId));
  return (
    <section className="page">
      <PageTitle>{company.data?.name ?? t('admin.companies.one')}</PageTitle>
      <p>
        <Link to="/admin/companies">{t('admin.companies.back')}</Link>
      </p>
      <Loading query={company} />
      {company.data && <CompanyForm key={company.data.id} company={company.data} />}
    </section>
  );
}

/** Registers a company, or changes the one given. */
function CompanyForm({ company }: { company?: Company }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(company?.name ?? '');
  const [city, setCity] = useState(company?.city ?? '');
  const [csrModel, setCsrModel] = useState<CsrModel | ''>(company?.csrModel ?? '');
  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), city: city.trim(), csrModel: csrModel || undefined };
      return company
        ? data(api.PATCH('/api/v1/companies/{id}', { params: { path: { id: company.id } }, body }))
        : data(
            api.POST('/api/v1/companies', { body: { ...body, csrModel: csrModel as CsrModel } }),
          );
    },
    onSuccess: async () => {
      if (!company) {
        setName('');
        setCity('');
        setCsrModel('');
      }
      await queryClient.invalidateQueries({ queryKey: companiesQuery.queryKey });
    },
  });
  return (
    <Form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t('admin.fields.name')} value={name} onChange={setName} isRequired />
      <Field label={t('admin.fields.city')} value={city} onChange={setCity} isRequired />
      <SelectField
        label={t('admin.companies.csrModel')}
        placeholder={t('admin.choose')}
        options={CSR_MODELS.map((model) => ({
          id: model,
          label: t(`admin.companies.csr.${model}`),
        }))}
        value={csrModel}
        onChange={(value) => setCsrModel(value as CsrModel)}
        isRequired
      />
      {save.isError && <ErrorNotice error={save.error} />}
      {save.isSuccess && (
        <Notice kind="success">
          {company ? t('admin.saved') : t('admin.created', { name: save.data.name })}
        </Notice>
      )}
      <Button type="submit" variant="primary" isPending={save.isPending}>
        {company ? t('admin.save') : t('admin.companies.create')}
      </Button>
    </Form>
  );
}
