/**
 * The paragraph the structure rules work on: a source paragraph trimmed, its bold runs and sub/superscripts as
 * marks, and a folded copy of its text for matching (full-width digits, ― for ——, odd spaces), of the same length
 * so a match in the folded text is a match in the text.
 */
import type { TextMark } from './model';
import type { SourceParagraph } from './source';

export interface Para {
  /** Position in the source's paragraph stream. */
  index: number;
  /** The text as written, trimmed; line breaks inside it closed up. */
  text: string;
  marks: TextMark[];
  /** `text` with full-width digits and letters, ― and odd spaces folded; same length as `text`. */
  key: string;
  indent: boolean;
  page?: number;
}

/** Spaces and invisible characters a paragraph may start or end with (indents typed as U+3000, EM SPACE, NBSP). */
const EDGE = /[\s\u200B-\u200D\u2060\uFEFF]/;

function foldChar(code: number): number {
  if (code >= 0xff10 && code <= 0xff19) return code - 0xfee0; // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return code - 0xfee0; // Ａ-Ｚ ａ-ｚ
  if (code === 0xff0e) return 0x2e; // ．
  if (code === 0x2015 || code === 0x2500 || code === 0x2e3a) return 0x2014; // ― ─ ⸺ read as —
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000)
    return 0x20;
  return code;
}

/** The text folded for matching, one code unit for one (so offsets carry over). */
export function foldText(text: string): string {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (foldChar(code) !== code) break;
    i++;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) out += String.fromCharCode(foldChar(text.charCodeAt(i)));
  return out;
}

/** Cuts [start, end) out of a marked text, clipping and shifting the marks. */
function cut(text: string, marks: readonly TextMark[], start: number, end: number): [string, TextMark[]] {
  const removed = end - start;
  const out: TextMark[] = [];
  for (const mark of marks) {
    const from = mark.start >= end ? mark.start - removed : Math.min(mark.start, start);
    const to = mark.end >= end ? mark.end - removed : Math.min(mark.end, start);
    if (to > from) out.push({ type: mark.type, start: from, end: to });
  }
  return [text.slice(0, start) + text.slice(end), out];
}

const INNER_BREAK = /[ \t\u3000]*\n[\s\u3000]*/g;
const ASCII_WORD = /[A-Za-z0-9]/;

/** A source paragraph ready for the rules, or null when it holds no text. */
export function toPara(source: SourceParagraph, index: number): Para | null {
  let text = source.text;
  let marks: TextMark[] = [
    ...(source.bold ?? []).map((run) => ({ type: 'bold' as const, start: run.start, end: run.end })),
    ...(source.scripts ?? []),
  ].filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= text.length);
  if (text.includes('\n')) {
    // A line break inside a paragraph (Word's manual break) is layout: closed up, a space kept between words.
    for (const match of [...text.matchAll(INNER_BREAK)].reverse()) {
      const before = text[match.index - 1] ?? '';
      const after = text[match.index + match[0].length] ?? '';
      const keep = ASCII_WORD.test(before) && ASCII_WORD.test(after) ? 1 : 0;
      [text, marks] = cut(text, marks, match.index + keep, match.index + match[0].length);
      if (keep) text = `${text.slice(0, match.index)} ${text.slice(match.index + 1)}`;
    }
  }
  let end = text.length;
  while (end > 0 && EDGE.test(text[end - 1] ?? '')) end--;
  let start = 0;
  while (start < end && EDGE.test(text[start] ?? '')) start++;
  if (start === end) return null;
  if (end < text.length) [text, marks] = cut(text, marks, end, text.length);
  if (start > 0) [text, marks] = cut(text, marks, 0, start);
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    index,
    text,
    marks,
    key: foldText(text),
    indent: source.indent === true || start > 0,
    ...(source.page !== undefined && { page: source.page }),
  };
}

/** Whether the whole paragraph (spaces aside) is bold: a heading in a Word file that has no heading styles. */
export function isAllBold(para: Pick<Para, 'text' | 'marks'>): boolean {
  let covered = 0;
  let at = 0;
  for (const mark of para.marks) {
    if (mark.type !== 'bold' || mark.end <= at) continue;
    covered += mark.end - Math.max(at, mark.start);
    at = mark.end;
  }
  return covered > 0 && covered >= para.text.replace(/\s/g, '').length;
}

/** Whether a bold run starts the paragraph (at or just after any opening punctuation). */
export function boldPrefixEnd(para: Pick<Para, 'marks'>): number {
  const first = para.marks.find((mark) => mark.type === 'bold');
  return first && first.start === 0 ? first.end : -1;
}
