/**
 * The hits the reading pane marks and steps through: every exact occurrence in the report's text, in reading
 * order. Related results (相关结果) are never marked, counted or stepped.
 */
import type { SearchResults, Span } from '../../core/search/model';

export interface HitStep {
  blockId: string;
  start: number;
  end: number;
}

const NO_MARKS: ReadonlyMap<string, Span[]> = new Map();

/** Exact occurrences per block, for painting. */
export function marksByBlock(results: SearchResults | undefined): ReadonlyMap<string, Span[]> {
  if (!results || results.occurrences.length === 0) return NO_MARKS;
  return new Map(results.occurrences.map((o) => [o.blockId, o.matches]));
}

/** Every exact occurrence in reading order (the results give them so), one step each, so Enter walks down. */
export function hitSteps(results: SearchResults | undefined): HitStep[] {
  const steps: HitStep[] = [];
  for (const { blockId, matches } of results?.occurrences ?? []) {
    for (const m of matches) steps.push({ blockId, start: m.start, end: m.end });
  }
  return steps;
}

/** The next step index from `current` (wrapping); the first (or, backwards, the last) when nothing is current. */
export function stepIndex(count: number, current: number | undefined, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current === undefined || current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** Where `step` is among `steps` (-1 when it is not: another query, or another report). */
export const indexOfStep = (steps: readonly HitStep[], step: HitStep | undefined): number =>
  step === undefined
    ? -1
    : steps.findIndex((s) => s.blockId === step.blockId && s.start === step.start && s.end === step.end);
