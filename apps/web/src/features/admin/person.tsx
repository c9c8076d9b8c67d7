import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { ConfirmButton } from '../../components/confirm-dialog';
import { Button, Field, Notice, PageTitle } from '../../components/ui';
import type { Language } from '../../i18n';
import { PersonRoles } from './person-roles';
import { PersonalData } from './personal-data';
import { usePersonUpdate } from './person-cache';
import { type User, userQuery } from './queries';
import { personRoute } from './routes';
import { ErrorNotice, LanguageChoice, Loading } from './ui';

/** One person: their name, address and language, their roles, and ending their account. */
export function PersonScreen() {
  const { t } = useTranslation();
  const userId = personRoute.useParams({ select: (params: { userId: string }) => params.userId });
  const person = useQuery(userQuery(userId));
  return (
    <section className="page">
      <PageTitle>{person.data?.name ?? t('admin.people.one')}</PageTitle>
      <p>
        <Link to="/admin/people">{t('admin.people.back')}</Link>
      </p>
      <Loading query={person} />
      {person.data && (
        <>
          {person.data.erasedAt && <Notice>{t('admin.people.isErased')}</Notice>}
          {person.data.deactivatedAt && !person.data.erasedAt && (
            <Notice>{t('admin.people.isDeactivated')}</Notice>
          )}
          <PersonForm key={`${person.data.id}-${person.data.email}`} person={person.data} />
          <PersonRoles person={person.data} />
          <Deactivate person={person.data} />
          <PersonalData person={person.data} />
        </>
      )}
    </section>
  );
}

function PersonForm({ person }: { person: User }) {
  const { t } = useTranslation();
  const updated = usePersonUpdate();
  const [name, setName] = useState(person.name);
  const [email, setEmail] = useState(person.email);
  const [locale, setLocale] = useState<Language>(person.locale);
  const change = useMutation({
    mutationFn: () =>
      data(
        api.PATCH('/api/v1/users/{id}', {
          params: { path: { id: person.id } },
          body: { name: name.trim(), email: email.trim(), locale },
        }),
      ),
    onSuccess: updated,
  });
  return (
    <>
      <h2>{t('admin.people.details')}</h2>
      <Form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate();
        }}
      >
        <Field label={t('admin.fields.name')} value={name} onChange={setName} isRequired />
        <Field
          label={t('admin.fields.email')}
          description={t('admin.people.emailHint')}
          type="email"
          value={email}
          onChange={setEmail}
          isRequired
        />
        <LanguageChoice value={locale} onChange={setLocale} />
        {change.isError && <ErrorNotice error={change.error} />}
        {change.isSuccess && <Notice kind="success">{t('admin.saved')}</Notice>}
        <Button type="submit" variant="primary" isPending={change.isPending}>
          {t('admin.save')}
        </Button>
      </Form>
    </>
  );
}

function Deactivate({ person }: { person: User }) {
  const { t } = useTranslation();
  const updated = usePersonUpdate();
  const deactivate = useMutation({
    mutationFn: () =>
      data(api.POST('/api/v1/users/{id}/deactivate', { params: { path: { id: person.id } } })),
    onSuccess: updated,
  });
  if (person.deactivatedAt || person.erasedAt) return null;
  return (
    <>
      <h2>{t('admin.people.deactivate')}</h2>
      <p>{t('admin.people.deactivateIntro')}</p>
      {deactivate.isError && <ErrorNotice error={deactivate.error} />}
      <ConfirmButton
        label={t('admin.people.deactivate')}
        title={t('admin.people.deactivateTitle', { name: person.name })}
        confirmLabel={t('admin.people.deactivateConfirm')}
        cancelLabel={t('admin.cancel')}
        onConfirm={() => deactivate.mutate()}
      >
        <p>{t('admin.people.deactivateText')}</p>
      </ConfirmButton>
    </>
  );
}
