/** The report's own inline styling (bold, sub, sup, the bold run-in lead), shared by the reader and the printout. */
import type { ReactNode } from 'react';
import type { Block } from '../../core/report/model';
import type { Decoration } from './segments';

export type StyleMark = { kind: 'bold' | 'sub' | 'sup' };

/** Decorations for a block's marks and its run-in lead. */
export function styleDecorations(block: Block): Decoration<StyleMark>[] {
  const decorations: Decoration<StyleMark>[] = (block.marks ?? []).map((m) => ({
    start: m.start,
    end: m.end,
    data: { kind: m.type },
  }));
  if (block.type === 'paragraph' && block.lead)
    decorations.push({ start: 0, end: block.lead.length, data: { kind: 'bold' } });
  return decorations;
}

/** Wraps a run of text in the styles active over it. */
export function styled(node: ReactNode, kinds: ReadonlySet<string>): ReactNode {
  let out = node;
  if (kinds.has('sub')) out = <sub>{out}</sub>;
  if (kinds.has('sup')) out = <sup>{out}</sup>;
  if (kinds.has('bold')) out = <strong>{out}</strong>;
  return out;
}
