/**
 * 批注: every annotation in document order with its citation, colour label, quote, note and tags; filters; 未定位;
 * the study group's layers (成员), arranged by section, by member, or as discussion points (讨论点).
 */
import { useMemo, useState } from 'react';
import { Popover } from '../layout/Popover';
import type { KeyboardEvent } from 'react';
import type { Anchor } from '../../core/annotations/anchor';
import { discussionPoints, UNNAMED_AUTHOR, type Layer } from '../../core/annotations/layers';
import type { Annotation } from '../../core/annotations/model';
import { orderAnnotations, type PlacedAnnotation } from '../../core/annotations/order';
import { enclosingSections } from '../../core/report/outline';
import { citationLabel } from '../../core/report/ids';
import type { ReportDocument } from '../../core/report/model';
import { useLanguage, useT } from '../i18n/i18n';
import type { SettingsPatch } from '../../core/settings';
import { LayersList } from './LayersList';
import { GrowingList } from './GrowingList';
import { MemberMark, NoteCard } from './NoteCard';
import { PaletteEditor } from './PaletteEditor';
import { SectionOptions, sectionTitle } from './FilterFields';
import { COLORS, useColorLabel } from './palette';
import { filterNotes, type ColorChoice } from './pane-filter';

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
  const [color, setColor] = useState<ColorChoice>('all');
  const [text, setText] = useState('');
  const [section, setSection] = useState('');
  const [tag, setTag] = useState('');
  const sectionsOf = useMemo(() => enclosingSections(doc), [doc]);
  const all = useMemo(() => [...annotations.values()], [annotations]);
  const allTags = useMemo(() => [...new Set(all.flatMap((a) => a.tags))].sort(), [all]);
  const { placed, orphans } = useMemo(() => orderAnnotations(doc, all, anchors), [doc, all, anchors]);
  const shown = filterNotes(placed, orphans, { text, section, tag, color }, sectionsOf);
  const { counts } = shown;
  const blockText = useMemo(() => new Map(doc.blocks.map((b) => [b.id, b.text])), [doc]);

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
        paragraph={anchor.status === 'orphan' ? undefined : blockText.get(anchor.blockId)}
        author={layer && !layer.isMe ? { name: layer.author.name, mark: layer.mark } : undefined}
        onOpen={onOpen}
      />
    );
  };
  const grouped = layers.length > 1;

  const visible = shown.placed;
  // Any change of filter or arrangement starts the long lists again from their top.
  const filterKey = [text, section, tag, color, arrangement].join('\u0000');
  const points = useMemo(() => discussionPoints(placed), [placed]);
  const placedById = useMemo(() => new Map(placed.map((p) => [p.annotation.id, p])), [placed]);
  const visibleOrphans = shown.orphans;
  const signed = me && me.author.name !== '' && me.author.name !== UNNAMED_AUTHOR;
  const chip = (key: ColorChoice, label: string, count: number, className = 'chip') => (
    <button
      key={key}
      type="button"
      role="radio"
      aria-checked={color === key}
      className={className}
      data-color={key}
      onClick={() => setColor(color === key ? 'all' : key)}
    >
      {label} <span className="chip__count">{count}</span>
    </button>
  );
  return (
    <aside className="pane notes" aria-label={t('annotations')} id="annotations-pane" onKeyDown={onKeyDown}>
      <div className="notes__actions">
        <button type="button" className="button notes__action" onClick={onShare}>
          {t('shareNotes')}
        </button>
        <button type="button" className="button notes__action" onClick={onImport}>
          {t('importNotes')}
        </button>
        <button type="button" className="button notes__action" onClick={onPrint}>
          {t('printExport')}
        </button>
      </div>
      <div className="notes__secondary">
        <span className="notes__signature">
          {signed ? t('signature', { name: me.author.name }) : t('unnamed')}
          <button type="button" className="button button--small" onClick={onEditSignature}>
            {t('changeSignature')}
          </button>
        </span>
        <Popover
          label={t('backupMenu')}
          className="notes__more"
          buttonContent={<span className="notes__more-label">{t('backupMenu')} ▾</span>}
        >
          {(close) => (
            <div className="menu" role="group" aria-label={t('backupMenu')}>
              {(
                [
                  [t('exportBackup'), t('exportBackupHint'), () => onExport('pack')],
                  [t('exportJsonLd'), t('exportJsonLdHint'), () => onExport('jsonld')],
                  [t('restoreBackup'), t('restoreBackupHint'), onRestore],
                ] as const
              ).map(([label, hint, act]) => (
                <button
                  key={label}
                  type="button"
                  className="menu__item"
                  title={hint}
                  onClick={() => {
                    close();
                    act();
                  }}
                >
                  <span className="menu__label">{label}</span>
                  <span className="menu__hint">{hint}</span>
                </button>
              ))}
            </div>
          )}
        </Popover>
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
          title={section ? sectionTitle(doc, section, t('preamble')) : undefined}
          value={section}
          onChange={(event) => setSection(event.target.value)}
        >
          <SectionOptions doc={doc} />
        </select>
        {allTags.length > 0 && (
          <select
            className="notes__section"
            aria-label={t('tagsFilter')}
            value={tag}
            onChange={(event) => setTag(event.target.value)}
          >
            <option value="">{t('allTags')}</option>
            {allTags.map((name) => (
              <option key={name} value={name}>
                #{name}
              </option>
            ))}
          </select>
        )}
        <div className="notes__colors" role="radiogroup" aria-label={t('filterColor')}>
          {chip('all', t('allColors'), counts.all)}
          {COLORS.map((key) => chip(key, colorLabel(key), counts.colors[key], `chip chip--${key}`))}
          {(counts.none > 0 || color === 'none') &&
            chip('none', t('uncoloured'), counts.none, 'chip chip--none')}
          {(counts.bookmark > 0 || color === 'bookmark') &&
            chip('bookmark', t('bookmarks'), counts.bookmark, 'chip chip--bookmark')}
          {(counts.amendment > 0 || color === 'amendment') &&
            chip('amendment', t('amendLabel'), counts.amendment, 'chip chip--amendment')}
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
        <GrowingList items={visible} resetKey={filterKey} render={(p) => card(p.annotation, p.anchor)} />
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
                <GrowingList
                  items={items}
                  resetKey={filterKey}
                  render={(p) => card(p.annotation, p.anchor)}
                />
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
          <GrowingList
            items={visibleOrphans}
            resetKey={filterKey}
            render={(a) => card(a, { status: 'orphan' })}
          />
        </section>
      )}
    </aside>
  );
}
