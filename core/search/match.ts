/**
 * Decides which documents match and in what order: every document that contains all query words literally
 * (after folding) matches and comes first; then partial matches — some of the words, or at least half of the
 * query's terms. The term score orders each tier; reading order breaks ties. Each distinct needle (word or term)
 * is one scan of the corpus's folded text.
 */
import type { Corpus } from './corpus';
import { fieldAt } from './folded-texts';
import { positions } from './literal';
import type { ParsedQuery } from './query';
import { scoreTerms } from './score';

/** A matching document (its index in the corpus), ranked but not yet turned into a Hit. */
export interface Match {
  doc: number;
  literal: boolean;
  score: number;
}

/** Share of the query's terms a document must match to count as a partial match without a whole word. */
const MIN_COVERAGE = 0.5;

/** Ranks the documents of `corpus` against a parsed query; returns every match, best first. */
export function rankMatches(corpus: Corpus, query: ParsedQuery): Match[] {
  const { words } = query;
  if (words.length === 0) return [];
  const { texts, fieldDoc } = corpus;
  const found = new Map<string, Int32Array>();
  const scan = (needle: string): Int32Array => {
    let at = found.get(needle);
    if (!at) found.set(needle, (at = positions(texts.text, needle)));
    return at;
  };
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
  const matches: Match[] = [];
  for (let d = 0; d < docs; d++) {
    const literal = wordCount[d] === words.length;
    const termCount = terms.terms[d] ?? 0;
    const covered = termCount > 0 && termCount >= MIN_COVERAGE * query.terms.length;
    if (literal || wordCount[d] !== 0 || covered)
      matches.push({ doc: d, literal, score: terms.score[d] ?? 0 });
  }
  return matches.sort((a, b) => Number(b.literal) - Number(a.literal) || b.score - a.score || a.doc - b.doc);
}
