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

/** Characters that show nothing: a line holding only these is blank (zero-width space, word joiner, BOM). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** An indent: a full-width space, an em or en space, a tab, or two spaces (plain or no-break). */
const INDENT = /^(?:[\u3000\u2003\u2002\t]|[ \u00A0]{2})/;

/** Splits normalised text into trimmed lines, remembering which were indented; invisible characters are dropped. */
export function splitLines(text: string): SourceLine[] {
  const invisible = /[\u200B-\u200D\u2060\uFEFF]/.test(text);
  return text.split('\n').map((line) => {
    const raw = invisible ? line.replace(INVISIBLE, '') : line;
    const text = raw.trim();
    return { text, indented: text !== '' && INDENT.test(raw) };
  });
}

const PAGE_REFERENCE_END = /[（(]\s*见第?\s*[0-9０-９]+\s*页\s*[）)]\**$/;
const SENTENCE_END = new Set(['。', '！', '？', '；', '：', '…', '!', '?', ';', ':']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】']);

/** Whether the text ends a sentence (。！？；：…, optionally followed by closing quotes or brackets), markup ignored. */
export function endsSentence(text: string): boolean {
  // An ellipsis typed as dots (a website's cut-off summary ends so) ends a sentence as … does, and so does a page
  // reference closing a glossary entry (见第27页).
  if (text.endsWith('...') || PAGE_REFERENCE_END.test(text)) return true;
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

/** Whether the text has at least `n` Chinese characters (CJK ideographs), stopping as soon as it knows. */
export function hasHan(text: string, n: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length && found < n; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0xf900 && code <= 0xfaff)
    )
      found++;
    // A surrogate pair: the ideographs of the supplementary planes (Extension B and on).
    else if (code >= 0xd840 && code <= 0xd8bf) {
      found++;
      i++;
    }
  }
  return found >= n;
}

/** The text with all whitespace removed, for matching short header and footer lines written with spacing (政 府 工 作 报 告). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Punctuation a title, a date line or a link title does not contain; a line with any of it is prose. */
// ASCII ? is left out: websites put it where they lost a character (许?? 喆).
const PROSE_PUNCTUATION = /[。；！？!;，,]/;
/** Longest line that can stand alone as a title: longer lines without a stop are wrapped prose. */
const MAX_ALONE_LENGTH = 32;
const ENDS_MID_PHRASE = /[，,、“‘（(《—-]$/;

/**
 * Whether a line could stand alone as a paragraph of its own: short, without sentence punctuation inside, and not
 * ending mid-phrase (2024年工作回顾, 政府工作报告, ——2022年4月26日在…会议上, QQ空间, 04-02). A colon is allowed
 * for short `key：value` lines (来源：甘肃日报).
 */
export function standsAlone(text: string): boolean {
  if (text.length > MAX_ALONE_LENGTH * 2) return false;
  const plain = text.includes('**') ? text.replace(/\*\*/g, '').trim() : text.trim();
  if (plain.length < 1 || plain.length > MAX_ALONE_LENGTH) return false;
  if (PROSE_PUNCTUATION.test(plain) || ENDS_MID_PHRASE.test(plain)) return false;
  if (unbalanced(plain) || (text.match(/\*\*/g)?.length ?? 0) % 2 === 1) return false;
  const colon = plain.search(/[：:]/);
  return colon < 0 || (colon <= 8 && !/[：:]/.test(plain.slice(colon + 1)));
}

const OPENERS = '“‘（(《「『【[';
const CLOSERS_OF = '”’）)》」』】]';

/** Whether a quote or bracket opens and does not close: the phrase goes on in the next line. */
function unbalanced(text: string): boolean {
  const depth = new Array<number>(OPENERS.length).fill(0);
  for (const ch of text) {
    const open = OPENERS.indexOf(ch);
    if (open >= 0) depth[open] = (depth[open] ?? 0) + 1;
    const close = CLOSERS_OF.indexOf(ch);
    if (close >= 0) depth[close] = Math.max(0, (depth[close] ?? 0) - 1);
  }
  return depth.some((d) => d > 0);
}

/** A glossary-style list number at the start of a line: 1. 1．(not 1.5) [1] 【1】 〔1〕 （1） ^[1]. */
const LIST_ITEM =
  /^(?:\*\*)?\s*(?:[0-9０-９]{1,3}\s*[.．](?![0-9０-９])|[[【〔（(]\s*[0-9０-９]{1,3}\s*[\]】〕）)]|\^\[[0-9]{1,3}\])/;

/** Whether a line starts with a list number, so after a sentence end it starts a paragraph of its own. */
export function startsListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}
