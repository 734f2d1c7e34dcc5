/**
 * 目录: parts and sub-parts, the current one marked; 一是/二是 points under their section; appendices apart from
 * the parts; at the end, what was not taken into the report text (未收入正文的内容). Arrow keys move between entries.
 */
import type { KeyboardEvent } from 'react';
import type { ReportDocument } from '../../core/report/model';
import type { OutlinePoint, OutlineSection } from '../../core/report/outline';
import { useLanguage, useT } from '../i18n/i18n';
import { outlineWords } from './outline-words';
import { SetAsideList } from './SetAsideList';
import './outline.css';

interface OutlinePaneProps {
  outline: OutlineSection[];
  currentSectionIds: ReadonlySet<string>;
  onNavigate(section: OutlineSection): void;
  /** The report, for the list of text kept out of it. */
  report?: Pick<ReportDocument, 'blocks' | 'setAside'>;
}

/** A point as a one-paragraph section, so navigating to it goes through the same path as to a section. */
const pointSection = (point: OutlinePoint): OutlineSection => ({
  id: point.id,
  level: 2,
  title: point.title,
  firstBlock: point.blockIndex,
  lastBlock: point.blockIndex,
  children: [],
});

export function OutlinePane({ outline, currentSectionIds, onNavigate, report }: OutlinePaneProps) {
  const t = useT();
  const words = outlineWords(useLanguage());
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
  const points = (section: OutlineSection) =>
    section.points && (
      <ul className="outline__points">
        {section.points.map((point) => (
          <li key={point.id}>
            <button
              type="button"
              className="outline__item outline__item--point"
              onClick={() => onNavigate(pointSection(point))}
              data-section-id={point.id}
            >
              {point.title}
            </button>
          </li>
        ))}
      </ul>
    );
  const item = (section: OutlineSection) => {
    const current = currentSectionIds.has(section.id);
    const kind = section.kind === 'appendix' ? ' outline__item--appendix' : '';
    return (
      <li key={section.id}>
        <button
          type="button"
          className={`outline__item outline__item--level${section.level}${kind}${current ? ' is-current' : ''}`}
          aria-current={current ? 'location' : undefined}
          onClick={() => onNavigate(section)}
          data-section-id={section.id}
        >
          {section.level === 0 ? t('preamble') : section.title}
        </button>
        {points(section)}
        {section.children.length > 0 && <ul>{section.children.map(item)}</ul>}
      </li>
    );
  };
  const body = outline.filter((section) => section.kind !== 'appendix');
  const appendices = outline.filter((section) => section.kind === 'appendix');
  return (
    <nav className="pane outline" aria-label={t('outline')} id="outline-pane" onKeyDown={onKeyDown}>
      <h2 className="visually-hidden">{t('outline')}</h2>
      <ul className="outline__list">{body.map(item)}</ul>
      {appendices.length > 0 && (
        <>
          <h3 className="outline__appendices">{words.appendices}</h3>
          <ul className="outline__list" data-testid="outline-appendices">
            {appendices.map(item)}
          </ul>
        </>
      )}
      {report && <SetAsideList doc={report} />}
    </nav>
  );
}
