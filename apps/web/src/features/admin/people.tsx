import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Button, Field, Notice, PageTitle } from '../../components/ui';
import type { Language } from '../../i18n';
import { type Role, ROLE_ORGANISATION, ROLES, usersQuery } from './queries';
import {
  ErrorNotice,
  Loading,
  SelectField,
  type Organisation,
  useOrganisations,
  LanguageChoice,
} from './ui';
import { RoleList } from './roles';

const ANY = 'any';

/** Everyone, narrowed by organisation and role; and a form to invite someone. */
export function PeopleScreen() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState(ANY);
  const [role, setRole] = useState(ANY);
  const people = useQuery(
    usersQuery({
      organisationId: organisationId === ANY ? undefined : organisationId,
      role: role === ANY ? undefined : (role as Role),
    }),
  );
  return (
    <section className="page">
      <PageTitle>{t('admin.people.title')}</PageTitle>
      <p>
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <h2>{t('admin.people.list')}</h2>
      <div className="admin-filters" role="group" aria-label={t('admin.people.filters')}>
        <SelectField
          label={t('admin.people.organisation')}
          options={[
            { id: ANY, label: t('admin.people.anyOrganisation') },
            ...organisations.list.map((organisation) => ({
              id: organisation.id,
              label: organisation.name,
            })),
          ]}
          value={organisationId}
          onChange={setOrganisationId}
        />
        <SelectField
          label={t('admin.people.role')}
          options={[
            { id: ANY, label: t('admin.people.anyRole') },
            ...ROLES.map((one) => ({ id: one, label: t(`roles.${one}`) })),
          ]}
          value={role}
          onChange={setRole}
        />
      </div>
      <Loading query={people} />
      {people.data?.length === 0 && <p>{t('admin.people.none')}</p>}
      {people.data && people.data.length > 0 && (
        <ul className="admin-people">
          {people.data.map((person) => (
            <li key={person.id}>
              <Link to={`/admin/people/${person.id}`}>{person.name}</Link>{' '}
              <span className="hint">{person.email}</span>
              {person.deactivatedAt && (
                <span className="status warn">{t('admin.people.deactivated')}</span>
              )}
              {person.erasedAt && <span className="status danger">{t('admin.people.erased')}</span>}
              <RoleList person={person} organisations={organisations.byId} />
            </li>
          ))}
        </ul>
      )}
      <Invite organisations={organisations.list} />
    </section>
  );
}

function Invite({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<Language>('da');
  const [role, setRole] = useState<Role | ''>('');
  const [organisationId, setOrganisationId] = useState('');
  const kind = role ? ROLE_ORGANISATION[role] : null;
  const heading = useId();
  const invite = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/users', {
          body: {
            name: name.trim(),
            email: email.trim(),
            locale,
            role: role as Role,
            organisationId: kind && organisationId ? organisationId : undefined,
          },
        }),
      ),
    onSuccess: async () => {
      setName('');
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });
  return (
    <>
      <h2 id={heading}>{t('admin.people.invite')}</h2>
      <p>{t('admin.people.inviteIntro')}</p>
      <Form
        aria-labelledby={heading}
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          invite.mutate();
        }}
      >
        <Field label={t('admin.fields.name')} value={name} onChange={setName} isRequired />
        <Field
          label={t('admin.fields.email')}
          type="email"
          value={email}
          onChange={setEmail}
          isRequired
        />
        <LanguageChoice value={locale} onChange={setLocale} />
        <SelectField
          label={t('admin.people.role')}
          placeholder={t('admin.choose')}
          options={ROLES.map((one) => ({ id: one, label: t(`roles.${one}`) }))}
          value={role}
          onChange={(value) => {
            setRole(value as Role);
            setOrganisationId('');
          }}
          isRequired
        />
        {kind && (
          <SelectField
            label={t(`admin.people.organisationOf.${kind}`)}
            placeholder={t('admin.choose')}
            options={organisations
              .filter((organisation) => organisation.type === kind)
              .map((organisation) => ({ id: organisation.id, label: organisation.name }))}
            value={organisationId}
            onChange={setOrganisationId}
            isRequired
          />
        )}
        {invite.isError && <ErrorNotice error={invite.error} />}
        {invite.isSuccess && (
          <Notice kind="success">
            {t('admin.people.invited', { name: invite.data.name, email: invite.data.email })}{' '}
            <Link to={`/admin/people/${invite.data.id}`}>{t('admin.people.open')}</Link>
          </Notice>
        )}
        <Button type="submit" variant="primary" isPending={invite.isPending}>
          {t('admin.people.send')}
        </Button>
      </Form>
    </>
  );
}
