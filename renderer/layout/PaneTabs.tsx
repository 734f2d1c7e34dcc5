/** Tabs at the top of a side pane (目录 | 搜索, 名词解释 | 批注); ←/→ switch between them. */
import type { KeyboardEvent } from 'react';

export function PaneTabs<T extends string>({
  tabs,
  tab,
  label,
  onTab,
}: {
  tabs: readonly (readonly [T, string])[];
  tab: T;
  label: string;
  onTab(tab: T): void;
}) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = tabs.findIndex(([key]) => key === tab);
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (next) onTab(next[0]);
  };
  return (
    <div className="pane-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map(([key, text]) => (
        <button
          key={key}
          type="button"
          role="tab"
          className="pane-tabs__tab"
          aria-selected={tab === key}
          tabIndex={tab === key ? 0 : -1}
          onClick={() => onTab(key)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
