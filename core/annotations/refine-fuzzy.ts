/** Choosing the boundaries of a fuzzy match by quote and context together. */
import type { Candidate } from './candidates';
import { makeCandidate, NEAR_AGREEMENT } from './candidates';
import type { ContextScorer, NearScore } from './context-score';
import { prefixDistances } from './edit-distance';
import type { AnnotationTarget } from './model';
import type { ReadingText } from './reading-text';
import { blockAt } from './reading-text';

const nearBothSides = (n: NearScore): boolean => Math.min(n.nearPrefix, n.nearSuffix) >= NEAR_AGREEMENT;

/**
 * The best of the boundaries near a fuzzy match by quote and context together. Edit distance alone cannot choose
 * between "提。深入开展" (a substitution) and "。深入开展" (a deletion) once "高" is gone; the stored prefix "…新的提" can.
 * Each edge may move as far as the error budget reaches: among equally close substrings the search prefers the
 * quote's length, which can put an edge up to that far from where the context says it is. Only boundaries with both
 * sides intact right next to them can be vouched for, so only those are scored.
 */
export function refineFuzzy(
  index: ReadingText,
  target: AnnotationTarget,
  scorer: ContextScorer,
  match: { start: number; end: number; errors: number },
  maxErrors: number,
): Candidate {
  const block = blockAt(index, match.start);
  const lo = index.starts[block] ?? 0;
  const hi = lo + (index.blocks[block]?.text.length ?? 0);
  const slack = maxErrors;
  let best: Candidate | undefined;
  for (let s = Math.max(lo, match.start - slack); s <= Math.min(match.start + slack, match.end - 1); s++) {
    const last = Math.min(hi, match.end + slack);
    let distances: Int32Array | undefined;
    for (let e = Math.max(s + 1, match.end - slack); e <= last; e++) {
      if (!nearBothSides(scorer.near(s, e))) continue;
      distances ??= prefixDistances(target.exact, index.text.slice(s, last));
      const errors = distances[e - s] ?? Infinity;
      if (errors > maxErrors) continue;
      const c = makeCandidate(index, target, scorer, s, e, errors, false);
      const unmoved = s === match.start && e === match.end;
      if (!best || c.score > best.score || (c.score === best.score && unmoved)) best = c;
    }
  }
  return best ?? makeCandidate(index, target, scorer, match.start, match.end, match.errors, false);
}
