/** Ranking the places a quote was found, and the policy that prefers an orphan to a guess. */
import type { AnnotationTarget } from './model';
import type { ContextScore, ContextScorer } from './context-score';
import { SIDE_AGREEMENT } from './context-score';
import { prefixDistances } from './edit-distance';
import type { ReadingText } from './reading-text';
import { blockAt } from './reading-text';

/** A place in the reading text where the quote (or something within the error bound) was found. */
export interface Candidate {
  start: number;
  end: number;
  /** Block index of the place. */
  block: number;
  /** Edits between the quote and the text at this place (0 for an exact match). */
  errors: number;
  context: ContextScore;
  /** Code units confirmed: quote characters matched plus context evidence. */
  score: number;
  /** The quote is long and the only match of its kind, so it needs no context to be believed. */
  selfEvident: boolean;
  /** How it was found: its quote exactly, approximately, or (an empty target) where prefix and suffix meet. */
  kind: 'exact' | 'fuzzy' | 'caret';
  /** For a fuzzy candidate: whether it consists of the old context (see madeOfOldContext). */
  madeOfContext: boolean;
  /** For a fuzzy candidate: whether the quote's first and last EDGE_LENGTH code units are at its edges. */
  edgesIntact: boolean;
}

/** Code units at each end of an edited quote that must still stand at the ends of its place (within one edit). */
export const EDGE_LENGTH = 4;

/** Quotes at least this long carry as much evidence as a whole side of context. */
export const SELF_EVIDENT_LENGTH = 32;
/**
 * Candidates scoring less than one edit apart are tied: the context does not separate them. Not more: in runs such as
 * "6000" or "干就干成、干就干好" the true place beats its shifted neighbours by only one or two edits.
 */
export const TIE_MARGIN = 1;
/** "Right next to it is intact": at most one edit in the NEAR_LENGTH (8) code units beside a place. */
export const NEAR_AGREEMENT = 7 / 8;

export type Choice = { kind: 'found'; candidate: Candidate } | { kind: 'ambiguous' } | { kind: 'none' };

/** Keeps the best-scoring of any overlapping candidates: fuzzy windows report the same place several times. */
export function dedupeOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of [...candidates].sort(byScore)) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept;
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.start - b.start;
}

/**
 * Whether a candidate may be taken at all. It needs agreeing context (or to be self-evident), and one side exactly
 * intact right next to it: context that matches only a character or more away is what a deletion leaves where the
 * old suffix reappears (a lone "目"), where a repeated phrase's far context survives ("城镇居民…农村居民…"), or where
 * the same word follows the gap ("发展的[动力活力…]要动力").
 * An edited or empty quote vouches for little itself, so both sides must be intact right next to it (one is not
 * enough: this report's plan section echoes its review, "59个村污水…" / "93个村污水…"); an edited one must also keep
 * its own edges, and not be made of the old context (its error budget could otherwise swallow inserted text up to
 * a spot where the context looks intact).
 */
export function vouchedFor(c: Candidate): boolean {
  if (c.selfEvident) return true;
  if (!c.context.agrees) return false;
  const { nearPrefix, nearSuffix } = c.context;
  if (c.kind === 'exact') return Math.max(nearPrefix, nearSuffix) === 1;
  const nearBoth = nearPrefix >= NEAR_AGREEMENT && nearSuffix >= NEAR_AGREEMENT;
  return c.kind === 'caret' ? nearBoth : nearBoth && c.edgesIntact && !c.madeOfContext;
}

/** Which sides of the context are at least half found. */
const sides = (c: Candidate): { prefix: boolean; suffix: boolean } => ({
  prefix: c.context.prefix >= SIDE_AGREEMENT,
  suffix: c.context.suffix >= SIDE_AGREEMENT,
});

/**
 * Whether two candidates are vouched for by opposite sides: one keeps only the prefix, the other only the suffix.
 * That is what a moved paragraph leaves: its last "。" keeps the old prefix, and the "。" now standing before the old
 * next paragraph keeps the old suffix. Scores cannot tell them apart, and neither can the old block id, which moved.
 */
function complementary(a: Candidate, b: Candidate): boolean {
  const [x, y] = [sides(a), sides(b)];
  return (x.prefix && !x.suffix && y.suffix && !y.prefix) || (x.suffix && !x.prefix && y.prefix && !y.suffix);
}

/**
 * Picks the best candidate that is vouched for. If another one is vouched for by the opposite side of the context,
 * the choice is 'ambiguous'. When several tie (within TIE_MARGIN), the one at the stored place wins, else the only
 * one in the annotation's own block; otherwise it is 'ambiguous' too (the caller makes an orphan): nearness alone
 * never decides between identical-looking places.
 */
export function choose(
  candidates: readonly Candidate[],
  homeBlock: number | undefined,
  storedStart: number | undefined,
): Choice {
  const eligible = candidates.filter(vouchedFor).sort(byScore);
  const best = eligible[0];
  if (!best) return { kind: 'none' };
  if (eligible.some((c) => complementary(best, c))) return { kind: 'ambiguous' };
  const tied = eligible.filter((c) => best.score - c.score < TIE_MARGIN);
  if (tied.length === 1) return { kind: 'found', candidate: best };
  const stored = tied.find((c) => c.start === storedStart);
  if (stored) return { kind: 'found', candidate: stored };
  const home = tied.filter((c) => c.block === homeBlock);
  const only = home[0];
  return home.length === 1 && only ? { kind: 'found', candidate: only } : { kind: 'ambiguous' };
}

/** Scores a place found for the target's quote (or, for an empty target, where its context meets). */
export function makeCandidate(
  index: ReadingText,
  target: AnnotationTarget,
  scorer: ContextScorer,
  start: number,
  end: number,
  errors: number,
  selfEvident: boolean,
): Candidate {
  const context = scorer.score(start, end);
  const matched = target.exact.length - errors;
  const kind = start === end ? 'caret' : errors > 0 ? 'fuzzy' : 'exact';
  const madeOfContext = kind === 'fuzzy' && scorer.madeOfOldContext(start, end);
  const edgesIntact = kind !== 'fuzzy' || quoteEdgesAt(index.text, target.exact, start, end);
  const score = matched + context.evidence;
  return {
    start,
    end,
    errors,
    context,
    selfEvident,
    kind,
    madeOfContext,
    edgesIntact,
    block: blockAt(index, start),
    score,
  };
}

/** Whether the quote's first and last EDGE_LENGTH code units stand at the ends of [start, end), within one edit each. */
function quoteEdgesAt(text: string, quote: string, start: number, end: number): boolean {
  const n = Math.min(EDGE_LENGTH, quote.length);
  const head = prefixDistances(quote.slice(0, n), text.slice(start, Math.min(end, start + n + 1)));
  const tail = prefixDistances(
    reverse(quote.slice(-n)),
    reverse(text.slice(Math.max(start, end - n - 1), end)),
  );
  return Math.min(...head) <= 1 && Math.min(...tail) <= 1;
}

const reverse = (s: string): string => s.split('').reverse().join('');
