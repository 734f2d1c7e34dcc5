/** Unexplained jargon: quoted terms (“放管服”) in the body that the glossary does not explain. */
import type { TextRange, UnexplainedTerm } from './model';

const QUOTED = /“([^“”\n]{2,12})”/g;
const NOT_A_TERM = /[，。、；：！？,;:!?《》]/;
const QUOTE_CHARS = /[“”‘’「」『』"]/g;

/**
 * Lists quoted terms of 2–12 characters (no ，。、；： inside, not a 《title》) that no glossary alias covers, grouped by
 * term with their occurrences (the text inside the quotes), in order of first occurrence. Adjacent pairs
 * (“六稳”“六保”) are listed separately.
 */
export function findUnexplainedTerms(
  blocks: readonly { id: string; text: string }[],
  glossaryAliases: readonly string[],
): UnexplainedTerm[] {
  const explained = new Set(glossaryAliases.map((alias) => alias.replace(QUOTE_CHARS, '')));
  const terms = new Map<string, TextRange[]>();
  for (const block of blocks) {
    if (!block.text.includes('“')) continue;
    for (const match of block.text.matchAll(QUOTED)) {
      const term = match[1] ?? '';
      if (NOT_A_TERM.test(term) || explained.has(term) || [...term].length < 2) continue;
      const start = match.index + 1;
      const range = { blockId: block.id, start, end: start + term.length };
      const list = terms.get(term);
      if (list) list.push(range);
      else terms.set(term, [range]);
    }
  }
  return [...terms].map(([term, occurrences]) => ({ term, occurrences }));
}

/** Why a quoted string is, or is not, taken for a term (each has a message in the renderer). */
export type JargonReason =
  | 'numbered' // 六稳, 十四五, 一老一小, 两个维护: numbers standing for a list the reader is meant to know
  | 'compound' // 互联网+监管, 承诺制+标准地+全代办: pieces joined into one slogan
  | 'code' // 136, 5G: a code that says nothing by itself
  | 'coined' // 放管服, 紧日子, 标准地: a short coinage
  | 'honour' // 山西省文旅建设先进县: an award or title given to someone
  | 'title' // 秋风古韵·畅游泽州, 深化转型项目建设年, 泽州好礼: the name of a campaign, event or brand
  | 'description' // 六大战略定位, 八方面重点工作: a count of things the text goes on to list
  | 'figure' // 23.7, 超10万: a figure set in quotes
  | 'phrase'; // 无处不在, 家校（园）共育: ordinary words in quotes

export interface JargonVerdict {
  termLike: boolean;
  reason: JargonReason;
  /** Higher is more term-like: 3 numbered, compound, code; 2 coined; 0 the rest. */
  score: number;
}

const NUMERAL = '[一二三四五六七八九十百千万两双零多]';
const HAS_NUMERAL = new RegExp(NUMERAL);
/** A count and a measure word, then a plain noun phrase: 六大战略定位, 八方面重点工作, 三项重点任务. */
const COUNTED_LIST = new RegExp(
  `^${NUMERAL}+(?:大|个方面|方面|项|条|类)[^一二三四五六七八九十百千万两双零]{3,}$`,
);
/** Honours are awarded: 先进县, 示范区, 文明城市, 百强县. */
const HONOUR = /先进|示范|模范|标兵|优秀|百强|十佳|文明|称号|荣誉|奖/;
/** 无处不在, 不折不扣, 有声有色: four-character set phrases of a common pattern. */
const SET_PHRASE = /^(?:无.不.|不.不.|有.有.|越.越.|又.又.|边.边.|亦.亦.)$/;
/** 喜洋洋, 乐融融: a reduplicated ending, ordinary words. */
const REDUPLICATED = /^..?(.)\1$/u;
const ASCII_CODE = /^[0-9A-Za-z-]+$/;
/** A quantity: digits with a decimal point or percent sign, or with 万/亿/千. */
const FIGURE = /\d(?:[.%％]|\d*[万亿千])/;

/**
 * How term-like a quoted string from the report is, and why. A glossary explains shorthand the reader is expected
 * to know (numbered lists, slogans joined with +, short coinages); it does not explain an honour, the name of a
 * campaign or brand, a count of things the text then lists, or ordinary words set in quotes. `place` is the
 * report's own place name (泽州 in 泽州县政府工作报告), which starts local names (泽州好礼).
 */
export function classifyQuotedTerm(term: string, place = ''): JargonVerdict {
  const length = [...term].length;
  const verdict = (reason: JargonReason, score: number): JargonVerdict => ({
    termLike: score > 0,
    reason,
    score,
  });
  if (/[+＋]/.test(term)) return verdict('compound', 3);
  if (FIGURE.test(term)) return verdict('figure', 0);
  if (ASCII_CODE.test(term)) return verdict('code', 3);
  if (HONOUR.test(term) && length >= 5) return verdict('honour', 0);
  if (/[·•—（）()]/.test(term)) return verdict(/[（）()]/.test(term) ? 'phrase' : 'title', 0);
  if (COUNTED_LIST.test(term)) return verdict('description', 0);
  if (SET_PHRASE.test(term) || (length === 3 && REDUPLICATED.test(term) && !HAS_NUMERAL.test(term)))
    return verdict('phrase', 0);
  if (HAS_NUMERAL.test(term) && length <= 7) return verdict('numbered', 3);
  if (place.length >= 2 && term.startsWith(place) && length > place.length) return verdict('title', 0);
  if (length >= 8) return verdict('title', 0);
  return verdict('coined', 2);
}

/**
 * The report's own place (泽州 of 泽州县七届人大三次会议文件, 山西 of 山西省人民政府): the first two or three
 * characters before 省/市/县/区 in its document number, date line, issuer or title, whichever has one first.
 */
export function placeOf(lines: readonly (string | undefined)[]): string {
  for (const line of lines) {
    const match = /([^\s\d在于的年月日—（）()《》“”]{2,3}?)[省市县区]/u.exec(line ?? '');
    if (match?.[1]) return match[1];
  }
  return '';
}

export interface RankedTerms {
  /** Term-like ones, most term-like first, then in order of first occurrence. */
  terms: (UnexplainedTerm & JargonVerdict)[];
  /** The rest, with why they were set aside, in order of first occurrence. */
  others: (UnexplainedTerm & JargonVerdict)[];
}

/** Sorts the unexplained quoted strings into terms (ranked) and the rest, each with the reason. */
export function rankUnexplainedTerms(terms: readonly UnexplainedTerm[], place = ''): RankedTerms {
  const judged = terms.map((term, order) => ({ ...term, ...classifyQuotedTerm(term.term, place), order }));
  const strip = ({ order: _, ...rest }: (typeof judged)[number]) => rest;
  return {
    terms: judged
      .filter((t) => t.termLike)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(strip),
    others: judged.filter((t) => !t.termLike).map(strip),
  };
}
