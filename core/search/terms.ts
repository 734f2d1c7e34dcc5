/**
 * The query's terms, which rank documents and find partial matches: every Han character of a lone Han
 * character, every pair of adjacent Han characters (so any Chinese query of one or more characters has terms),
 * and the words of the non-Han stretches (pm2.5, 5g, 432.7, vocs). The literal tier keeps no terms: they are
 * found in the folded text per query (see score.ts). lunr's ranking index (lunr-zh.ts) is cut by `indexTermsOf`,
 * the same cutter with every unigram added, so its terms are the ones queries ask for.
 */

const HAN = /\p{Script=Han}/u;
const STARTS_HAN = /^\p{Script=Han}/u;
/** A word of non-Han text: letters and digits, joined by . : or _ between them (pm2.5, 432.7, 10:30). */
const WORDS = /[\p{L}\p{N}]+(?:[.:_][\p{L}\p{N}]+)*/gu;
const WORD_UNIT = /[\p{L}\p{N}]/u;
const JOINERS = '.:_';

function wordsOf(text: string, out: string[]): void {
  for (const word of text.match(WORDS) ?? []) out.push(word);
}

/** Terms of a folded query word, in order, with repeats: Han bigrams (unigram of a lone Han character), words. */
export function termsOf(folded: string): string[] {
  return cut(folded, false);
}

/**
 * Terms of a folded text for lunr's index (lunr-zh.ts), with repeats: every Han unigram and bigram and the words,
 * so that any query's terms (a lone character's unigram included) are index terms where the text holds them.
 */
export function indexTermsOf(folded: string): string[] {
  return cut(folded, true);
}

function cut(folded: string, unigrams: boolean): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let gap = '';
  const flushRun = (): void => {
    for (let i = 0; i < run.length; i++) {
      if (unigrams || run.length === 1) out.push(run[i] ?? '');
      if (i + 1 < run.length) out.push((run[i] ?? '') + (run[i + 1] ?? ''));
    }
    run = [];
  };
  for (const ch of folded) {
    if (HAN.test(ch)) {
      if (gap) wordsOf(gap, out);
      gap = '';
      run.push(ch);
    } else {
      if (run.length > 0) flushRun();
      gap += ch;
    }
  }
  flushRun();
  if (gap) wordsOf(gap, out);
  return out;
}

/** Han terms match anywhere; a word matches only as a whole word (5g is not a term of 15g or 5gb). */
export const isWordTerm = (term: string): boolean => !STARTS_HAN.test(term);

/** A letter or digit that would belong to the same non-Han word as its neighbour. */
function isWordUnit(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const ch = text[at] ?? '';
  return WORD_UNIT.test(ch) && !HAN.test(ch);
}

/** Whether the occurrence of a word term at [start, end) of `text` is a whole word there. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start - 1;
  const after = end;
  if (isWordUnit(text, before) || isWordUnit(text, after)) return false;
  if (JOINERS.includes(text[before] ?? ' ') && isWordUnit(text, before - 1)) return false;
  return !(JOINERS.includes(text[after] ?? ' ') && isWordUnit(text, after + 1));
}
