/** Text units → draft blocks: markup resolved, heading sentences split from their body text, leads found. */
import type { HeadingStart } from './headings';
import { headingSentenceEnd } from './headings';
import { findLead } from './lead';
import type { MarkedText } from './markup';
import { resolveMarkup, sliceMarked } from './markup';
import type { TextMark } from './model';
import type { TextUnit } from './paragraphs';

/** A block before it has its id: headings keep their ordinal, which the id is made from. */
export interface DraftBlock {
  type: 'heading' | 'paragraph';
  heading?: HeadingStart;
  text: string;
  marks: TextMark[];
  lead?: string;
}

function paragraph(marked: MarkedText): DraftBlock {
  const lead = findLead(marked.text, marked.marks);
  return { type: 'paragraph', text: marked.text, marks: marked.marks, ...(lead !== undefined && { lead }) };
}

/**
 * Turns units into draft blocks. A heading followed by body text on the same line becomes the heading (ordinal and
 * sentence kept: （一）聚焦丹河新城，…新空间。) plus a paragraph with the rest; empty units are dropped.
 */
export function buildDraftBlocks(units: readonly TextUnit[]): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  for (const unit of units) {
    const marked = resolveMarkup(unit.raw);
    if (marked.text.trim() === '') continue;
    if (!unit.heading) {
      blocks.push(paragraph(marked));
      continue;
    }
    const cut = headingSentenceEnd(marked.text);
    const title = cut < 0 ? marked : sliceMarked(marked, 0, cut);
    blocks.push({ type: 'heading', heading: unit.heading, text: title.text, marks: title.marks });
    if (cut >= 0) {
      let bodyStart = cut;
      while (/\s/.test(marked.text[bodyStart] ?? '')) bodyStart++;
      blocks.push(paragraph(sliceMarked(marked, bodyStart, marked.text.length)));
    }
  }
  return blocks;
}
