/** Renders one block's text as React text nodes with its marks and glossary terms. Never as HTML. */
import type { ReactNode } from 'react';
import type { Block } from '../../core/report/model';
import type { TermMark } from '../glossary/term-index';
import { segmentText, type Decoration } from './segments';

type StyleMark = { kind: 'bold' | 'sub' | 'sup' };
type BlockDecoration = StyleMark | TermMark;

/** The decorations of a block: its marks, its run-in lead, and the terms found in it. */
export function blockDecorations(
  block: Block,
  terms: readonly Decoration<TermMark>[],
): Decoration<BlockDecoration>[] {
  const decorations: Decoration<BlockDecoration>[] = (block.marks ?? []).map((m) => ({
    start: m.start,
    end: m.end,
    data: { kind: m.type },
  }));
  if (block.type === 'paragraph' && block.lead) {
    decorations.push({ start: 0, end: block.lead.length, data: { kind: 'bold' } });
  }
  return [...decorations, ...terms];
}

export function BlockText({ block, terms }: { block: Block; terms: readonly Decoration<TermMark>[] }) {
  const segments = segmentText(block.text.length, blockDecorations(block, terms));
  return (
    <>
      {segments.map((segment) => {
        let node: ReactNode = block.text.slice(segment.start, segment.end);
        const kinds = new Set(segment.active.map((d) => d.kind));
        if (kinds.has('sub')) node = <sub>{node}</sub>;
        if (kinds.has('sup')) node = <sup>{node}</sup>;
        if (kinds.has('bold')) node = <strong>{node}</strong>;
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
        return <span key={segment.start}>{node}</span>;
      })}
    </>
  );
}
