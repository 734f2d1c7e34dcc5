/**
 * 批注: every annotation in document order with its citation, colour label, quote, note and tags; filters; 未定位;
 * the study group's layers (成员), arranged by section, by member, or as discussion points (讨论点).
 */
import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Anchor } from '../../core/annotations/anchor';
import { discussionPoints, UNNAMED_AUTHOR, type Layer } from '../../core/annotations/layers';
import type { Annotation, ColorKey } from '../../core/annotations/model';
import { countByColor, orderAnnotations, type PlacedAnnotation } from '../../core/annotations/order';
import { enclosingSections } from '../../core/report/outline';
import { citationLabel } from '../../core/report/ids';
import type { ReportDocument } from '../../core/report/model';
import { useLanguage, useT } from '../i18n/i18n';
import type { SettingsPatch } from '../../core/settings';
import { LayersList } from './LayersList';
import { MemberMark, NoteCard } from './NoteCard';
import { PaletteEditor } from './PaletteEditor';
import { SectionOptions } from './FilterFields';
import { COLORS, useColorLabel } from './palette';

type Arrangement = 'section' | 'member' | 'discussion';

interface AnnotationsPaneProps {
  doc: ReportDocument;
  annotations: ReadonlyMap<string, Annotation>;
  anchors: ReadonlyMap<string, Anchor>;
  onOpen(annotation: Annotation, anchor: Anchor): void;
  onExport(format: 'pack' | 'jsonld'): void;
  onRestore(): void;
  onSettings(patch: SettingsPatch): void;
  /** Every layer (hidden ones too); `annotations` holds only the shown layers' notes. */
  layers: readonly Layer[];
  hiddenLayers: ReadonlySet<string>;
  onToggleLayer(authorId: string): void;
  onRemoveLayer(layer: Layer): void;
  onShare(): void;
  onImport(): void;
  onPrint(): void;
  onEditSignature(): void;
}

export function AnnotationsPane({
  doc,
  annotations,
  anchors,
  onOpen,
  onExport,
  onRestore,
  onSettings,
  layers,
  hiddenLayers,
  onToggleLayer,
  onRemoveLayer,
  onShare,
  onImport,
  onPrint,
  onEditSignature,
}: AnnotationsPaneProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const language = useLanguage();
  const [arrangement, setArrangement] = useState<Arrangement>('section');
  const [color, setColor] = useState<ColorKey | 'all'>('all');
  const [text, setText] = useState('');
  const [section, setSection] = useState('');
  const sectionsOf = useMemo(() => enclosingSections(doc), [doc]);
  const inSection = (anchor: Anchor): boolean =>
    !section || (anchor.status !== 'orphan' && (sectionsOf.get(anchor.blockId)?.includes(section) ?? false));
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

  const me = layers.find((layer) => layer.isMe);
  const layerOf = useMemo(() => new Map(layers.map((layer) => [layer.author.id, layer])), [layers]);
  const card = (annotation: Annotation, anchor: Anchor) => {
    const layer = layerOf.get(annotation.author.id);
    return (
      <NoteCard
        key={annotation.id}
        annotation={annotation}
        anchor={anchor}
        author={layer && !layer.isMe ? { name: layer.author.name, mark: layer.mark } : undefined}
        onOpen={onOpen}
      />
    );
  };
  const grouped = layers.length > 1;

  const visible = placed.filter((p) => matches(p.annotation) && inSection(p.anchor));
  const points = useMemo(() => discussionPoints(placed), [placed]);
  const placedById = useMemo(() => new Map(placed.map((p) => [p.annotation.id, p])), [placed]);
  const visibleOrphans = section ? [] : orphans.filter(matches);
  return (
    <aside className="pane notes" aria-label={t('annotations')} id="annotations-pane" onKeyDown={onKeyDown}>
      <div className="notes__actions">
        <button type="button" className="link-button" onClick={onShare}>
          {t('shareNotes')}
        </button>
        <button type="button" className="link-button" onClick={onImport}>
          {t('importNotes')}
        </button>
        <button type="button" className="link-button" onClick={onPrint}>
          {t('printExport')}
        </button>
      </div>
      <div className="notes__actions notes__actions--secondary">
        <button type="button" className="link-button" onClick={() => onExport('pack')}>
          {t('exportBackup')}
        </button>
        <button type="button" className="link-button" onClick={() => onExport('jsonld')}>
          {t('exportJsonLd')}
        </button>
        <button type="button" className="link-button" onClick={onRestore}>
          {t('restoreBackup')}
        </button>
        <button type="button" className="link-button" onClick={onEditSignature}>
          {me && me.author.name !== '' && me.author.name !== UNNAMED_AUTHOR
            ? t('signature', { name: me.author.name })
            : t('editSignature')}
        </button>
      </div>
      {grouped && (
        <LayersList layers={layers} hidden={hiddenLayers} onToggle={onToggleLayer} onRemove={onRemoveLayer} />
      )}
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
          <SectionOptions doc={doc} />
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
      {grouped && (
        <div className="notes__colors" role="radiogroup" aria-label={t('groupBy')}>
          {(
            [
              ['section', t('bySection')],
              ['member', t('byMember')],
              ['discussion', `${t('discussion')} ${points.length}`],
            ] as const
          ).map(([key, label]) => (
            <button
              key={key}
              type="button"
              role="radio"
              aria-checked={arrangement === key}
              className="chip"
              onClick={() => setArrangement(key)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      {all.length === 0 && <p className="glossary__empty notes__empty">{t('noAnnotations')}</p>}
      {(!grouped || arrangement === 'section') && (
        <ul className="notes__list">{visible.map((p) => card(p.annotation, p.anchor))}</ul>
      )}
      {grouped &&
        arrangement === 'member' &&
        layers
          .filter((layer) => !hiddenLayers.has(layer.author.id))
          .map((layer) => {
            const items = visible.filter((p) => p.annotation.author.id === layer.author.id);
            return (
              <section
                key={layer.author.id}
                aria-label={layer.author.name}
                data-member-group={layer.author.name}
              >
                <h3 className="glossary__group notes__group-title">
                  <MemberMark name={layer.author.name} mark={layer.mark} />
                  {layer.isMe ? t('me') : layer.author.name}
                  <span className="pane__count">{items.length}</span>
                </h3>
                <ul className="notes__list">{items.map((p) => card(p.annotation, p.anchor))}</ul>
              </section>
            );
          })}
      {grouped && arrangement === 'discussion' && (
        <section aria-label={t('discussion')} data-testid="discussion-points">
          <p className="glossary__hint">{points.length > 0 ? t('discussionHint') : t('noDiscussion')}</p>
          {points.map((point) => {
            const text = doc.blocks.find((b) => b.id === point.blockId)?.text ?? '';
            return (
              <div
                key={`${point.blockId}:${point.start}`}
                className="discussion"
                data-discussion={point.blockId}
              >
                <div className="note-card__place">{citationLabel(point.blockId, language)}</div>
                <div className="discussion__quote">
                  {point.end > point.start ? text.slice(point.start, point.end) : text.slice(0, 60)}
                </div>
                <div className="discussion__authors">
                  {point.authors.map((author) => (
                    <span key={author.id} className="note-card__author">
                      <MemberMark name={author.name} mark={layerOf.get(author.id)?.mark ?? 0} />
                      {author.name}
                    </span>
                  ))}
                </div>
                <ul className="notes__list">
                  {point.annotationIds
                    .map((id) => placedById.get(id))
                    .filter((p): p is PlacedAnnotation => p !== undefined)
                    .map((p) => card(p.annotation, p.anchor))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
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
