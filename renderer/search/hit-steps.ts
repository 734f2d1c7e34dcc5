/** The hits the reading pane steps through: every marked range of the body results, in reading order. */
import type { Block } from '../../core/report/model';
import type { SearchResults, Span } from '../../core/search/model';

export interface HitStep {
  blockId: string;
  start: number;
  end: number;
}

/** Marked ranges per block, for painting. Only body text hits are painted in the report. */
export function rangesByBlock(results: SearchResults | undefined): Map<string, Span[]> {
  const map = new Map<string, Span[]>();
  for (const hit of results?.groups.body ?? []) {
    if (hit.blockId && hit.field === 'text' && hit.ranges.length > 0) map.set(hit.blockId, hit.ranges);
  }
  return map;
}

/** Every painted range in document order (not ranking order), so Enter walks down the page. */
export function hitSteps(blocks: readonly Block[], ranges: ReadonlyMap<string, Span[]>): HitStep[] {
  const steps: HitStep[] = [];
  for (const block of blocks) {
    for (const span of ranges.get(block.id) ?? [])
      steps.push({ blockId: block.id, start: span.start, end: span.end });
  }
  return steps;
}

/** The next step index from `current` (wrapping), or the first step at/after a block when nothing is current. */
export function stepIndex(count: number, current: number | undefined, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current === undefined || current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
