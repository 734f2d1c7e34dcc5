/**
 * The report text. Memoised: scrolling, hovering and pane changes never re-render it.
 */
import { memo, useMemo } from 'react';
import type { Block, ReportDocument } from '../../core/report/model';
import type { Span } from '../../core/search/model';
import { citationLabel } from '../../core/report/ids';
import { termDecorationsByBlock, type TermMark } from '../glossary/term-index';
import type { Decoration } from './segments';
import type { Language } from '../../core/settings';
import { BlockText } from './BlockText';
import type { HighlightSpan, MarginItem } from '../annotations/paint-model';
import { blockElementId } from './navigation';
import { paragraphLabel, paragraphNumber } from './paragraph-numbers';
import { pageLabel, pageStarts, sourceLine } from './source-pages';
import { TitleBlock } from './TitleBlock';

interface ReportBodyProps {
  doc: ReportDocument;
  language: Language;
  paragraphNumbers: boolean;
  searchRanges: ReadonlyMap<string, Span[]>;
  currentHit: { blockId: string; start: number } | undefined;
  highlights: ReadonlyMap<string, HighlightSpan[]>;
  margin: ReadonlyMap<string, MarginItem[]>;
  bookmarks: ReadonlySet<string>;
}

const ReportBlock = memo(function ReportBlock(props: {
  block: Block;
  terms: readonly Decoration<TermMark>[];
  language: Language;
  searchRanges: Span[] | undefined;
  currentHit: number | undefined;
  highlights: HighlightSpan[] | undefined;
  margin: MarginItem[] | undefined;
  bookmarked: boolean;
  /** The original's page, when this block is the first on it (a PDF): shown in the margin. */
  page: number | undefined;
  /** The paragraph's number (第N段), when the margin shows them. */
  paragraph: number | undefined;
}) {
  const { block, language } = props;
  const attributes = {
    id: blockElementId(block.id),
    'data-bookmarked': props.bookmarked || undefined,
    'data-block-id': block.id,
    // Drawn by CSS (::before), so the block's text content stays exactly block.text.
    'data-page-label': props.page !== undefined ? pageLabel(props.page, language) : undefined,
    'data-para-label': props.paragraph !== undefined ? paragraphLabel(props.paragraph, language) : undefined,
    tabIndex: -1,
    title: citationLabel(block.id, language),
  };
  const text = (
    <BlockText
      block={block}
      terms={props.terms}
      searchRanges={props.searchRanges}
      currentHit={props.currentHit}
      highlights={props.highlights}
    />
  );
  const element =
    block.type === 'heading' ? (
      block.level === 1 ? (
        <h2 className="block heading heading--part" {...attributes}>
          {text}
        </h2>
      ) : (
        <h3 className="block heading heading--sub" {...attributes}>
          {text}
        </h3>
      )
    ) : (
      <p className="block paragraph" {...attributes}>
        {text}
      </p>
    );
  if (!props.margin?.length) return element;
  // Margin notes are a sibling, not a child: the block's text content must stay exactly block.text (offsets).
  return (
    <div className="block-row">
      {element}
      <aside className="margin-notes">
        {props.margin.map((item) => (
          <button
            key={item.id}
            type="button"
            className={`margin-note margin-note--${item.color ?? 'none'}${item.member ? ` margin-note--m${item.member}` : ''}`}
            data-margin-note={item.id}
          >
            {item.author !== undefined && <span className="margin-note__author">{item.author}：</span>}
            {item.note}
          </button>
        ))}
      </aside>
    </div>
  );
});

const NO_TERMS: readonly Decoration<TermMark>[] = [];

/** Blocks re-render only when their own terms, hits or current hit change. */
export const ReportBody = memo(function ReportBody({
  doc,
  language,
  paragraphNumbers,
  searchRanges,
  currentHit,
  highlights,
  margin,
  bookmarks,
}: ReportBodyProps) {
  const terms = useMemo(() => termDecorationsByBlock(doc), [doc]);
  const pages = useMemo(() => pageStarts(doc), [doc]);
  return (
    <article className={`report${paragraphNumbers ? ' report--numbered' : ''}`} lang="zh-CN">
      <TitleBlock meta={doc.meta} source={sourceLine(doc, language)} />
      {doc.blocks.map((block) => (
        <ReportBlock
          key={block.id}
          block={block}
          terms={terms.get(block.id) ?? NO_TERMS}
          language={language}
          searchRanges={searchRanges.get(block.id)}
          currentHit={currentHit?.blockId === block.id ? currentHit.start : undefined}
          highlights={highlights.get(block.id)}
          margin={margin.get(block.id)}
          bookmarked={bookmarks.has(block.id)}
          page={pages.get(block.id)}
          paragraph={paragraphNumbers ? paragraphNumber(block) : undefined}
        />
      ))}
      {(doc.meta.issuer || doc.meta.issueDate || doc.meta.printRun || doc.meta.source) && (
        <footer className="report__footer">
          {doc.meta.source && <p>{doc.meta.source}</p>}
          {doc.meta.issuer && <p>{doc.meta.issuer}</p>}
          {doc.meta.issueDate && <p>{doc.meta.issueDate}</p>}
          {doc.meta.printRun && <p>{doc.meta.printRun}</p>}
        </footer>
      )}
    </article>
  );
});
