/** 目录: parts and sub-parts, the current one marked; arrow keys move between entries. */
import type { KeyboardEvent } from 'react';
import type { OutlineSection } from '../../core/report/outline';
import { useT } from '../i18n/i18n';

interface OutlinePaneProps {
  outline: OutlineSection[];
  currentSectionIds: ReadonlySet<string>;
  onNavigate(section: OutlineSection): void;
}

export function OutlinePane({ outline, currentSectionIds, onNavigate }: OutlinePaneProps) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End')
      return;
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.outline__item')];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : index + (event.key === 'ArrowDown' ? 1 : -1);
    const target = items[Math.max(0, Math.min(items.length - 1, next))];
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };
  const item = (section: OutlineSection) => {
    const current = currentSectionIds.has(section.id);
    return (
      <li key={section.id}>
        <button
          type="button"
          className={`outline__item outline__item--level${section.level}${current ? ' is-current' : ''}`}
          aria-current={current ? 'location' : undefined}
          onClick={() => onNavigate(section)}
          data-section-id={section.id}
        >
          {section.level === 0 ? t('preamble') : section.title}
        </button>
        {section.children.length > 0 && <ul>{section.children.map(item)}</ul>}
      </li>
    );
  };
  return (
    <nav className="pane outline" aria-label={t('outline')} id="outline-pane" onKeyDown={onKeyDown}>
      <h2 className="visually-hidden">{t('outline')}</h2>
      <ul className="outline__list">{outline.map(item)}</ul>
    </nav>
  );
}
