/**
 * The shapes a heading takes at the start of a paragraph, one named rule each: parts (一、, 第一、), sub-parts
 * (（一）, (一)), points (一是), a closing part (结束语) and unnumbered titles (2024年工作回顾). A rule only says
 * what the paragraph looks like; body-structure.ts decides, from the sequence and the paragraph's shape, whether it
 * is the heading it looks like.
 */
import { parseChineseNumeral } from '../chinese-numerals';
import { countHan, plainStart, standsAlone, startsListItem } from '../lines';

/** What a heading opens. */
export type HeadingKind = 'part' | 'sub-part' | 'point' | 'closing' | 'title';

export interface HeadingShape {
  rule: string;
  kind: HeadingKind;
  /** The number as the report writes it (一、 = 1); 0 for unnumbered headings. */
  ordinal: number;
  /** Only a short paragraph of its own can be this heading (第一，… and 一是… open body sentences too). */
  standaloneOnly: boolean;
}

interface HeadingRule {
  name: string;
  kind: HeadingKind;
  standaloneOnly: boolean;
  /** The ordinal, 0 for an unnumbered heading, or null when the text is not this shape. */
  match(text: string): number | null;
}

const NUMERAL = '[一二三四五六七八九十百]';
const PART = new RegExp(`^(${NUMERAL}{1,4})\\s*、\\s*(\\S)`);
// 四、五、六区开工建设 is an enumeration that a page break happened to put at a line start.
const ENUMERATION = /^[一二三四五六七八九十]{1,3}\s*、/;
const ORDINAL_PART = /^第([一二三四五六七八九十]{1,3})(?:部分\s*[、，,：:．.]?|\s*[、，,：:．.])\s*(\S)/;
const SUB_PART = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*\S/;
const POINT = /^([一二三四五六七八九十]{1,3})是\s*(?=\S)/;
const CLOSING = /^(?:结束语|结语|结束语[：:]?)$/;
/** Opening words a title never starts with: these are sentences or addresses, not headings. */
const NOT_A_TITLE = /^(?:各位|同志们|谢谢|附[件录表]?|注[：:]|说明[：:]|来源|图[为片])/;
const TARGET_END = /(?:[%％]|左右|以上|以下|以内|以上水平)$/;
const NUMBERED_START =
  /^(?:[一二三四五六七八九十百]{1,4}\s*、|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[、，,])/;

function numeral(text: string | undefined): number | null {
  return parseChineseNumeral(text ?? '');
}

/** Whether a short paragraph reads as an unnumbered title: mostly Chinese, no sentence punctuation. */
export function isTitleText(text: string): boolean {
  const plain = text.trim();
  if (!standsAlone(plain) || /[：:]/.test(plain) || NOT_A_TITLE.test(plain) || plain.length > 24)
    return false;
  // A numbered line is its numbering's heading or nothing, never an unnumbered title.
  if (NUMBERED_START.test(plain) || startsListItem(plain)) return false;
  // A target in a list (地区生产总值增长5%左右) is no title, whatever its shape.
  if (TARGET_END.test(plain)) return false;
  const han = countHan(plain);
  return han >= 4 && han * 2 >= plain.replace(/\s/g, '').length;
}

export const HEADING_RULES: readonly HeadingRule[] = [
  {
    name: 'part-numbered',
    kind: 'part',
    standaloneOnly: false,
    match(text) {
      const part = PART.exec(text);
      if (!part) return null;
      return ENUMERATION.test(text.slice(part[0].length - 1)) ? null : numeral(part[1]);
    },
  },
  {
    name: 'part-ordinal',
    kind: 'part',
    standaloneOnly: true,
    match: (text) => numeral(ORDINAL_PART.exec(text)?.[1]),
  },
  {
    name: 'sub-part',
    kind: 'sub-part',
    standaloneOnly: false,
    match: (text) => numeral(SUB_PART.exec(text)?.[1]),
  },
  {
    name: 'point',
    kind: 'point',
    standaloneOnly: true,
    match: (text) => numeral(POINT.exec(text)?.[1]),
  },
  {
    name: 'closing',
    kind: 'closing',
    standaloneOnly: true,
    match: (text) => (CLOSING.test(text) ? 0 : null),
  },
  {
    name: 'title',
    kind: 'title',
    standaloneOnly: true,
    match: (text) => (isTitleText(text) ? 0 : null),
  },
];

/** The heading shapes a paragraph's text has, in rule order (bold markers at its start ignored). */
export function headingShapes(text: string): HeadingShape[] {
  const start = plainStart(text);
  const shapes: HeadingShape[] = [];
  for (const rule of HEADING_RULES) {
    const ordinal = rule.match(start);
    if (ordinal !== null)
      shapes.push({ rule: rule.name, kind: rule.kind, ordinal, standaloneOnly: rule.standaloneOnly });
  }
  return shapes;
}

/** A point number at the start of a paragraph (一是, 二是 …) whatever the paragraph's length; 0 if none. */
export function pointOrdinal(text: string): number {
  return numeral(POINT.exec(plainStart(text))?.[1]) ?? 0;
}
