/**
 * 打印与导出: choose what to print (study sheet, annotated report, deliberation draft, speaking outline, suggestion
 * draft) and which notes, see it as it will print, then print, save as PDF, or export Word / Markdown / JSON. While
 * open, print CSS prints only the paper.
 */
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Anchor } from '../../core/annotations/anchor';
import type { Layer } from '../../core/annotations/layers';
import type { Annotation, Author, ColorKey } from '../../core/annotations/model';
import { paletteLabels } from '../../core/annotations/palette-labels';
import { buildSheetModel, type DraftCategory, type NotesFilter } from '../../core/export/notes-model';
import { buildSpeakingOutline, leftOutLine, OUTLINE_LIMIT } from '../../core/export/outline-model';
import type { DocumentOptions } from '../../core/export/paper';
import { localDate, type ExportHeader } from '../../core/export/sheet-text';
import { buildSuggestionDraft } from '../../core/export/suggestion-model';
import { buildOpinionSummary, summaryPaper } from '../../core/export/summary-model';
import type { NotesExportFormat, PrintKind } from '../../core/contract';
import type { ReportDocument } from '../../core/report/model';
import { getApi } from '../api';
import { useT } from '../i18n/i18n';
import { COLORS, PaletteContext } from '../annotations/palette';
import { ColorChecks, SectionSelect, TagChecks, toggled } from '../annotations/FilterFields';
import type { MessageKey } from '../i18n/messages';
import { AnnotatedReport } from './AnnotatedReport';
import { PaperView } from './PaperView';
import { StudySheet } from './StudySheet';

interface PrintPreviewProps {
  doc: ReportDocument;
  /** The shown layers' live notes. */
  annotations: readonly Annotation[];
  anchors: ReadonlyMap<string, Anchor>;
  me: Author;
  groupName: string;
  layers: readonly Layer[];
  onNotify(kind: 'done' | 'error', message: string): void;
  onClose(): void;
  /** What to show first (the 批注 pane can open it on 代表建议 with its own filters). */
  initialKind?: PrintKind;
  initialColors?: readonly ColorKey[];
  initialTags?: readonly string[];
  initialSection?: string;
}

/** The kinds in the 内容 list, in the order a delegate meets them. */
const KINDS: readonly (readonly [PrintKind, MessageKey])[] = [
  ['notes', 'printNotes'],
  ['report', 'printReport'],
  ['draft', 'printDraft'],
  ['outline', 'printOutline'],
  ['suggestion', 'printSuggestion'],
  ['summary', 'printSummary'],
];

const DRAFT_CATEGORIES: readonly DraftCategory[] = ['建议', '疑问'];
const CATEGORY_LABELS: Record<DraftCategory, MessageKey> = {
  建议: 'draftSuggestions',
  疑问: 'draftQuestions',
};
const EXPORTS: readonly (readonly [NotesExportFormat, MessageKey, MessageKey])[] = [
  ['docx', 'exportWord', 'exportWordHint'],
  ['md', 'exportMarkdown', 'exportMarkdownHint'],
  ['json', 'exportJson', 'exportJsonHint'],
];

export function PrintPreview({
  doc,
  annotations,
  anchors,
  me,
  groupName,
  layers,
  onNotify,
  onClose,
  initialKind = 'notes',
  initialColors = COLORS,
  initialTags = [],
  initialSection = '',
}: PrintPreviewProps) {
  const t = useT();
  const palette = useContext(PaletteContext);
  const api = getApi();
  const [kind, setKind] = useState<PrintKind>(initialKind);
  const [colors, setColors] = useState<ReadonlySet<ColorKey>>(new Set(initialColors));
  const [tags, setTags] = useState<ReadonlySet<string>>(new Set(initialTags));
  const [section, setSection] = useState(initialSection);
  const [overview, setOverview] = useState('');
  const [subject, setSubject] = useState('');
  // Null until the user picks: the outline then lists the first five of each kind in report order.
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  const [categories, setCategories] = useState<ReadonlySet<DraftCategory>>(new Set(DRAFT_CATEGORIES));
  const [bookmarks, setBookmarks] = useState(false);
  const hasBookmarks = annotations.some((a) => a.kind === 'bookmark');
  const draft = kind === 'draft';
  const outlining = kind === 'outline';
  // Chosen by kind of remark (建议, 疑问), not by colour.
  const byCategory = draft || outlining;
  const paperKind = kind === 'outline' || kind === 'suggestion' || kind === 'summary';
  const multiLayer = layers.length > 1;
  // Layers shown in the window that have notes (hidden layers are never printed or exported).
  const shownLayers = layers.filter((layer) => annotations.some((a) => a.author.id === layer.author.id));
  // My notes by default (a printout or a draft goes into the meeting under my name); everyone's if I have none.
  // 意见汇总表 collects everyone's opinions: it starts with every member.
  const everyone = () => new Set(shownLayers.map((layer) => layer.author.id));
  const [authors, setAuthors] = useState<ReadonlySet<string>>(() =>
    initialKind !== 'summary' && shownLayers.some((layer) => layer.isMe) ? new Set([me.id]) : everyone(),
  );
  const chooseKind = (next: PrintKind) => {
    const onlyMine = authors.size === 1 && authors.has(me.id);
    if (next === 'summary' && onlyMine) setAuthors(everyone());
    setKind(next);
  };
  const [handwriting, setHandwriting] = useState(false);
  const [largePrint, setLargePrint] = useState(false);
  const [placement, setPlacement] = useState<'footnotes' | 'margin'>('footnotes');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  const allTags = useMemo(() => [...new Set(annotations.flatMap((a) => a.tags))].sort(), [annotations]);
  // Only what applies: the draft is chosen by kind of remark (建议, 疑问), not by colour, and holds no bookmarks.
  const shownIds = shownLayers.map((layer) => layer.author.id).join('\u0000');
  const filter = useMemo<NotesFilter>(() => {
    const shown = shownIds.split('\u0000');
    return {
      ...(!byCategory && colors.size < COLORS.length ? { colors: [...colors] } : {}),
      ...(draft && categories.size < DRAFT_CATEGORIES.length ? { categories: [...categories] } : {}),
      ...(!byCategory && !paperKind && bookmarks && hasBookmarks ? { bookmarks: true } : {}),
      ...(tags.size > 0 ? { tags: [...tags] } : {}),
      ...(section ? { sectionIds: [section] } : {}),
      // Named explicitly once other members' notes exist, so hidden layers stay out of main's exports too.
      ...(multiLayer ? { authorIds: [...authors].filter((id) => shown.includes(id)) } : {}),
    };
  }, [
    draft,
    byCategory,
    paperKind,
    colors,
    categories,
    bookmarks,
    hasBookmarks,
    tags,
    section,
    multiLayer,
    authors,
    shownIds,
  ]);
  // An empty choice means no notes (the model reads an empty list as "any").
  const noneChosen = draft ? categories.size === 0 : !outlining && colors.size === 0;
  const nothingChosen = noneChosen || filter.authorIds?.length === 0;
  const labels = useMemo(() => paletteLabels(palette), [palette]);
  const model = useMemo(
    () =>
      buildSheetModel(draft ? 'draft' : 'notes', doc, nothingChosen ? [] : annotations, {
        labels,
        filter,
        anchors,
      }),
    [draft, doc, annotations, labels, filter, anchors, nothingChosen],
  );
  const header: ExportHeader = {
    authorName: me.name,
    authorId: me.id,
    groupName,
    date: localDate(new Date()),
    kind: draft ? 'draft' : 'notes',
  };
  const options = useMemo<DocumentOptions>(
    () => ({
      ...(overview.trim() && { overview }),
      ...(subject.trim() && { subject }),
      ...(picked && { pickedIds: [...picked] }),
      ...(largePrint && { largePrint: true }),
    }),
    [overview, subject, picked, largePrint],
  );
  // The set documents, built only when shown, from the same models as their files.
  const setDocument = useMemo(() => {
    if (!paperKind) return undefined;
    const input = {
      doc,
      annotations: nothingChosen ? [] : annotations,
      labels,
      filter,
      anchors,
      signer: { authorName: me.name, groupName, date: localDate(new Date()) },
      options,
    };
    if (kind === 'outline') {
      const outline = buildSpeakingOutline(input);
      return { paper: outline.paper, count: outline.listed.length, outline };
    }
    if (kind === 'summary') {
      const summary = buildOpinionSummary(input);
      return { paper: summaryPaper(summary, input.signer), count: summary.total, summary };
    }
    const suggestion = buildSuggestionDraft(input);
    return { paper: suggestion.paper, count: suggestion.total, suggestion };
  }, [
    paperKind,
    kind,
    doc,
    annotations,
    nothingChosen,
    labels,
    filter,
    anchors,
    me.name,
    groupName,
    options,
  ]);
  const shownCount = setDocument?.count ?? model.total;
  const outline = setDocument?.outline;
  const togglePick = (id: string) => {
    const next = new Set(picked ?? outline?.listed.map((candidate) => candidate.id) ?? []);
    setPicked(toggled(next, id));
  };

  // Print CSS keys on this: only the paper is printed while the preview is open. The rest of the window is inert,
  // so Tab and screen readers stay inside the preview.
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.printing = 'true';
    const self = previewRef.current;
    const others = [...(self?.parentElement?.children ?? [])].filter(
      (el): el is HTMLElement => el !== self && el instanceof HTMLElement && !el.inert,
    );
    for (const el of others) el.inert = true;
    closeRef.current?.focus();
    return () => {
      for (const el of others) el.inert = false;
      delete root.dataset.printing;
      delete root.dataset.printReady;
    };
  }, []);
  useEffect(() => {
    document.documentElement.dataset.printReady = `${kind}:${shownCount}`;
  }, [kind, shownCount]);

  const run = (
    call: () => Promise<
      { ok: true; value: { fileName: string } | null } | { ok: false; error: { message: string } }
    >,
  ) => {
    setBusy(true);
    setMessage(null);
    // Said here as well as in the window's notices, which the preview covers.
    const say = (kind: 'done' | 'error', text: string) => {
      setMessage({ kind, text });
      onNotify(kind, text);
    };
    void call()
      .then((result) => {
        if (!result.ok) say('error', result.error.message);
        else if (result.value) say('done', t('exported', { file: result.value.fileName }));
      })
      .finally(() => setBusy(false));
  };
  const exportAs = (format: NotesExportFormat) =>
    run(() =>
      api.exportNotes({
        reportId: doc.id,
        format,
        kind: kind === 'report' ? 'notes' : kind,
        filter,
        ...(paperKind && { options }),
      }),
    );

  return (
    <div
      ref={previewRef}
      className={`print-preview${largePrint ? ' print-preview--large' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('printTitle')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <aside className="print-preview__options">
        <div className="print-preview__head">
          <h2>{t('printTitle')}</h2>
          <button ref={closeRef} type="button" className="link-button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
        <fieldset>
          <legend>{t('printWhat')}</legend>
          {KINDS.map(([key, label]) => (
            <label key={key} className="check">
              <input type="radio" name="print-kind" checked={kind === key} onChange={() => chooseKind(key)} />
              {t(label)}
            </label>
          ))}
        </fieldset>
        {outlining && (
          <label className="print-preview__field">
            {t('outlineOverview')}
            <textarea
              rows={3}
              value={overview}
              placeholder={t('outlineOverviewHint')}
              onChange={(event) => setOverview(event.target.value)}
            />
          </label>
        )}
        {outline && outline.candidates.length > 0 && (
          <fieldset className="print-preview__picks" data-testid="outline-picks">
            <legend>{t('outlinePick', { count: OUTLINE_LIMIT })}</legend>
            {outline.candidates.map((candidate) => {
              const listed = outline.listed.some((c) => c.id === candidate.id);
              const full =
                outline.listed.filter((c) => c.category === candidate.category).length >= OUTLINE_LIMIT;
              return (
                <label key={candidate.id} className="check print-preview__pick">
                  <input
                    type="checkbox"
                    checked={listed}
                    disabled={!listed && full}
                    onChange={() => togglePick(candidate.id)}
                  />
                  <span>
                    【{t(candidate.category === '建议' ? 'outlineSuggestion' : 'outlineQuestion')}】
                    {candidate.place} {candidate.note || candidate.quote}
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}
        {outline && (
          <OutlineHints
            none={outline.candidates.length === 0}
            suggestions={outline.listed.filter((c) => c.category === '建议').length}
            leftOut={leftOutLine(outline)}
          />
        )}
        {kind === 'summary' && <p className="print-preview__hint">{t('summaryHint')}</p>}
        {kind === 'suggestion' && (
          <>
            <label className="print-preview__field">
              {t('suggestionSubject')}
              <input
                type="text"
                value={subject}
                placeholder={t('suggestionSubjectHint')}
                onChange={(event) => setSubject(event.target.value)}
              />
            </label>
            <p className="print-preview__hint">{t('suggestionChosen', { count: shownCount })}</p>
            {setDocument?.suggestion?.warning && (
              <p className="notice notice--error" role="status" data-testid="suggestion-warning">
                {setDocument.suggestion.warning}
              </p>
            )}
          </>
        )}
        {outlining ? null : draft ? (
          <fieldset>
            <legend>{t('draftKinds')}</legend>
            {DRAFT_CATEGORIES.map((category) => (
              <label key={category} className="check">
                <input
                  type="checkbox"
                  checked={categories.has(category)}
                  onChange={() => setCategories(toggled(categories, category))}
                />
                {t(CATEGORY_LABELS[category])}
              </label>
            ))}
          </fieldset>
        ) : (
          <ColorChecks selected={colors} onChange={setColors} />
        )}
        <TagChecks tags={allTags} selected={tags} onChange={setTags} />
        {layers.length > 1 && shownLayers.length > 0 && (
          <fieldset>
            <legend>{t('layers')}</legend>
            {shownLayers.map((layer) => (
              <label key={layer.author.id} className="check">
                <input
                  type="checkbox"
                  checked={authors.has(layer.author.id)}
                  onChange={() => setAuthors(toggled(authors, layer.author.id))}
                />
                {layer.isMe ? t('me') : layer.author.name}
              </label>
            ))}
          </fieldset>
        )}
        <SectionSelect doc={doc} value={section} onChange={setSection} />
        <fieldset>
          <legend>{t('printOptions')}</legend>
          {(kind === 'notes' || kind === 'draft') && (
            <label className="check">
              <input type="checkbox" checked={handwriting} onChange={() => setHandwriting(!handwriting)} />
              {t('handwriting')}
            </label>
          )}
          <label className="check">
            <input type="checkbox" checked={largePrint} onChange={() => setLargePrint(!largePrint)} />
            {t('largePrint')}
          </label>
          {(kind === 'notes' || kind === 'report') && hasBookmarks && (
            <label className="check">
              <input type="checkbox" checked={bookmarks} onChange={() => setBookmarks(!bookmarks)} />
              {t('includeBookmarks')}
            </label>
          )}
          {kind === 'report' && (
            <label className="check">
              {t('notesPlacement')}
              <select
                value={placement}
                onChange={(event) => setPlacement(event.target.value as 'footnotes' | 'margin')}
              >
                <option value="footnotes">{t('asFootnotes')}</option>
                <option value="margin">{t('asMargin')}</option>
              </select>
            </label>
          )}
        </fieldset>
        <p className="print-preview__count" data-testid="print-count">
          {t('printCount', { count: shownCount })}
        </p>
        {message && (
          <p
            className={`notice notice--${message.kind === 'error' ? 'error' : 'info'}`}
            role={message.kind === 'error' ? 'alert' : 'status'}
            data-testid="print-message"
          >
            {message.text}
          </p>
        )}
        <div className="print-preview__actions">
          <button
            type="button"
            className="button"
            disabled={busy || nothingChosen}
            onClick={() =>
              run(async () => {
                const result = await api.printPage();
                return result.ok ? { ok: true, value: null } : result;
              })
            }
          >
            {t('printButton')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || nothingChosen}
            onClick={() => run(() => api.savePagePdf({ reportId: doc.id, kind }))}
          >
            {t('savePdf')}
          </button>
        </div>
        {kind !== 'report' && (
          <fieldset className="print-preview__exports">
            <legend>{t('exportFiles')}</legend>
            {EXPORTS.map(([format, label, hint]) => (
              <button
                key={format}
                type="button"
                className="button print-preview__export"
                title={t(hint)}
                disabled={busy || nothingChosen}
                onClick={() => exportAs(format)}
              >
                {t(label)}
              </button>
            ))}
          </fieldset>
        )}
      </aside>
      {/* Reachable by the keyboard, so the paper can be scrolled without a mouse. */}
      <div className="print-preview__paper" role="region" aria-label={t('printPreview')} tabIndex={0}>
        <div className="print-doc">
          {setDocument ? (
            <PaperView paper={setDocument.paper} />
          ) : kind === 'report' ? (
            <AnnotatedReport
              doc={doc}
              model={model}
              anchors={anchors}
              header={header}
              placement={placement}
            />
          ) : (
            <StudySheet model={model} header={header} handwriting={handwriting} />
          )}
        </div>
      </div>
    </div>
  );
}

/** What the user should know about the outline before printing it: nothing to list, too few, some left out. */
function OutlineHints({
  none,
  suggestions,
  leftOut,
}: {
  none: boolean;
  suggestions: number;
  leftOut: string;
}) {
  const t = useT();
  const hints = [
    none ? t('outlineNone') : '',
    !none && suggestions < 3 ? t('outlineFew', { count: suggestions }) : '',
    leftOut,
  ].filter((hint) => hint !== '');
  if (hints.length === 0) return null;
  return (
    <div className="print-preview__hint" role="status" data-testid="outline-hints">
      {hints.map((hint) => (
        <p key={hint}>{hint}</p>
      ))}
    </div>
  );
}
