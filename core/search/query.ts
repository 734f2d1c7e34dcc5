/** Turns what the user typed into folded words (for the literal scan) and lunr terms (for ranking). */
import { termsOf } from './lunr-zh';
import { foldText } from './normalize';

/** Words beyond this many are ignored: every word costs a scan of the whole report. */
export const MAX_WORDS = 16;
/** lunr terms beyond this many are ignored: each one is a lookup, and the literal scan keeps recall anyway. */
export const MAX_TERMS = 64;

export interface ParsedQuery {
  /** Distinct folded words in the order typed; a literal hit contains every one of them. */
  words: string[];
  /** Distinct lunr terms of all words (bigrams of Han text, words of the rest). */
  terms: string[];
}

/** Parses any string without throwing; lunr's syntax characters (~ : + - ^ *) are plain text here. */
export function parseQuery(raw: string): ParsedQuery {
  const words = [
    ...new Set(
      foldText(raw)
        .split(' ')
        .filter((w) => w.length > 0),
    ),
  ].slice(0, MAX_WORDS);
  const terms = new Set<string>();
  for (const word of words) {
    // A long word's first characters already give more terms than are kept.
    for (const term of termsOf(word.slice(0, 4 * MAX_TERMS), true)) {
      if (terms.size >= MAX_TERMS) break;
      terms.add(term);
    }
  }
  return { words, terms: [...terms] };
}
