import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Button, Field, Notice } from '../../components/ui';
import { usePersonUpdate } from './person-cache';
import type { User } from './queries';
import { ErrorNotice } from './ui';

/** Saves a value as a JSON file in the browser's downloads. */
function download(name: string, value: unknown) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The person's right to see their data and to have it erased (hours stay as anonymous totals). */
export function PersonalData({ person }: { person: User }) {
  const { t } = useTranslation();
  const updated = usePersonUpdate();
  const exported = useMutation({
    mutationFn: () =>
      data(api.GET('/api/v1/users/{id}/export', { params: { path: { id: person.id } } })),
    onSuccess: (value) => download(`personal-data-${person.id}.json`, value),
  });
  const erase = useMutation({
    mutationFn: () =>
      data(api.POST('/api/v1/users/{id}/erase', { params: { path: { id: person.id } } })),
    onSuccess: updated,
  });
  return (
    <>
      <h2>{t('admin.people.personalData')}</h2>
      <p>{t('admin.people.exportIntro')}</p>
      {exported.isError && <ErrorNotice error={exported.error} />}
      {exported.isSuccess && <Notice kind="success">{t('admin.people.exported')}</Notice>}
      <Button onPress={() => exported.mutate()} isPending={exported.isPending}>
        {t('admin.people.export')}
      </Button>
      {!person.erasedAt && (
        <>
          <p>{t('admin.people.eraseIntro')}</p>
          {erase.isError && <ErrorNotice error={erase.error} />}
          <EraseButton person={person} onErase={() => erase.mutate()} />
        </>
      )}
      {erase.isSuccess && <Notice kind="success">{t('admin.people.erasedNow')}</Notice>}
    </>
  );
}

/** Erasing cannot be undone: the dialog asks for the person's address, typed, before it acts. */
function EraseButton({ person, onErase }: { person: User; onErase: () => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const matches = typed.trim().toLowerCase() === person.email.toLowerCase();
  return (
    <DialogTrigger onOpenChange={() => setTyped('')}>
      <Button variant="danger">{t('admin.people.erase')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                if (!matches) return;
                onErase();
                close();
              }}
            >
              <Heading slot="title">{t('admin.people.eraseTitle', { name: person.name })}</Heading>
              <p>{t('admin.people.eraseText')}</p>
              <Field
                label={t('admin.people.eraseType', { email: person.email })}
                value={typed}
                onChange={setTyped}
                autoComplete="off"
              />
              <div className="actions">
                <Button variant="quiet" onPress={close}>
                  {t('admin.cancel')}
                </Button>
                <Button type="submit" variant="danger" isDisabled={!matches}>
                  {t('admin.people.eraseConfirm')}
                </Button>
              </div>
            </form>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
