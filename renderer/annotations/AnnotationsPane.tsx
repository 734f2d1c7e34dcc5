/** 批注: every annotation in document order with its citation, colour label, quote, note and tags; filters; 未定位. */
import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Anchor } from '../../core/annotations/anchor';
import type { Annotation, ColorKey } from '../../core/annotations/model';
import { countByColor, orderAnnotations } from '../../core/annotations/order';
import { buildOutline, flattenOutline, sectionIndex } from '../../core/report/outline';
import { citationLabel } from '../../core/report/ids';
import type { ReportDocument } from '../../core/report/model';
import { useLanguage, useT } from '../i18n/i18n';
import type { SettingsPatch } from '../../core/settings';
import { PaletteEditor } from './PaletteEditor';
import { COLORS, useColorLabel } from './palette';

interface AnnotationsPaneProps {
  doc: ReportDocument;
  annotations: ReadonlyMap<string, Annotation>;
  anchors: ReadonlyMap<string, Anchor>;
  onOpen(annotation: Annotation, anchor: Anchor): void;
  onExport(format: 'pack' | 'jsonld'): void;
  onRestore(): void;
  onSettings(patch: SettingsPatch): void;
}

export function AnnotationsPane({
  doc,
  annotations,
  anchors,
  onOpen,
  onExport,
  onRestore,
  onSettings,
}: AnnotationsPaneProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const language = useLanguage();
  const [color, setColor] = useState<ColorKey | 'all'>('all');
  const [text, setText] = useState('');
  const [section, setSection] = useState('');
  const outline = useMemo(() => buildOutline(doc.blocks), [doc]);
  const sections = useMemo(() => flattenOutline(outline), [outline]);
  const sectionOf = useMemo(() => sectionIndex(doc, outline), [doc, outline]);
  // A part includes its sub-parts: filtering by 第二部分 shows notes in （一）…（八） too.
  const inSection = (anchor: Anchor): boolean => {
    if (!section || anchor.status === 'orphan') return !section;
    const own = sectionOf.get(anchor.blockId);
    if (!own) return false;
    if (own.id === section) return true;
    return outline.some((part) => part.id === section && part.children.includes(own));
  };
  const all = useMemo(() => [...annotations.values()], [annotations]);
  const counts = useMemo(() => countByColor(all), [all]);
  const { placed, orphans } = useMemo(() => orderAnnotations(doc, all, anchors), [doc, all, anchors]);
  const needle = text.trim().toLowerCase();
  const matches = (a: Annotation) =>
    (color === 'all' || a.color === color) &&
    (!needle || [a.target.exact, a.note, ...a.tags].some((s) => s.toLowerCase().includes(needle)));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.note-card__open')];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[Math.max(0, Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
      next.click();
    }
  };

  const card = (annotation: Annotation, anchor: Anchor) => (
    <li
      key={annotation.id}
      className={`note-card note-card--${annotation.color}`}
      data-annotation-id={annotation.id}
    >
      <button type="button" className="note-card__open" onClick={() => onOpen(annotation, anchor)}>
        <span className="note-card__meta">
          <span className={`chip chip--${annotation.color}`}>{colorLabel(annotation.color)}</span>
          <span className="note-card__place">
            {anchor.status === 'orphan' ? t('orphans') : citationLabel(anchor.blockId, language)}
          </span>
        </span>
        <span className="note-card__quote">{annotation.target.exact}</span>
        {annotation.note && <span className="note-card__note">{annotation.note}</span>}
        {annotation.tags.length > 0 && (
          <span className="note-card__tags">
            {annotation.tags.map((tag) => (
              <span key={tag} className="tag">
                #{tag}
              </span>
            ))}
          </span>
        )}
      </button>
    </li>
  );

  const visible = placed.filter((p) => matches(p.annotation) && inSection(p.anchor));
  const visibleOrphans = section ? [] : orphans.filter(matches);
  return (
    <aside className="pane notes" aria-label={t('annotations')} id="annotations-pane" onKeyDown={onKeyDown}>
      <div className="notes__actions">
        <button type="button" className="link-button" onClick={() => onExport('pack')}>
          {t('exportBackup')}
        </button>
        <button type="button" className="link-button" onClick={() => onExport('jsonld')}>
          {t('exportJsonLd')}
        </button>
        <button type="button" className="link-button" onClick={onRestore}>
          {t('restoreBackup')}
        </button>
      </div>
      <PaletteEditor onChange={onSettings} />
      <div className="notes__filters">
        <input
          type="search"
          className="search__input"
          aria-label={t('filterText')}
          placeholder={t('filterText')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <select
          className="notes__section"
          aria-label={t('filterSection')}
          value={section}
          onChange={(event) => setSection(event.target.value)}
        >
          <option value="">{t('allSections')}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.level === 2 ? '\u3000' : ''}
              {s.level === 0 ? t('preamble') : s.title.slice(0, 24)}
            </option>
          ))}
        </select>
        <div className="notes__colors" role="radiogroup" aria-label={t('filterColor')}>
          <button
            type="button"
            role="radio"
            aria-checked={color === 'all'}
            className="chip"
            onClick={() => setColor('all')}
          >
            {t('allColors')} {all.length}
          </button>
          {COLORS.map((key) => (
            <button
              key={key}
              type="button"
              role="radio"
              aria-checked={color === key}
              className={`chip chip--${key}`}
              data-color={key}
              onClick={() => setColor(color === key ? 'all' : key)}
            >
              {colorLabel(key)} {counts[key]}
            </button>
          ))}
        </div>
      </div>
      {all.length === 0 && <p className="glossary__empty notes__empty">{t('noAnnotations')}</p>}
      <ul className="notes__list">{visible.map((p) => card(p.annotation, p.anchor))}</ul>
      {visibleOrphans.length > 0 && (
        <section className="notes__orphans" aria-label={t('orphans')}>
          <h3 className="glossary__group">
            {t('orphans')} <span className="pane__count">{visibleOrphans.length}</span>
          </h3>
          <p className="glossary__hint">{t('orphansHint')}</p>
          <ul className="notes__list">{visibleOrphans.map((a) => card(a, { status: 'orphan' }))}</ul>
        </section>
      )}
    </aside>
  );
}
