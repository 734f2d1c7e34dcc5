/** The preview before study-group packs are merged in: per member, how many notes are new, updated, deleted. */
import type { ImportPreview } from '../../core/contract';
import { useT } from '../i18n/i18n';
import { useModalDialog } from '../layout/use-modal-dialog';

interface ImportDialogProps {
  preview: ImportPreview;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportDialog({ preview, onConfirm, onCancel }: ImportDialogProps) {
  const t = useT();
  const ref = useModalDialog();
  const { totals } = preview;
  // Deletion marks for notes never seen here change nothing visible but are still worth storing (decisions 18).
  const changes = preview.writes;
  const columns = (['added', 'updated', 'unchanged', 'deleted', 'older', 'refused'] as const).filter(
    (column) => column !== 'refused' || totals.refused > 0,
  );
  const headings = {
    added: t('importAdded'),
    updated: t('importUpdated'),
    unchanged: t('importUnchanged'),
    deleted: t('importDeleted'),
    older: t('importOlder'),
    refused: t('importRefused'),
  };
  return (
    <dialog className="dialog dialog--wide" ref={ref} aria-label={t('importTitle')} onClose={onCancel}>
      <h2>{t('importTitle')}</h2>
      <p className="restore-dialog__file">{t('importFiles', { files: preview.fileNames.join('、') })}</p>
      {preview.otherReport && (
        <p className="notice notice--error">{t('importOtherReport', { ...preview.otherReport })}</p>
      )}
      <table className="import-table" data-testid="import-preview">
        <thead>
          <tr>
            <th scope="col">{t('importMember')}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {headings[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.members.map((member) => (
            <tr key={member.author.id} data-member={member.author.name}>
              <th scope="row">{member.author.name || t('unnamed')}</th>
              {columns.map((column) => (
                <td key={column} data-column={column}>
                  {member[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {preview.members.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('importTotal')}</th>
              {columns.map((column) => (
                <td key={column}>{totals[column]}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {totals.refused > 0 && <p className="notice notice--error">{t('importRefusedHint')}</p>}
      {/* With refusals, "nothing new" would contradict the warning above: only the hint is shown. */}
      <p className="glossary__hint">
        {changes === 0 && totals.refused === 0 ? t('importNothing') : t('importHint')}
      </p>
      <div className="annotation-editor__actions">
        <button type="button" className="link-button" onClick={() => ref.current?.close()}>
          {t('cancel')}
        </button>
        <button type="button" className="button" onClick={onConfirm} disabled={changes === 0}>
          {t('importConfirm')}
        </button>
      </div>
    </dialog>
  );
}
