/** Source lines and the small text predicates every stage of the parser shares. */

/** One line of the source, trimmed; markup (`**`, `_{…}`) is still in it. */
export interface SourceLine {
  text: string;
  /** The line began with an indent: a full-width space, a tab or at least two spaces. */
  indented: boolean;
}

/** Removes a BOM and turns every line-break convention (CRLF, CR, form feed, U+2028/9) into LF. */
export function normaliseNewlines(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.replace(/\r\n?|[\f\v\u2028\u2029\u0085]/g, '\n');
}

/** Splits normalised text into trimmed lines, remembering which were indented. */
export function splitLines(text: string): SourceLine[] {
  return text.split('\n').map((raw) => {
    const text = raw.trim();
    return { text, indented: text !== '' && /^(?:\u3000|\t| {2})/.test(raw) };
  });
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '：', '…', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】']);

/** Whether the text ends a sentence (。！？；：…, optionally followed by closing quotes or brackets), markup ignored. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === '*' || text[i] === ' ' || text[i] === '\u3000')) i--;
  while (i >= 0 && (CLOSERS.has(text[i] ?? '') || text[i] === '*')) i--;
  return i >= 0 && SENTENCE_END.has(text[i] ?? '');
}

const ASCII_ALNUM = /[A-Za-z0-9]/;

function edgeChar(text: string, fromEnd: boolean): string {
  let i = fromEnd ? text.length - 1 : 0;
  const step = fromEnd ? -1 : 1;
  while (text[i] === '*') i += step;
  return text[i] ?? '';
}

/**
 * Joins the lines of one paragraph: nothing goes between CJK characters (a line break there is layout, not a
 * space), a single space between two ASCII letters or digits so English words and numbers do not run together.
 */
export function joinLineTexts(parts: readonly string[]): string {
  if (parts.length === 1) return parts[0] ?? '';
  const out: string[] = [];
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    if (
      previous !== undefined &&
      ASCII_ALNUM.test(edgeChar(previous, true)) &&
      ASCII_ALNUM.test(edgeChar(part, false))
    ) {
      out.push(' ');
    }
    out.push(part);
  });
  return out.join('');
}

/** The line with leading bold markers removed, for recognising what a line starts with (**一、…**). */
export function plainStart(text: string): string {
  let i = 0;
  while (text[i] === '*' || text[i] === ' ' || text[i] === '\u3000') i++;
  return i === 0 ? text : text.slice(i);
}

const HAN = /\p{Script=Han}/gu;

/** Counts Chinese characters, to tell Chinese prose from other text. */
export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** The text with all whitespace removed, for matching short header and footer lines written with spacing (政 府 工 作 报 告). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
