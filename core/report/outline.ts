/** The report's table of contents and the section each block belongs to (for 目录, glossary order, print grouping). */
import type { Block, HeadingKind, ReportDocument } from './model';

/** A point the report numbers 一是/二是 as the lead of a paragraph: listed under its section, cited by paragraph. */
export interface OutlinePoint {
  /** The paragraph's block id. */
  id: string;
  /** Its lead (一是聚力打好稳增长阵地战，经济运行持续向好), the full stop dropped. */
  title: string;
  blockIndex: number;
}

export interface OutlineSection {
  /** The heading block id, or PREAMBLE_ID for text before the first heading. */
  id: string;
  level: 0 | 1 | 2;
  title: string;
  /** Index range [first, last] in `doc.blocks`, heading included. */
  firstBlock: number;
  lastBlock: number;
  children: OutlineSection[];
  /** What the heading opens when it is not a part or a sub-part: an appendix, an item, a point, a topic. */
  kind?: HeadingKind;
  /** Numbered points (一是…二是…) that lead paragraphs of this section, when there are two or more. */
  points?: OutlinePoint[];
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
        ...(block.kind !== undefined && { kind: block.kind }),
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
  for (const section of flattenOutline(roots)) addPoints(section, blocks);
  return roots;
}

const POINT = /^([一二三四五六七八九十]{1,3})是/;
const POINT_ORDER = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Lists the 一是/二是 leads of a section's own paragraphs (not its sub-parts'), when they run 一是, 二是 … */
function addPoints(section: OutlineSection, blocks: readonly Block[]): void {
  const points: OutlinePoint[] = [];
  const end = section.children[0]?.firstBlock ?? section.lastBlock + 1;
  for (let i = section.firstBlock; i < end; i++) {
    const block = blocks[i];
    if (block?.type !== 'paragraph' || block.lead === undefined) continue;
    const number = POINT.exec(block.lead)?.[1];
    if (number !== POINT_ORDER[points.length]) continue;
    points.push({ id: block.id, title: block.lead.replace(/[。；：]$/, ''), blockIndex: i });
  }
  if (points.length >= 2) section.points = points;
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
