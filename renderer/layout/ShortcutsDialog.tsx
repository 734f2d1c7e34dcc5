/** The keyboard shortcut list (F1), generated from the same table that handles the keys. */
import { SHORTCUTS } from '../state/shortcuts';
import { useT } from '../i18n/i18n';
import { useModalDialog } from './use-modal-dialog';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const ref = useModalDialog();
  return (
    <dialog className="dialog" ref={ref} aria-label={t('shortcutList')} onClose={onClose}>
      <h2>{t('shortcutList')}</h2>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.command}>
              <td>{t(s.label)}</td>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => ref.current?.close()}>
        {t('close')}
      </button>
    </dialog>
  );
}
