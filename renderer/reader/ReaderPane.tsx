/** The middle pane: scrolls the report, tracks the reading position, shows term definitions on hover. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, MouseEvent, KeyboardEvent } from 'react';
import type { ReportDocument } from '../../core/report/model';
import type { Language } from '../../core/settings';
import type { Span } from '../../core/search/model';
import { useT } from '../i18n/i18n';
import { readingAnchor, restoreAnchor, scrollToBlock, type ReadingAnchor } from './navigation';
import { ReportBody } from './ReportBody';
import type { HighlightSpan, MarginItem } from '../annotations/paint-model';
import { selectionToBlockRange, type BlockRange } from '../annotations/selection';
import { TermTooltip, type TooltipState } from './TermTooltip';

interface ReaderPaneProps {
  doc: ReportDocument;
  language: Language;
  fontSize: number;
  /** Show each paragraph's 第N段 in the margin. */
  paragraphNumbers: boolean;
  /** Where to open the report: the position saved when the session was loaded (stable while reading). */
  initialBlockId: string | undefined;
  selectedTermId: string | undefined;
  searchRanges: ReadonlyMap<string, Span[]>;
  currentHit: { blockId: string; start: number } | undefined;
  highlights: ReadonlyMap<string, HighlightSpan[]>;
  margin: ReadonlyMap<string, MarginItem[]>;
  bookmarks: ReadonlySet<string>;
  onMarginNoteClick(annotationId: string, rect: DOMRect): void;
  onBookmark(blockId: string): void;
  onParagraphNote(blockId: string, rect: DOMRect): void;
  /** The user finished selecting text in one block (rect: where to show the toolbar). */
  onSelectText(range: BlockRange | null, rect: DOMRect | null): void;
  onHighlightClick(annotationIds: string[], rect: DOMRect): void;
  onPositionChange(blockId: string): void;
  onTermSelect(termId: string): void;
}

export function ReaderPane(props: ReaderPaneProps) {
  const {
    doc,
    language,
    fontSize,
    initialBlockId,
    selectedTermId,
    searchRanges,
    currentHit,
    onPositionChange,
    onTermSelect,
  } = props;
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [tooltip, setTooltip] = useState<TooltipState | undefined>();
  const [hovered, setHovered] = useState<{ blockId: string; top: number } | undefined>();
  const entries = useMemo(() => new Map(doc.glossary.map((e) => [e.id, e])), [doc]);

  // Restore the reading position before the first paint of a new report, then signal readiness.
  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    container.scrollTop = 0;
    if (initialBlockId) scrollToBlock(initialBlockId, { flash: false });
    const root = document.documentElement;
    root.dataset.ready = 'report';
    root.dataset.reportId = doc.id;
  }, [doc, initialBlockId]);

  // Where the reader is, kept as a block and how far into it, so a reflow can bring the same words back.
  const anchor = useRef<ReadingAnchor | undefined>(undefined);
  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (container && anchor.current) restoreAnchor(container, anchor.current);
  }, [fontSize]);

  // Track the top visible block; the blocks list is read once per report. When the pane changes width (the
  // window resized, a side pane shown, hidden or floated) the text reflows under a scrollTop that no longer
  // means the same place: scroll back to the anchor before the frame is painted, and report it.
  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const blocks = [...container.querySelectorAll<HTMLElement>('[data-block-id]')];
    let frame = 0;
    let width = container.clientWidth;
    /** After a reflow, scrolls back to the anchor; true when it did (the position is the anchor's again). */
    const settle = (): boolean => {
      if (container.clientWidth === width) return false;
      width = container.clientWidth;
      if (anchor.current) restoreAnchor(container, anchor.current);
      return true;
    };
    const update = () => {
      frame = 0;
      // A scroll event can come between a reflow and the resize observer: restore first, never read the
      // position of the old scrollTop over the new layout as if the reader had moved there.
      if (settle() && anchor.current) {
        onPositionChange(anchor.current.blockId);
        return;
      }
      anchor.current = readingAnchor(container, blocks);
      if (anchor.current) onPositionChange(anchor.current.blockId);
    };
    const onScroll = () => {
      setTooltip(undefined);
      if (!frame) frame = requestAnimationFrame(update);
    };
    const resizes = new ResizeObserver(() => {
      // The restored scroll fires a scroll event; the anchor stays what the reader was reading.
      if (settle() && anchor.current) onPositionChange(anchor.current.blockId);
    });
    update();
    resizes.observe(container);
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      resizes.disconnect();
      container.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [doc, onPositionChange]);

  // Mark the selected term's occurrences.
  useEffect(() => {
    const container = scrollRef.current;
    if (!container || !selectedTermId) return;
    const marked = [
      ...container.querySelectorAll<HTMLElement>(`.term[data-term-id="${CSS.escape(selectedTermId)}"]`),
    ];
    marked.forEach((el) => el.classList.add('term--selected'));
    return () => marked.forEach((el) => el.classList.remove('term--selected'));
  }, [selectedTermId, doc]);

  const termAt = (target: EventTarget): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('.term') : null;

  const showFor = (el: HTMLElement) => {
    const termId = el.dataset.termId;
    if (!termId) return;
    const r = el.getBoundingClientRect();
    setTooltip({ termId, rect: { left: r.left, top: r.top, bottom: r.bottom } });
  };

  // The paragraph tools follow the pointer and the focus: one set of buttons, not one per paragraph.
  const showParagraphTools = (target: EventTarget | null) => {
    const block = target instanceof Element ? target.closest<HTMLElement>('.paragraph[data-block-id]') : null;
    const container = scrollRef.current;
    if (block?.dataset.blockId && container && block.dataset.blockId !== hovered?.blockId) {
      const top =
        block.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
      setHovered({ blockId: block.dataset.blockId, top });
    }
  };
  const onMouseOver = (event: MouseEvent) => {
    const el = termAt(event.target);
    if (el) showFor(el);
    showParagraphTools(event.target);
  };
  const onMouseOut = (event: MouseEvent) => {
    if (termAt(event.target) && !termAt(event.relatedTarget as EventTarget)) setTooltip(undefined);
  };
  const onFocus = (event: FocusEvent) => {
    const el = termAt(event.target);
    if (el) showFor(el);
    showParagraphTools(event.target);
  };
  const onBlur = () => setTooltip(undefined);
  const onClick = (event: MouseEvent) => {
    const termId = termAt(event.target)?.dataset.termId;
    if (termId) {
      onTermSelect(termId);
      return;
    }
    const marginNote =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-margin-note]') : null;
    if (marginNote?.dataset.marginNote) {
      props.onMarginNoteClick(marginNote.dataset.marginNote, marginNote.getBoundingClientRect());
      return;
    }
    const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('mark.hl') : null;
    if (mark?.dataset.annotationIds && window.getSelection()?.isCollapsed !== false) {
      props.onHighlightClick(mark.dataset.annotationIds.split(' '), mark.getBoundingClientRect());
    }
  };
  const onMouseUp = () => {
    // Wait a tick: the selection is final only after the mouseup has been handled.
    setTimeout(() => {
      const selection = window.getSelection();
      const range = selectionToBlockRange(selection);
      props.onSelectText(range, range && selection ? selection.getRangeAt(0).getBoundingClientRect() : null);
    }, 0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const el = termAt(event.target);
    if (el?.dataset.termId && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onTermSelect(el.dataset.termId);
    }
    if (event.key === 'Escape') setTooltip(undefined);
  };

  const entry = tooltip ? entries.get(tooltip.termId) : undefined;
  return (
    <main
      className="reader"
      aria-label={t('reader')}
      style={{ ['--reader-font-size' as string]: `${fontSize}px` }}
    >
      <div
        className="reader__scroll"
        ref={scrollRef}
        id="reader-scroll"
        tabIndex={0}
        onMouseOver={onMouseOver}
        onMouseOut={onMouseOut}
        onFocus={onFocus}
        onBlur={onBlur}
        onClick={onClick}
        onMouseUp={onMouseUp}
        onKeyDown={onKeyDown}
      >
        <ReportBody
          doc={doc}
          language={language}
          paragraphNumbers={props.paragraphNumbers}
          searchRanges={searchRanges}
          currentHit={currentHit}
          highlights={props.highlights}
          margin={props.margin}
          bookmarks={props.bookmarks}
        />
        {hovered && (
          <div
            className="para-tools"
            style={{ top: hovered.top }}
            onMouseDown={(event) => event.preventDefault()}
          >
            <button
              type="button"
              className="para-tools__button"
              aria-pressed={props.bookmarks.has(hovered.blockId)}
              aria-label={t('bookmark')}
              title={t('bookmark')}
              onClick={() => props.onBookmark(hovered.blockId)}
            >
              ⚑
            </button>
            <button
              type="button"
              className="para-tools__button"
              aria-label={t('paragraphNote')}
              title={t('paragraphNote')}
              onClick={(event) =>
                props.onParagraphNote(hovered.blockId, event.currentTarget.getBoundingClientRect())
              }
            >
              ✎
            </button>
          </div>
        )}
      </div>
      {tooltip && entry && <TermTooltip entry={entry} rect={tooltip.rect} />}
    </main>
  );
}
