/** Draft blocks: a heading with its ordinal and kind, or a paragraph with its lead, before ids are given. */
import { headingSentenceEnd } from './headings';
import { findLead } from './lead';
import type { MarkedText } from './markup';
import { sliceMarked } from './markup';
import type { GlossaryRef, TextMark } from './model';

/** What a draft heading opens, and the number the report gives it (or its position when it has none). */
export interface DraftHeading {
  level: 1 | 2;
  ordinal: number;
  /** Absent: a part (level 1) or a （一） sub-part (level 2). */
  kind?: 'point' | 'topic' | 'closing' | 'appendix' | 'item';
}

/** A block before it has its id: headings keep their ordinal, which the id is made from. */
export interface DraftBlock {
  type: 'heading' | 'paragraph';
  heading?: DraftHeading;
  text: string;
  marks: TextMark[];
  lead?: string;
  /** The source page the block starts on (PDF). */
  page?: number;
  /** The stream index of the paragraph the block comes from. */
  from?: number;
  refs?: GlossaryRef[];
}

/** Where a draft came from: the source page and the paragraph's stream index. */
export interface Origin {
  page?: number;
  from?: number;
}

/** A paragraph draft with its run-in lead, if it has one. */
export function paragraphDraft(marked: MarkedText, origin: Origin = {}): DraftBlock {
  const lead = findLead(marked.text, marked.marks);
  return {
    type: 'paragraph',
    text: marked.text,
    marks: marked.marks,
    ...(lead !== undefined && { lead }),
    ...origin,
  };
}

/**
 * A heading draft; with `split`, body text after the heading sentence on the same line becomes a paragraph of its
 * own (（一）聚焦丹河新城，…新空间。丹河新城不仅是… → the heading, then the paragraph).
 */
export function headingDrafts(
  marked: MarkedText,
  heading: DraftHeading,
  split: boolean,
  origin: Origin = {},
): DraftBlock[] {
  const cut = split ? headingSentenceEnd(marked.text) : -1;
  const title = cut < 0 ? marked : sliceMarked(marked, 0, cut);
  const blocks: DraftBlock[] = [
    { type: 'heading', heading, text: title.text, marks: title.marks, ...origin },
  ];
  if (cut >= 0) {
    let bodyStart = cut;
    while (/\s/.test(marked.text[bodyStart] ?? '')) bodyStart++;
    blocks.push(paragraphDraft(sliceMarked(marked, bodyStart, marked.text.length), origin));
  }
  return blocks;
}
