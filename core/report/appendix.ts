/**
 * Appendices after the body (附件1 2025年省十件民生实事, 附录, 附表): their headings, their numbers and titles, and
 * their numbered items (一、…十、, （一）…, 1.…), which are the appendix's own and never parts of the report.
 */
import { parseChineseNumeral } from './chinese-numerals';
import { standsAlone } from './lines';
import type { Para } from './paragraph';
import { isGlossaryTitle } from './rules/glossary-rules';

const APPENDIX_HEADING =
  /^(?:附\s*[件录表]\s*([\d一二三四五六七八九十]*)|附(?=\s*[：:]))\s*[：:、.．]?\s*(.*)$/;
/** Longest paragraph that can be an appendix heading with its title. */
const MAX_HEADING = 48;

export interface AppendixHeading {
  /** The number the report gives it (附件2 → 2), or null (附件, 附：). */
  number: number | null;
  /** The title on the same line, if any (附件2 名词解释 → 名词解释). */
  title: string;
  /** Whether the appendix is the glossary. */
  glossary: boolean;
}

/** Reads an appendix heading paragraph; null if the paragraph is not one. */
export function matchAppendixHeading(para: Pick<Para, 'key' | 'text'>): AppendixHeading | null {
  if (para.key.length > MAX_HEADING) return null;
  const match = APPENDIX_HEADING.exec(para.key.trim());
  if (!match) return null;
  const digits = match[1] ?? '';
  const number = digits === '' ? null : /^\d+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
  const title = para.text
    .trim()
    .slice(para.key.trim().length - (match[2] ?? '').length)
    .trim();
  if (title !== '' && !standsAlone(title) && !isGlossaryTitle(title)) return null;
  return { number, title, glossary: title !== '' && isGlossaryTitle(para.key) };
}

/** Whether the paragraph after a bare 附件1 is its title: short, alone, not an item or another heading. */
export function isAppendixTitle(para: Pick<Para, 'key' | 'text'>): boolean {
  return standsAlone(para.text) && para.text.length <= 40 && matchAppendixHeading(para) === null;
}

const ITEM_SHAPES: readonly { style: string; pattern: RegExp }[] = [
  { style: 'dun', pattern: /^([一二三四五六七八九十百]{1,4})\s*、\s*\S/ },
  { style: 'paren', pattern: /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*\S/ },
  { style: 'digit', pattern: /^(\d{1,3})\s*[.、](?!\d)\s*\S/ },
];

/** An appendix item number at the start of a paragraph (三、 → 3), with its style; null if none. */
export function matchItem(key: string): { style: string; ordinal: number } | null {
  for (const { style, pattern } of ITEM_SHAPES) {
    const match = pattern.exec(key);
    if (!match) continue;
    const value = match[1] ?? '';
    const ordinal = /^\d+$/.test(value) ? Number(value) : parseChineseNumeral(value);
    if (ordinal !== null) return { style, ordinal };
  }
  return null;
}
