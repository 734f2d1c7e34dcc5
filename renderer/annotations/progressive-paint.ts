/**
 * Many notes are painted in two steps when a report opens: the blocks on screen (and a screen above and below) in
 * the first commit, every other block in the next, once the browser is idle. The paragraphs the reader sees get
 * their highlights without waiting for thousands of off-screen marks to be rendered and laid out.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PaintModel } from './paint-model';

/** Below this many notes one commit paints them all: the second step would cost more than it saves. */
export const PROGRESSIVE_FROM = 500;

/** The ids of the blocks within one screen of the reading pane's view (none when it is not laid out yet). */
export function blocksNearView(): Set<string> {
  const blocks = new Set<string>();
  const scroller = document.getElementById('reader-scroll');
  if (!scroller) return blocks;
  const view = scroller.getBoundingClientRect();
  const top = view.top - view.height;
  const bottom = view.bottom + view.height;
  for (const element of scroller.querySelectorAll<HTMLElement>('[data-block-id]')) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom >= top && rect.top <= bottom && element.dataset.blockId)
      blocks.add(element.dataset.blockId);
  }
  return blocks;
}

/** The part of a paint model that falls in `blocks`. */
export function restrictTo(model: PaintModel, blocks: ReadonlySet<string>): PaintModel {
  const pick = <T>(map: ReadonlyMap<string, T>) =>
    new Map([...map].filter(([blockId]) => blocks.has(blockId)));
  return {
    highlights: pick(model.highlights),
    margin: pick(model.margin),
    bookmarks: new Set([...model.bookmarks].filter((blockId) => blocks.has(blockId))),
  };
}

/**
 * The model to paint now. For a report opened with many notes: first only the blocks near the view, then (after that
 * commit, when the browser is idle) all of them; `done` turns true once every block is painted.
 */
export function useProgressivePaint(
  model: PaintModel,
  reportId: string | undefined,
  loaded: boolean,
  count: number,
): { model: PaintModel; done: boolean } {
  // The report whose notes are all painted; every later change paints in full.
  const [paintedAll, setPaintedAll] = useState<string | undefined>(undefined);
  const staged = loaded && reportId !== undefined && paintedAll !== reportId && count >= PROGRESSIVE_FROM;
  // Read once per report: the blocks near the view when its notes arrived (the text is laid out by then).
  const near = useMemo(() => (staged ? blocksNearView() : undefined), [staged]);
  const shown = useMemo(() => (near ? restrictTo(model, near) : model), [model, near]);

  useEffect(() => {
    if (!staged) return;
    const paintRest = () => setPaintedAll(reportId);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(paintRest, { timeout: 250 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(paintRest, 0);
    return () => clearTimeout(timer);
  }, [staged, reportId]);

  return { model: shown, done: loaded && !staged };
}
