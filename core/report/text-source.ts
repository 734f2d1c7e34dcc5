/**
 * The text reader (DESIGN §10): a report text becomes paragraphs, as a Word or PDF reader would hand them over.
 * Line breaks, page breaks and odd characters are repaired here (lines.ts, paragraphs.ts); light markup
 * (`**bold**`, `PM_{2.5}`) becomes bold runs and sub/superscripts. It decides nothing about structure.
 */
import { normaliseNewlines, splitLines } from './lines';
import { resolveMarkup } from './markup';
import { groupLines } from './paragraphs';
import type { SourceParagraph } from './source';

/** The paragraphs of a report text, in order; empty ones (markup only) are left out. */
export function readTextParagraphs(input: string): SourceParagraph[] {
  const lines = splitLines(normaliseNewlines(input));
  const out: SourceParagraph[] = [];
  for (const { raw, indented } of groupLines(lines)) {
    const marked = resolveMarkup(raw);
    if (marked.text.trim() === '') continue;
    const bold = marked.marks
      .filter((mark) => mark.type === 'bold')
      .map(({ start, end }) => ({ start, end }));
    const scripts = marked.marks.filter((mark) => mark.type !== 'bold');
    out.push({
      text: marked.text,
      ...(bold.length > 0 && { bold }),
      ...(scripts.length > 0 && { scripts }),
      ...(indented && { indent: true }),
    });
  }
  return out;
}
