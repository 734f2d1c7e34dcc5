/** Persistent messages (errors, recoveries) until the user dismisses them. */
import type { Notice } from '../state/app-state';
import { useT } from '../i18n/i18n';

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('close')}
            onClick={() => onDismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
