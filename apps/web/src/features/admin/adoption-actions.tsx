import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Button, Field, Notice } from '../../components/ui';
import { type Adoption, adoptionsQuery } from './queries';
import { ErrorNotice } from './ui';

/** Changes an adoption's hours budget per term, or ends it with a reason. */
export function AdoptionActions({ adoption }: { adoption: Adoption }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [budget, setBudget] = useState(
    new Intl.NumberFormat(i18n.language).format(adoption.hoursBudgetPerTerm),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: adoptionsQuery.queryKey });
  const change = useMutation({
    mutationFn: () =>
      data(
        api.PATCH('/api/v1/adoptions/{id}', {
          params: { path: { id: adoption.id } },
          // Danish writes 7,4 for 7.4.
          body: { hoursBudgetPerTerm: Number(budget.replace(',', '.')) },
        }),
      ),
    onSuccess: refresh,
  });
  const end = useMutation({
    mutationFn: (reason: string) =>
      data(
        api.POST('/api/v1/adoptions/{id}/end', {
          params: { path: { id: adoption.id } },
          body: { reason },
        }),
      ),
    onSuccess: refresh,
  });
  return (
    <div className="stack">
      <Form
        className="admin-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate();
        }}
      >
        <Field
          label={t('admin.adoptions.budgetField')}
          inputMode="decimal"
          value={budget}
          onChange={setBudget}
          isRequired
        />
        <Button type="submit" isPending={change.isPending}>
          {t('admin.adoptions.changeBudget')}
        </Button>
      </Form>
      {change.isError && <ErrorNotice error={change.error} />}
      {change.isSuccess && <Notice kind="success">{t('admin.saved')}</Notice>}
      {end.isError && <ErrorNotice error={end.error} />}
      <EndButton onEnd={(reason) => end.mutate(reason)} />
    </div>
  );
}

function EndButton({ onEnd }: { onEnd: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <DialogTrigger onOpenChange={() => setReason('')}>
      <Button variant="secondary">{t('admin.adoptions.end')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <Form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                onEnd(reason.trim());
                close();
              }}
            >
              <Heading slot="title">{t('admin.adoptions.endTitle')}</Heading>
              <p>{t('admin.adoptions.endText')}</p>
              <Field
                label={t('admin.adoptions.endReason')}
                value={reason}
                onChange={setReason}
                isRequired
              />
              <div className="actions">
                <Button variant="quiet" onPress={close}>
                  {t('admin.cancel')}
                </Button>
                <Button type="submit" variant="danger">
                  {t('admin.adoptions.endConfirm')}
                </Button>
              </div>
            </Form>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
