import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { api, data } from '../../api/client';
import { Button, Field, Notice } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import type { ShiftDetail } from './queries';

/**
 * Cancels a coming shift with a reason, behind a dialog that says who will be told. The reason
 * is required; the volunteers read it in their mail.
 */
export function CancelShift({ shift }: { shift: ShiftDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const cancel = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/shifts/{id}/cancel', {
          params: { path: { id: shift.id } },
          body: { reason: reason.trim() },
        }),
      ),
    onSuccess: async (changed) => {
      queryClient.setQueryData(['shifts', shift.id], changed);
      await queryClient.invalidateQueries({ queryKey: ['programmes', shift.programmeId] });
    },
  });

  return (
    <>
      {cancel.isSuccess && <Notice kind="success">{t('coordination.shift.cancelledNow')}</Notice>}
      {cancel.isError && <Notice kind="error">{errorText(t, cancel.error)}</Notice>}
      <DialogTrigger>
        <Button variant="danger">{t('coordination.shift.cancel')}</Button>
        <Modal className="modal" isDismissable>
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => {
              const submit = (event: FormEvent) => {
                event.preventDefault();
                setTried(true);
                if (!reason.trim()) return;
                cancel.mutate();
                close();
              };
              return (
                <form onSubmit={submit} className="stack" noValidate>
                  <Heading slot="title">{t('coordination.shift.cancelTitle')}</Heading>
                  <p>{t('coordination.shift.cancelText')}</p>
                  <Field
                    label={t('coordination.shift.reason')}
                    description={t('coordination.shift.reasonHint')}
                    value={reason}
                    onChange={setReason}
                    errorMessage={
                      tried && !reason.trim() ? t('coordination.form.problems.required') : undefined
                    }
                    isRequired
                    autoFocus
                  />
                  <div className="actions">
                    <Button variant="quiet" onPress={close}>
                      {t('coordination.shift.keep')}
                    </Button>
                    <Button type="submit" variant="danger">
                      {t('coordination.shift.confirmCancel')}
                    </Button>
                  </div>
                </form>
              );
            }}
          </Dialog>
        </Modal>
      </DialogTrigger>
    </>
  );
}
