/** Turns what the user typed into folded words (for the literal scan) and terms (for ranking). */
import { foldText } from './normalize';
import { termsOf } from './terms';

/** Words beyond this many are ignored: every word costs a scan of the whole report. */
export const MAX_WORDS = 16;
/** Terms beyond this many are ignored: each one is a scan too, and the literal scan keeps recall anyway. */
export const MAX_TERMS = 64;

export interface ParsedQuery {
  /** Distinct folded words in the order typed; a literal hit contains every one of them. */
  words: string[];
  /** Distinct terms of all words (bigrams of Han text, words of the rest). */
  terms: string[];
}

/** Parses any string without throwing; query syntax characters (~ : + - ^ *) are plain text here. */
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
    for (const term of termsOf(word.slice(0, 4 * MAX_TERMS))) {
      if (terms.size >= MAX_TERMS) break;
      terms.add(term);
    }
  }
  return { words, terms: [...terms] };
}
