/** The report's table of contents and the section each block belongs to (for 目录, glossary order, print grouping). */
import type { Block, ReportDocument } from './model';

export interface OutlineSection {
  /** The heading block id, or PREAMBLE_ID for text before the first heading. */
  id: string;
  level: 0 | 1 | 2;
  title: string;
  /** Index range [first, last] in `doc.blocks`, heading included. */
  firstBlock: number;
  lastBlock: number;
  children: OutlineSection[];
}

export const PREAMBLE_ID = 'preamble';

/** Builds the two-level outline; blocks before the first heading form a level-0 preamble section. */
export function buildOutline(blocks: readonly Block[]): OutlineSection[] {
  const roots: OutlineSection[] = [];
  let part: OutlineSection | undefined;
  let open: OutlineSection | undefined;
  blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      const section: OutlineSection = {
        id: block.id,
        level: block.level,
        title: block.text,
        firstBlock: index,
        lastBlock: index,
        children: [],
      };
      if (block.level === 1 || !part) {
        roots.push(section);
        part = section;
      } else {
        part.children.push(section);
      }
      open = section;
    } else if (!open) {
      open = { id: PREAMBLE_ID, level: 0, title: '', firstBlock: index, lastBlock: index, children: [] };
      roots.push(open);
    }
    open.lastBlock = index;
    if (part && open !== part) part.lastBlock = index;
  });
  return roots;
}

/** Flattens the outline in reading order (parts followed by their sub-parts). */
export function flattenOutline(sections: readonly OutlineSection[]): OutlineSection[] {
  return sections.flatMap((section) => [section, ...flattenOutline(section.children)]);
}

/**
 * Maps each block id to the innermost section containing it.
 * A part's own paragraphs before its first sub-part belong to the part. Pass the outline already built
 * to get the same section objects back.
 */
export function sectionIndex(
  doc: Pick<ReportDocument, 'blocks'>,
  outline: readonly OutlineSection[] = buildOutline(doc.blocks),
): Map<string, OutlineSection> {
  const byBlock = new Map<string, OutlineSection>();
  for (const section of flattenOutline(outline)) {
    for (let i = section.firstBlock; i <= section.lastBlock; i++) {
      const block = doc.blocks[i];
      // Sub-parts come after their part in the flattened order, so they overwrite it: innermost wins.
      if (block) byBlock.set(block.id, section);
    }
  }
  return byBlock;
}

/**
 * For each block, the sections it lies in: its innermost section, then the part enclosing it when that section is a
 * sub-part. Filtering by a part therefore includes its sub-parts (第二部分 takes in （一）…（八）).
 */
export function enclosingSections(
  doc: Pick<ReportDocument, 'blocks'>,
  outline: readonly OutlineSection[] = buildOutline(doc.blocks),
): Map<string, string[]> {
  const partOf = new Map<string, string>();
  for (const part of flattenOutline(outline))
    for (const child of part.children) partOf.set(child.id, part.id);
  const result = new Map<string, string[]>();
  for (const [blockId, section] of sectionIndex(doc, outline)) {
    const part = partOf.get(section.id);
    result.set(blockId, part === undefined ? [section.id] : [section.id, part]);
  }
  return result;
}
