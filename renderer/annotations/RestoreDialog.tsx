/** The preview before a backup replaces the notes: whose file, and how many added, changed, unchanged, removed. */
import type { RestorePreview } from '../../core/contract';
import { useT } from '../i18n/i18n';
import { useModalDialog } from '../layout/use-modal-dialog';

interface RestoreDialogProps {
  preview: RestorePreview;
  onConfirm(): void;
  onCancel(): void;
}

export function RestoreDialog({ preview, onConfirm, onCancel }: RestoreDialogProps) {
  const t = useT();
  const ref = useModalDialog();
  const rows: [string, number][] = [
    [t('restoreAdded'), preview.added],
    [t('restoreChanged'), preview.changed],
    [t('restoreUnchanged'), preview.unchanged],
    [t('restoreRemoved'), preview.removed],
  ];
  return (
    <dialog className="dialog" ref={ref} aria-label={t('restoreTitle')} onClose={onCancel}>
      <h2>{t('restoreTitle')}</h2>
      <p className="restore-dialog__file">
        {preview.fileName} · {preview.exportedBy.name || t('me')} · {preview.exportedAt.slice(0, 10)}
      </p>
      {preview.otherReportTitle && (
        <p className="notice notice--error">{t('restoreOtherReport', { title: preview.otherReportTitle })}</p>
      )}
      <table className="shortcuts" data-testid="restore-preview">
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label}>
              <td>{label}</td>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="glossary__hint">{t('restoreHint')}</p>
      <div className="annotation-editor__actions">
        <button type="button" className="link-button" onClick={() => ref.current?.close()}>
          {t('cancel')}
        </button>
        <button type="button" className="button" onClick={onConfirm}>
          {t('restoreConfirm', { count: preview.total })}
        </button>
      </div>
    </dialog>
  );
}
