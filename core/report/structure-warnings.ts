/**
 * Doubts about a parsed document that can be read off its blocks: a part or sub-part with no text under it, and
 * report text that looks like a website's (a web address, a copyright or an editor's line) but was kept. The rules
 * add their own (numbering gaps, a glossary heading without entries) while parsing.
 */
import { citationLabel } from './ids';
import type { Block, ReportDocument, StructureWarning } from './model';

/** What a website's text has that a report's paragraph does not. */
const LOOKS_LIKE_CHROME =
  /https?:\/\/|www\.|icp备|版权所有|copyright|责任编辑|分享到|扫一扫|上一篇|下一篇|免责声明|转载/i;
/** Only short paragraphs are suspected: a report may name a website in a long sentence. */
const MAX_SUSPECT = 120;

function emptySections(blocks: readonly Block[]): StructureWarning[] {
  const out: StructureWarning[] = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'heading' || block.kind === 'topic') return;
    const next = blocks[i + 1];
    const endsHere =
      next === undefined || (next.type === 'heading' && next.level <= block.level && next.kind !== 'topic');
    // A part opening straight with its first sub-part is not empty; only a part or sub-part followed by its peer is.
    if (!endsHere) return;
    out.push({
      code: block.level === 1 ? 'part-empty' : 'sub-part-empty',
      message: `${citationLabel(block.id)}（${block.text.slice(0, 16)}）下面没有正文`,
      blockId: block.id,
    });
  });
  return out;
}

function chromeKept(blocks: readonly Block[]): StructureWarning[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' && block.text.length <= MAX_SUSPECT && LOOKS_LIKE_CHROME.test(block.text)
      ? [
          {
            code: 'chrome-kept',
            message: `${citationLabel(block.id)}看起来像网页上的文字，但留在了正文中：“${block.text.slice(0, 24)}”`,
            blockId: block.id,
          },
        ]
      : [],
  );
}

/** The doubts that can be read off a parsed document's blocks. */
export function structureWarnings(doc: Pick<ReportDocument, 'blocks'>): StructureWarning[] {
  return [...emptySections(doc.blocks), ...chromeKept(doc.blocks)];
}
