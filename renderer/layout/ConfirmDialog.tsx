/** A modal question with a cancel and a (possibly destructive) confirm button. */
import { useT } from '../i18n/i18n';
import { useModalDialog } from './use-modal-dialog';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT();
  const ref = useModalDialog();
  return (
    <dialog className="dialog" ref={ref} aria-label={title} onClose={onCancel}>
      <h2>{title}</h2>
      <p>{message}</p>
      <div className="annotation-editor__actions">
        <button type="button" className="link-button" onClick={() => ref.current?.close()}>
          {t('cancel')}
        </button>
        <button type="button" className={`button${danger ? ' button--danger' : ''}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
