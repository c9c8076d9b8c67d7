import type { ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { Button } from './ui';

/**
 * A button that asks before it acts: the dialog says what will happen, and the action runs
 * only on the confirming button. Escape or "cancel" closes it; focus returns to the trigger.
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  variant = 'danger',
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  variant?: 'danger' | 'primary';
}) {
  return (
    <DialogTrigger>
      <Button variant="secondary">{label}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <>
              <Heading slot="title">{title}</Heading>
              {children}
              <div className="actions">
                <Button variant="quiet" onPress={close}>
                  {cancelLabel}
                </Button>
                <Button
                  variant={variant}
                  onPress={() => {
                    onConfirm();
                    close();
                  }}
                >
                  {confirmLabel}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
