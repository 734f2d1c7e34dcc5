/** Renders one block's text as React text nodes with its marks and glossary terms. Never as HTML. */
import type { ReactNode } from 'react';
import type { Block } from '../../core/report/model';
import type { TermMark } from '../glossary/term-index';
import { segmentText, type Decoration } from './segments';
import { styleDecorations, styled, type StyleMark } from './text-style';
import type { HighlightSpan } from '../annotations/paint-model';
import { highlightMarkProps } from '../annotations/highlight-marks';
import type { AmendmentSpan } from '../annotations/amendment-marks';
import { amendmentMarkProps, useBlockAmendments } from '../annotations/amendment-marks';
import { useT } from '../i18n/i18n';

type SearchMark = { kind: 'search'; start: number };
type HighlightMark = {
  kind: 'highlight';
  id: string;
  color: string;
  member: number;
  noted: boolean;
  end: number;
};
type AmendmentMark = { kind: 'amendment' } & AmendmentSpan;
type BlockDecoration = StyleMark | TermMark | SearchMark | HighlightMark | AmendmentMark;

interface Span {
  start: number;
  end: number;
}

/** The decorations of a block: its marks, its run-in lead, the terms found in it, and search hits. */
export function blockDecorations(
  block: Block,
  terms: readonly Decoration<TermMark>[],
  searchRanges: readonly Span[] = [],
  highlights: readonly HighlightSpan[] = [],
  amendments: readonly AmendmentSpan[] = [],
): Decoration<BlockDecoration>[] {
  const decorations: Decoration<BlockDecoration>[] = styleDecorations(block);
  const hits = searchRanges.map((r) => ({ ...r, data: { kind: 'search', start: r.start } as SearchMark }));
  const painted = highlights.map((h) => ({
    start: h.start,
    end: h.end,
    data: { kind: 'highlight', ...h } as HighlightMark,
  }));
  const amended = amendments.map((a) => ({
    start: a.start,
    end: a.end,
    data: { kind: 'amendment', ...a } as AmendmentMark,
  }));
  return [...decorations, ...terms, ...hits, ...painted, ...amended];
}

interface BlockTextProps {
  block: Block;
  terms: readonly Decoration<TermMark>[];
  /** Search hits to mark; `currentHit` is the start of the one the user stepped to. */
  searchRanges?: readonly Span[];
  currentHit?: number;
  highlights?: readonly HighlightSpan[];
}

export function BlockText({ block, terms, searchRanges, currentHit, highlights }: BlockTextProps) {
  // Proposed changes (amendment-marks.ts): the new words are drawn by CSS, so the text and its offsets stay as they are.
  const amendments = useBlockAmendments(block.id);
  const t = useT();
  const segments = segmentText(
    block.text.length,
    blockDecorations(block, terms, searchRanges, highlights, amendments),
  );
  return (
    <>
      {segments.map((segment) => {
        let node: ReactNode = styled(
          block.text.slice(segment.start, segment.end),
          new Set(segment.active.map((d) => d.kind)),
        );
        const term = segment.active.find((d): d is TermMark => d.kind === 'term');
        if (term) {
          const startsOccurrence = term.occurrenceKey === `${block.id}:${segment.start}`;
          node = (
            <span
              className="term"
              data-term-id={term.termId}
              data-occurrence={startsOccurrence ? term.occurrenceKey : undefined}
              role="button"
              tabIndex={startsOccurrence ? 0 : -1}
            >
              {node}
            </span>
          );
        }
        const hits = segment.active.filter((d): d is SearchMark => d.kind === 'search');
        if (hits.length > 0) {
          // Occurrences may overlap (煤煤 in 煤煤煤): each one's first segment carries its key.
          const current = hits.some((h) => h.start === currentHit);
          const starting = hits.find((h) => h.start === segment.start);
          node = (
            <mark
              className={`search-hit${current ? ' search-hit--current' : ''}`}
              data-hit={starting ? `${block.id}:${starting.start}` : undefined}
            >
              {node}
            </mark>
          );
        }
        // How overlaps, members' layers and noted highlights look is the annotations' business.
        const mark = highlightMarkProps(
          segment.active.filter((d): d is HighlightMark => d.kind === 'highlight'),
          segment.end,
        );
        if (mark) node = <mark {...mark}>{node}</mark>;
        const amend = amendmentMarkProps(
          segment.active.filter((d): d is AmendmentMark => d.kind === 'amendment'),
          segment.end,
          (text) => t('amendProposed', { text }),
        );
        if (amend) node = <mark {...amend}>{node}</mark>;
        return <span key={segment.start}>{node}</span>;
      })}
    </>
  );
}
