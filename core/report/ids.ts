/**
 * Block ids that follow the report's own numbering so they read as citations (`p2-s3-2` = part 二, sub-part （三）,
 * paragraph 2), and the labels that render them (第二部分（三）第2段).
 */
import { formatChineseNumeral } from './chinese-numerals';
import type { DraftBlock } from './blocks';

/**
 * Assigns ids in reading order: parts `p2`, sub-parts `p2-s3`, paragraphs numbered within their section
 * (`p2-s3-2`, `p2-1`, `p0-1` before the first part); a report without parts uses `b1`, `b2`… (`s1`, `s1-2` for
 * sub-parts). Ids are unique even for odd input: a repeat gets a suffix (`p2-1_2`).
 */
export function assignBlockIds(blocks: readonly DraftBlock[]): string[] {
  const hasParts = blocks.some((block) => block.heading?.level === 1);
  const used = new Set<string>();
  let part = 0;
  let subPart = 0;
  let paragraph = 0;
  return blocks.map((block) => {
    let id: string;
    if (block.type === 'heading' && block.heading?.level === 1) {
      part = block.heading.ordinal;
      subPart = 0;
      paragraph = 0;
      id = `p${part}`;
    } else if (block.type === 'heading' && block.heading?.level === 2) {
      subPart = block.heading.ordinal;
      paragraph = 0;
      id = hasParts ? `p${part}-s${subPart}` : `s${subPart}`;
    } else {
      paragraph++;
      const section = hasParts
        ? subPart > 0
          ? `p${part}-s${subPart}`
          : `p${part}`
        : subPart > 0
          ? `s${subPart}`
          : '';
      id = section === '' ? `b${paragraph}` : `${section}-${paragraph}`;
    }
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}_${n}`)) n++;
      id = `${id}_${n}`;
    }
    used.add(id);
    return id;
  });
}

const BLOCK_ID = /^(?:(?:p(\d+)(?:-s(\d+))?|s(\d+))(?:-(\d+))?|b(\d+))(?:_\d+)?$/;

/**
 * Renders a block id as a citation for people: `p2-s3-2` → 第二部分（三）第2段 / Part 2 (3) ¶2, `p0-1` → 开头第1段,
 * `b5` → 第5段. An id it does not know is returned unchanged.
 */
export function citationLabel(blockId: string, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  const match = BLOCK_ID.exec(blockId);
  if (!match) return blockId;
  const [, part, partSub, bareSub, para, loose] = match;
  const sub = partSub ?? bareSub;
  const paragraph = para ?? loose;
  const zh = lang === 'zh-CN';
  const pieces: string[] = [];
  if (part !== undefined) {
    const n = Number(part);
    pieces.push(n === 0 ? (zh ? '开头' : 'Opening') : zh ? `第${formatChineseNumeral(n)}部分` : `Part ${n}`);
  }
  if (sub !== undefined) pieces.push(zh ? `（${formatChineseNumeral(Number(sub))}）` : `(${Number(sub)})`);
  if (paragraph !== undefined) pieces.push(zh ? `第${Number(paragraph)}段` : `¶${Number(paragraph)}`);
  return pieces.join(zh ? '' : ' ');
}
