/** Part (一、) and sub-part (（一）) headings: recognising them, keeping them in sequence, splitting off body text. */
import { parseChineseNumeral } from './chinese-numerals';
import { plainStart } from './lines';

/** A heading ordinal found at the start of a line. */
export interface HeadingStart {
  level: 1 | 2;
  ordinal: number;
}

const PART = /^([一二三四五六七八九十百]{1,4})、\s*(\S)/;
// 四、五、六区开工建设 is an enumeration that a page break happened to put at a line start.
const ENUMERATION = /^[一二三四五六七八九十]{1,3}、/;
const SUB_PART = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*\S/;

/** Recognises a heading ordinal at the start of a line, whatever its number; sequence is checked by the tracker. */
export function matchHeadingStart(line: string): HeadingStart | null {
  const text = plainStart(line);
  const part = PART.exec(text);
  if (part) {
    const rest = text.slice(part[0].length - 1);
    const ordinal = parseChineseNumeral(part[1] ?? '');
    return ordinal !== null && !ENUMERATION.test(rest) ? { level: 1, ordinal } : null;
  }
  const sub = SUB_PART.exec(text);
  if (sub) {
    const ordinal = parseChineseNumeral(sub[1] ?? '');
    return ordinal !== null ? { level: 2, ordinal } : null;
  }
  return null;
}

/** Accepts headings only in their expected order (一 then 二…; sub-parts restart in each part). */
export interface HeadingTracker {
  /** Returns the heading the line starts, and advances the sequence, or null if it is not the expected next one. */
  accept(line: string): HeadingStart | null;
}

/** Creates the sequence check, so a stray 三、 in the middle of part 一 is read as text, not as a heading. */
export function createHeadingTracker(): HeadingTracker {
  let part = 0;
  let subPart = 0;
  return {
    accept(line) {
      const heading = matchHeadingStart(line);
      if (!heading) return null;
      if (heading.level === 1 && heading.ordinal === part + 1) {
        part += 1;
        subPart = 0;
        return heading;
      }
      if (heading.level === 2 && heading.ordinal === subPart + 1) {
        subPart += 1;
        return heading;
      }
      return null;
    },
  };
}

const HEADING_SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);

/**
 * Where the heading sentence ends when body text follows it on the same line
 * (（一）聚焦丹河新城，拓展…新空间。丹河新城不仅是…): the index after the sentence end, or -1 if there is no body text.
 */
export function headingSentenceEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (!HEADING_SENTENCE_END.has(text[i] ?? '')) continue;
    let end = i + 1;
    while (end < text.length && (HEADING_SENTENCE_END.has(text[end] ?? '') || CLOSERS.has(text[end] ?? '')))
      end++;
    return text.slice(end).trim() === '' ? -1 : end;
  }
  return -1;
}

const INCOMPLETE_END = /[，,、“‘（(《—-]\**$/;

/** Whether a heading line stops mid-phrase (ends with a comma, an opening quote…), so the next line continues it. */
export function headingIsIncomplete(text: string): boolean {
  return INCOMPLETE_END.test(text);
}
