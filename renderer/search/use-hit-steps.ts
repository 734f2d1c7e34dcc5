/**
 * The reading pane's search marks and the step the user is on (Enter/F3). The current step is remembered as the
 * occurrence itself (report, block, offsets), not as a number, so new results (another query, another report,
 * notes re-indexed) can never leave it pointing past the end: it is found again or there is none.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ReportDocument } from '../../core/report/model';
import type { SearchResults } from '../../core/search/model';
import { scrollToBlock, scrollToHit } from '../reader/navigation';
import { hitSteps, indexOfStep, marksByBlock, stepIndex, type HitStep } from './hit-steps';

export function useHitSteps(doc: ReportDocument | undefined, results: SearchResults | undefined) {
  const marks = useMemo(() => marksByBlock(results), [results]);
  const steps = useMemo(() => hitSteps(results), [results]);
  const [target, setTarget] = useState<{ reportId: string; step: HitStep } | undefined>();
  const current = doc && target?.reportId === doc.id ? indexOfStep(steps, target.step) : -1;

  const go = useCallback(
    (index: number) => {
      const step = steps[index];
      if (!step || !doc) return;
      setTarget({ reportId: doc.id, step });
      scrollToHit(step.blockId, step.start);
    },
    [steps, doc],
  );
  const step = useCallback(
    (direction: 1 | -1) => go(stepIndex(steps.length, current, direction)),
    [go, steps.length, current],
  );
  /** Opens a result's block: its first occurrence becomes the current step, or the block is shown. */
  const openBlock = useCallback(
    (blockId: string) => {
      const index = steps.findIndex((s) => s.blockId === blockId);
      if (index >= 0) go(index);
      else scrollToBlock(blockId);
    },
    [steps, go],
  );
  const reset = useCallback(() => setTarget(undefined), []);

  return { marks, steps, current, currentHit: steps[current], step, openBlock, reset };
}
