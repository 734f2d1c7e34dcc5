/**
 * The original page each block starts on, found after parsing when the structure rules did not record it
 * (`source.pages` absent): every character of the body is in the blocks in order (text fidelity), so each block's
 * opening characters are found in the paragraphs' text from where the previous block was found, and the paragraph
 * there gives the page. Once the rules fill `source.pages` themselves, this steps aside.
 */
import type { ReportDocument } from '../../../core/report/model';
import type { SourceParagraph } from '../../../core/report/source';

/** How many non-blank characters of a block's start are looked for. */
const PROBE = 16;

const squeeze = (text: string): string => text.replace(/[\s\u00a0\u3000*]+/g, '');

/** `doc` with `source.pages` filled from the paragraphs' pages, when they have pages and it has none. */
export function attachPages(doc: ReportDocument, paragraphs: readonly SourceParagraph[]): ReportDocument {
  if (!doc.source || doc.source.pages !== undefined) return doc;
  if (!paragraphs.some((p) => p.page !== undefined)) return doc;
  // One string of every paragraph's characters (blanks dropped), and the page at each paragraph start.
  const starts: number[] = [];
  const pageAt: number[] = [];
  let all = '';
  for (const paragraph of paragraphs) {
    starts.push(all.length);
    pageAt.push(paragraph.page ?? pageAt[pageAt.length - 1] ?? 1);
    all += squeeze(paragraph.text);
  }
  const pageOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return pageAt[low] ?? 1;
  };
  const pages: Record<string, number> = {};
  let cursor = 0;
  for (const block of doc.blocks) {
    const probe = squeeze(block.text).slice(0, PROBE);
    if (probe === '') continue;
    const found = all.indexOf(probe, cursor);
    if (found < 0) continue;
    pages[block.id] = pageOf(found);
    cursor = found + probe.length;
  }
  return { ...doc, source: { ...doc.source, pages } };
}
