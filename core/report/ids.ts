/**
 * Block ids that follow the report's own numbering so they read as citations (`p2-s3-2` = part 二, sub-part （三）,
 * paragraph 2), and the labels that render them (第二部分（三）第2段).
 *
 * The id grammar: `p<part>` (`p0` the text before part 一), then `-s<n>` a （n） sub-part, `-n<n>` a point the report
 * numbers 一是/二是 standing as a heading, `-t<n>` an unnumbered topic heading (its paragraphs keep the part's
 * numbering), then `-<k>` the k-th paragraph; `c` the closing part (结束语); `a<n>` appendix n (附件n) with `-i<m>`
 * its m-th item and `-<k>` paragraphs; a report without parts uses `b<k>`, `s<n>`, `n<n>`. A repeat gets `_2`.
 */
import type { DraftBlock } from './blocks';
import { formatChineseNumeral } from './chinese-numerals';

/** Assigns ids in reading order; ids are unique even for odd input. */
export function assignBlockIds(blocks: readonly DraftBlock[]): string[] {
  const hasParts = blocks.some((block) => block.heading?.level === 1 && block.heading.kind !== 'appendix');
  const used = new Set<string>();
  // The section paragraphs are numbered in, and the part (or appendix) it lies in.
  let part = hasParts ? 'p0' : '';
  let section = part;
  let paragraph = 0;
  return blocks.map((block) => {
    let id: string;
    const heading = block.type === 'heading' ? block.heading : undefined;
    if (heading?.level === 1) {
      part =
        heading.kind === 'appendix'
          ? `a${heading.ordinal}`
          : heading.kind === 'closing'
            ? 'c'
            : `p${heading.ordinal}`;
      section = part;
      paragraph = 0;
      id = part;
    } else if (heading) {
      const within = part === '' ? '' : `${part}-`;
      if (heading.kind === 'topic') {
        // A topic heading is a signpost: the part's paragraphs are numbered on through it.
        id = `${within}t${heading.ordinal}`;
      } else {
        const letter = heading.kind === 'point' ? 'n' : heading.kind === 'item' ? 'i' : 's';
        section = `${within}${letter}${heading.ordinal}`;
        paragraph = 0;
        id = section;
      }
    } else {
      paragraph++;
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

type Lang = 'zh-CN' | 'en';

const LABELS = {
  'zh-CN': {
    part: (n: number) => (n === 0 ? '开头' : `第${formatChineseNumeral(n)}部分`),
    appendix: (n: number) => `附件${n}`,
    closing: '结束语',
    s: (n: number) => `（${formatChineseNumeral(n)}）`,
    n: (n: number) => `“${formatChineseNumeral(n)}是”`,
    t: (n: number) => `小标题${n}`,
    i: (n: number) => `第${n}项`,
    paragraph: (n: number) => `第${n}段`,
    join: '',
  },
  en: {
    part: (n: number) => (n === 0 ? 'Opening' : `Part ${n}`),
    appendix: (n: number) => `Appendix ${n}`,
    closing: 'Closing',
    s: (n: number) => `(${n})`,
    n: (n: number) => `point ${n}`,
    t: (n: number) => `heading ${n}`,
    i: (n: number) => `item ${n}`,
    paragraph: (n: number) => `¶${n}`,
    join: ' ',
  },
} as const;

const ID_SHAPE = /^(?:p\d+|a\d+|c|[sn]\d+|b\d+)(?:-[snti]\d+)?(?:-\d+)?(?:_\d+)?$/;

/**
 * Renders a block id as a citation for people: `p2-s3-2` → 第二部分（三）第2段 / Part 2 (3) ¶2, `p3-n1-2` →
 * 第三部分“一是”第2段, `a1-i3` → 附件1第3项, `c-2` → 结束语第2段, `p0-1` → 开头第1段, `b5` → 第5段. An id it does not
 * know is returned unchanged.
 */
export function citationLabel(blockId: string, lang: Lang = 'zh-CN'): string {
  if (!ID_SHAPE.test(blockId)) return blockId;
  const words = LABELS[lang];
  const pieces: string[] = [];
  for (const piece of blockId.replace(/_\d+$/, '').split('-')) {
    const kind = piece.replace(/\d+$/, '');
    const n = Number(piece.slice(kind.length));
    if (kind === 'p') pieces.push(words.part(n));
    else if (kind === 'a') pieces.push(words.appendix(n));
    else if (kind === 'c') pieces.push(words.closing);
    else if (kind === 's' || kind === 'n' || kind === 't' || kind === 'i') pieces.push(words[kind](n));
    else if (kind === 'b' || kind === '') pieces.push(words.paragraph(n));
    else return blockId;
  }
  return pieces.join(words.join);
}
