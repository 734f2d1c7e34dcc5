/**
 * Scores documents by the query's terms with a plain scan (BM25, lunr's own k1 and b). Used for the user's notes:
 * they change often and are few, so scanning them per query is cheaper than keeping a lunr index current.
 */
import type { PreparedDoc } from './documents';
import type { TermMatch } from './match';

const K1 = 1.2;
const B = 0.75;

/** Occurrences of `term` in `text`, overlapping ones included (lunr counts each bigram position too). */
function countIn(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) count++;
  return count;
}

/** Every document that contains at least one of `terms`, keyed by its position in `docs`. */
export function scanTerms(docs: readonly PreparedDoc[], terms: readonly string[]): Map<number, TermMatch> {
  const found = new Map<number, { length: number; counts: number[] }>();
  const df = terms.map(() => 0);
  let totalLength = 0;
  docs.forEach((doc, position) => {
    let length = 0;
    for (const field of doc.folded) length += field.text.length;
    totalLength += length;
    const counts = terms.map((term) => doc.folded.reduce((n, field) => n + countIn(field.text, term), 0));
    if (!counts.some((n) => n > 0)) return;
    counts.forEach((n, i) => {
      if (n > 0) df[i] = (df[i] ?? 0) + 1;
    });
    found.set(position, { length, counts });
  });
  const average = totalLength / Math.max(1, docs.length) || 1;
  const matches = new Map<number, TermMatch>();
  for (const [position, { length, counts }] of found) {
    let score = 0;
    const matched: string[] = [];
    counts.forEach((tf, i) => {
      if (tf === 0) return;
      const d = df[i] ?? 1;
      const idf = Math.log(1 + (docs.length - d + 0.5) / (d + 0.5));
      score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average));
      matched.push(terms[i] ?? '');
    });
    matches.set(position, { score, terms: matched });
  }
  return matches;
}
