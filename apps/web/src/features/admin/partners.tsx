import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Button, Field, Notice, PageTitle, TableScroll } from '../../components/ui';
import { type Partner, partnerQuery, partnersQuery } from './queries';
import { partnerRoute } from './routes';
import { ErrorNotice, Loading } from './ui';

/** The partner organisations (they run volunteering programmes), and a form to register one. */
export function PartnersScreen() {
  const { t } = useTranslation();
  const partners = useQuery(partnersQuery);
  return (
    <section className="page">
      <PageTitle>{t('admin.partners.title')}</PageTitle>
      <p>
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <h2>{t('admin.partners.list')}</h2>
      <Loading query={partners} />
      {partners.data?.length === 0 && <p>{t('admin.partners.none')}</p>}
      {partners.data && partners.data.length > 0 && (
        <TableScroll label={t('admin.partners.list')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.fields.name')}</th>
                <th scope="col">{t('admin.fields.city')}</th>
                <th scope="col">{t('admin.partners.description')}</th>
              </tr>
            </thead>
            <tbody>
              {partners.data.map((partner) => (
                <tr key={partner.id}>
                  <td>
                    <Link to={`/admin/partners/${partner.id}`}>{partner.name}</Link>
                  </td>
                  <td>{partner.city}</td>
                  <td>{partner.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2>{t('admin.partners.new')}</h2>
      <PartnerForm />
    </section>
  );
}

/** One partner organisation's name, city and description. */
export function PartnerScreen() {
  const { t } = useTranslation();
  const partnerId = partnerRoute.useParams({
    select: (params: { partnerId: string }) => params.partnerId,
  });
  // One partner, by its id: a 404 says in words that there is no such partner.
  const partner = useQuery(partnerQuery(partnerId));
  return (
    <section className="page">
      <PageTitle>{partner.data?.name ?? t('admin.partners.one')}</PageTitle>
      <p>
        <Link to="/admin/partners">{t('admin.partners.back')}</Link>
      </p>
      <Loading query={partner} />
      {partner.data && <PartnerForm key={partner.data.id} partner={partner.data} />}
    </section>
  );
}

/** Registers a partner organisation, or changes the one given. */
function PartnerForm({ partner }: { partner?: Partner }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(partner?.name ?? '');
  const [city, setCity] = useState(partner?.city ?? '');
  const [description, setDescription] = useState(partner?.description ?? '');
  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), city: city.trim(), description: description.trim() };
      return partner
        ? data(api.PATCH('/api/v1/partners/{id}', { params: { path: { id: partner.id } }, body }))
        : data(api.POST('/api/v1/partners', { body }));
    },
    onSuccess: async () => {
      if (!partner) {
        setName('');
        setCity('');
        setDescription('');
      }
      await queryClient.invalidateQueries({ queryKey: partnersQuery.queryKey });
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
      <Field
        label={t('admin.partners.description')}
        value={description}
        onChange={setDescription}
      />
      {save.isError && <ErrorNotice error={save.error} />}
      {save.isSuccess && (
        <Notice kind="success">
          {partner ? t('admin.saved') : t('admin.created', { name: save.data.name })}
        </Notice>
      )}
      <Button type="submit" variant="primary" isPending={save.isPending}>
        {partner ? t('admin.save') : t('admin.partners.create')}
      </Button>
    </Form>
  );
}
