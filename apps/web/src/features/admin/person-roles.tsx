import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { ConfirmButton } from '../../components/confirm-dialog';
import { Button, Notice } from '../../components/ui';
import { usePersonUpdate } from './person-cache';
import { type Role, ROLE_ORGANISATION, ROLES, type User, userQuery } from './queries';
import { roleText } from './roles';
import { ErrorNotice, SelectField, useOrganisations } from './ui';

/** A person's roles: each can be taken away, and another given. */
export function PersonRoles({ person }: { person: User }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const queryClient = useQueryClient();
  const updated = usePersonUpdate();
  const [role, setRole] = useState<Role | ''>('');
  const [organisationId, setOrganisationId] = useState('');
  const kind = role ? ROLE_ORGANISATION[role] : null;
  const add = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/users/{id}/memberships', {
          params: { path: { id: person.id } },
          body: { role: role as Role, organisationId: kind ? organisationId : undefined },
        }),
      ),
    onSuccess: async (user) => {
      setRole('');
      setOrganisationId('');
      await updated(user);
    },
  });
  const remove = useMutation({
    mutationFn: (membershipId: string) =>
      data(
        api.DELETE('/api/v1/users/{id}/memberships/{membershipId}', {
          params: { path: { id: person.id, membershipId } },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      await queryClient.invalidateQueries({ queryKey: userQuery(person.id).queryKey });
    },
  });
  const closed = Boolean(person.erasedAt);
  return (
    <>
      <h2>{t('admin.people.roles')}</h2>
      {person.memberships.length === 0 ? (
        <p>{t('admin.people.noRoles')}</p>
      ) : (
        <ul className="admin-list">
          {person.memberships.map((membership) => {
            const text = roleText(t, membership, organisations.byId);
            return (
              <li key={membership.id}>
                <span>{text}</span>
                <ConfirmButton
                  label={t('admin.people.removeRole')}
                  title={t('admin.people.removeRoleTitle', { role: text, name: person.name })}
                  confirmLabel={t('admin.people.removeRoleConfirm')}
                  cancelLabel={t('admin.cancel')}
                  onConfirm={() => remove.mutate(membership.id)}
                >
                  <p>{t('admin.people.removeRoleText')}</p>
                </ConfirmButton>
              </li>
            );
          })}
        </ul>
      )}
      {remove.isError && <ErrorNotice error={remove.error} />}
      {remove.isSuccess && <Notice kind="success">{t('admin.people.roleRemoved')}</Notice>}
      {!closed && (
        <>
          <h3>{t('admin.people.addRole')}</h3>
          <Form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              add.mutate();
            }}
          >
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
                options={organisations.list
                  .filter((organisation) => organisation.type === kind)
                  .map((organisation) => ({ id: organisation.id, label: organisation.name }))}
                value={organisationId}
                onChange={setOrganisationId}
                isRequired
              />
            )}
            {add.isError && <ErrorNotice error={add.error} />}
            {add.isSuccess && <Notice kind="success">{t('admin.people.roleAdded')}</Notice>}
            <Button type="submit" isPending={add.isPending}>
              {t('admin.people.addRoleButton')}
            </Button>
          </Form>
        </>
      )}
    </>
  );
}
