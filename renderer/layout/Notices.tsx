/** Messages under the toolbar: errors and recoveries stay until dismissed; confirmations (`done`) fade after a while. */
import { useEffect } from 'react';
import type { Notice } from '../state/app-state';
import { useT } from '../i18n/i18n';

/** Long enough to read a file name twice. */
export const DONE_NOTICE_MS = 8000;

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const t = useT();
  useEffect(() => {
    const timers = notices
      .filter((notice) => notice.kind === 'done')
      .map((notice) => setTimeout(() => onDismiss(notice.id), DONE_NOTICE_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices, onDismiss]);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-kind={notice.kind}
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
