/**
 * Decides which documents match and in what order: every document that contains all query words literally
 * (after folding) matches and comes first; then partial matches — some of the words, or at least half of the
 * query's terms. The term score (lunr's for the report, a scan's for notes) orders each tier; reading order
 * breaks ties.
 */
import type { PreparedDoc } from './documents';
import type { ParsedQuery } from './query';

/** How well a document matched the query's terms: its score and the distinct terms it contains. */
export interface TermMatch {
  score: number;
  terms: string[];
}

/** A matching document, ranked but not yet turned into a Hit. */
export interface Match {
  doc: PreparedDoc;
  position: number;
  literal: boolean;
  score: number;
  /** Query terms this document matched (marked in partial hits). */
  terms: string[];
}

/** Share of the query's terms a document must match to count as a partial match without a whole word. */
const MIN_COVERAGE = 0.5;

/** How many of `words` occur in some field of `doc`. */
function wordsFound(doc: PreparedDoc, words: readonly string[]): number {
  let found = 0;
  for (const word of words) {
    if (doc.folded.some((field) => field.text.includes(word))) found++;
  }
  return found;
}

/** Ranks `docs` against a parsed query, given their term matches by position; returns every match, best first. */
export function rankMatches(
  docs: readonly PreparedDoc[],
  query: ParsedQuery,
  termMatches: ReadonlyMap<number, TermMatch>,
): Match[] {
  if (query.words.length === 0) return [];
  const matches: Match[] = [];
  docs.forEach((doc, position) => {
    const found = wordsFound(doc, query.words);
    const termMatch = termMatches.get(position);
    const literal = found === query.words.length;
    const covered = termMatch !== undefined && termMatch.terms.length >= MIN_COVERAGE * query.terms.length;
    if (!literal && found === 0 && !covered) return;
    matches.push({
      doc,
      position,
      literal,
      score: termMatch?.score ?? 0,
      terms: literal ? [] : (termMatch?.terms ?? []),
    });
  });
  return matches.sort(
    (a, b) => Number(b.literal) - Number(a.literal) || b.score - a.score || a.position - b.position,
  );
}
