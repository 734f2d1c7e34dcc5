/** Switches the left pane between 目录 and 搜索. */
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n';

export type LeftTab = 'outline' | 'search';

export function LeftPaneTabs({ tab, onTab }: { tab: LeftTab; onTab(tab: LeftTab): void }) {
  const t = useT();
  const tabs: [LeftTab, string][] = [
    ['outline', t('outline')],
    ['search', t('search')],
  ];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    onTab(tab === 'outline' ? 'search' : 'outline');
  };
  return (
    <div className="pane-tabs" role="tablist" aria-label={t('outline')} onKeyDown={onKeyDown}>
      {tabs.map(([key, label]) => (
        <button
          key={key}
          type="button"
          role="tab"
          className="pane-tabs__tab"
          aria-selected={tab === key}
          tabIndex={tab === key ? 0 : -1}
          onClick={() => onTab(key)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
