/**
 * What a glossary looks like: its heading (名词解释, ※名词解释※, [名词解释], 附：名词解释, 附件一：名词解释, ※注释※,
 * 《政府工作报告》名词解释 …) and the shapes an entry's number and term take. Patterns run on folded text.
 */

/** Decoration around a heading: ※名词解释※, *名词解释, [名词解释], 【名词解释】. */
const DECORATION_START = /^[※*＊★☆●■◆▲△○·\s[【〔(（<〈「『]+/;
const DECORATION_END = /[※*＊★☆●■◆▲△○·\s\]】〕)）>〉」』：:]+$/;
const GLOSSARY_TITLE =
  /^(?:附[件录]?[\d一二三四五六七八九十]*[：:、.]?)?(?:《[^》]{1,30}》)?(?:(?:名词|词语|术语|名词术语|重要名词|有关名词)(?:解释|注释|释义|说明)|解释|注释|释义)$/;

/** Whether a short paragraph is a glossary heading. */
export function isGlossaryTitle(key: string): boolean {
  if (key.length > 48) return false;
  const bare = key.replace(/\s+/g, '').replace(DECORATION_START, '').replace(DECORATION_END, '');
  return bare.length <= 36 && GLOSSARY_TITLE.test(bare);
}

/** An entry's number as written: 1. 1、 (1) （1） [1] 【1】 〔1〕 ^[1]; the style tells markers in the body apart. */
export type EntryStyle = 'dot' | 'paren' | 'square' | 'lenticular' | 'tortoise' | 'caret' | 'none';

const ENTRY_NUMBER =
  /^(?:(\d{1,3})\s*[.、](?!\d)|[（(]\s*(\d{1,3})\s*[）)]|\[\s*(\d{1,3})\s*\]|【\s*(\d{1,3})\s*】|〔\s*(\d{1,3})\s*〕|\^\[\s*(\d{1,3})\s*\])\s*/;
const STYLES: readonly EntryStyle[] = ['dot', 'paren', 'square', 'lenticular', 'tortoise', 'caret'];

export interface EntryNumber {
  /** As written, trimmed (`1.`, `[1]`). */
  number: string;
  ordinal: number;
  style: EntryStyle;
  /** Where the text after the number starts. */
  end: number;
}

export function matchEntryNumber(key: string): EntryNumber | null {
  const match = ENTRY_NUMBER.exec(key);
  if (!match) return null;
  const group = match.slice(1).findIndex((value) => value !== undefined);
  const style = STYLES[group];
  if (group < 0 || style === undefined) return null;
  return { number: match[0].trim(), ordinal: Number(match[group + 1]), style, end: match[0].length };
}

/**
 * How a term ends, tried in order on the text after the number: `[term]…`, “quoted, with commas”：, `term：`,
 * “quoted”。 / term。, and a quoted term with nothing after it. Group 1 is the term; the match ends where the
 * definition starts.
 */
export const TERM_PATTERNS: readonly RegExp[] = [
  /^[[【]([^\]】\n]{1,40})[\]】]\s*[：:。.]?\s*/,
  /^((?:“[^”\n]{1,30}”\s*)+)[：:]\s*/,
  /^([^：:，。；\s][^：:，。；\n]{0,29}?)\s*[：:]\s*/,
  /^([^“”。：:，；\s]{0,10}(?:“[^”\n]{1,30}”)+[^“”。：:，；\s]{0,8}?)\s*。\s*/,
  /^([^“”。：:，；、\s（(]{2,15})。\s*/,
  /^((?:“[^”\n]{1,30}”)+)(?=[^：:。\s])/,
];

/** A page reference at the end of a definition (见第27页), which ends it as a full stop would. */
export const PAGE_REFERENCE = /[（(]\s*见第?\s*\d+\s*页\s*[）)]$/;
