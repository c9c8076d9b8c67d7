import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Dialog,
  DialogTrigger,
  Heading,
  Label,
  Modal,
  TextArea,
  TextField,
} from 'react-aria-components';
import { Button } from '../../components/ui';

/** A button that asks for a reason before it declines or cancels; it acts only with one given. */
export function ReasonDialog({
  label,
  title,
  text,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <DialogTrigger>
      <Button variant="secondary">{label}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          {({ close }) => (
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                if (!reason.trim()) return;
                onConfirm(reason.trim());
                close();
              }}
            >
              <Heading slot="title">{title}</Heading>
              <p>{text}</p>
              <TextField className="field" value={reason} onChange={setReason} isRequired autoFocus>
                <Label>{t('visits.visit.reasonLabel')}</Label>
                <TextArea rows={3} />
              </TextField>
              <div className="actions">
                <Button variant="quiet" onPress={close}>
                  {t('visits.visit.back')}
                </Button>
                <Button type="submit" variant="danger" isDisabled={!reason.trim()}>
                  {confirmLabel}
                </Button>
              </div>
            </form>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
