/**
 * Messages over the workspace's corner, never pushing it down: errors and recoveries stay until dismissed;
 * confirmations (`done`) fade out by themselves (layout.css: a few seconds, paused while pointed at or focused).
 */
import type { AnimationEvent } from 'react';
import type { Notice } from '../state/app-state';
import { useT } from '../i18n/i18n';

/** Each kind has its own sign as well as its colour. */
const SIGNS: Record<Notice['kind'], string> = { error: '!', info: 'i', done: '✓' };

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const t = useT();
  if (notices.length === 0) return null;
  const faded = (id: number) => (event: AnimationEvent) => {
    if (event.animationName === 'notice-fade') onDismiss(id);
  };
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-kind={notice.kind}
          onAnimationEnd={notice.kind === 'done' ? faded(notice.id) : undefined}
        >
          <span className="notice__sign" aria-hidden="true">
            {SIGNS[notice.kind]}
          </span>
          <span className="notice__text">{notice.message}</span>
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
