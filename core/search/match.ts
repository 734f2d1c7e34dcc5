/**
 * Decides which documents match: every document that contains all query words literally (after folding) is an
 * exact match; a document with some of the words, or at least half of the query's terms, is related (相关结果).
 * Each distinct needle (word or term) is one scan of the corpus's folded text; the scans are kept, so the exact
 * occurrences are read from them too (occurrences.ts). Ordering is the caller's (search-index.ts).
 */
import type { Corpus } from './corpus';
import { fieldAt } from './folded-texts';
import { positions } from './literal';
import type { ParsedQuery } from './query';
import { scoreTerms } from './score';

/** A matching document (its index in the corpus), not yet turned into a Hit. */
export interface Match {
  doc: number;
  literal: boolean;
  /** BM25 over the query's terms (score.ts); a ranker may replace it for related matches. */
  score: number;
}

/** The matches of one corpus, in corpus order, and the scans that found them. */
export interface Found {
  exact: Match[];
  related: Match[];
  /** Start offsets of a needle in the corpus's folded text (cached: each needle is scanned once). */
  scan(needle: string): Int32Array;
}

/** Share of the query's terms a document must match to count as related without a whole word. */
export const MIN_COVERAGE = 0.5;

/** Finds the exact and related documents of `corpus` for a parsed query (none when it has no words). */
export function findMatches(corpus: Corpus, query: ParsedQuery): Found {
  const { texts, fieldDoc } = corpus;
  const cache = new Map<string, Int32Array>();
  const scan = (needle: string): Int32Array => {
    let at = cache.get(needle);
    if (!at) cache.set(needle, (at = positions(texts.text, needle)));
    return at;
  };
  const exact: Match[] = [];
  const related: Match[] = [];
  const { words } = query;
  if (words.length === 0) return { exact, related, scan };
  const docs = corpus.docs.length;
  const wordCount = new Uint8Array(docs);
  const lastWord = new Uint8Array(docs);
  words.forEach((word, i) => {
    let f = 0;
    for (const at of scan(word)) {
      f = fieldAt(texts, at, f);
      const d = fieldDoc[f] ?? 0;
      if (lastWord[d] === i + 1) continue;
      lastWord[d] = i + 1;
      wordCount[d] = (wordCount[d] ?? 0) + 1;
    }
  });
  const terms = scoreTerms(corpus, query.terms, scan);
  for (let d = 0; d < docs; d++) {
    const score = terms.score[d] ?? 0;
    if (wordCount[d] === words.length) {
      exact.push({ doc: d, literal: true, score });
      continue;
    }
    const termCount = terms.terms[d] ?? 0;
    const covered = termCount > 0 && termCount >= MIN_COVERAGE * query.terms.length;
    if (wordCount[d] !== 0 || covered) related.push({ doc: d, literal: false, score });
  }
  return { exact, related, scan };
}

/** Best first: higher score, then reading (corpus) order. */
export const byScore = (a: Match, b: Match): number => b.score - a.score || a.doc - b.doc;
