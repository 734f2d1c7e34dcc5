/** Moves the reading pane to a block (and optionally flashes one range in it). DOM-only, no state. */

/** Matches `scroll-margin-top` of `.block` plus a little slack. */
const READING_BAND_PX = 40;

export const blockElementId = (blockId: string): string => `block-${blockId}`;

/** Scrolls the block into view; returns false if it is not on the page. */
export function scrollToBlock(
  blockId: string,
  options: { occurrenceKey?: string; focus?: boolean; flash?: boolean } = {},
): boolean {
  const element = document.getElementById(blockElementId(blockId));
  if (!element) return false;
  const target =
    (options.occurrenceKey &&
      element.querySelector<HTMLElement>(`[data-occurrence="${CSS.escape(options.occurrenceKey)}"]`)) ||
    element;
  target.scrollIntoView({ block: options.occurrenceKey ? 'center' : 'start' });
  if (options.flash !== false) flash(target);
  if (options.focus) element.focus({ preventScroll: true });
  return true;
}

function flash(element: HTMLElement): void {
  element.classList.remove('flash');
  // Reading offsetWidth restarts the CSS animation when the same element flashes twice.
  void element.offsetWidth;
  element.classList.add('flash');
  element.addEventListener('animationend', () => element.classList.remove('flash'), { once: true });
}

/**
 * The id of the block being read: the first whose bottom edge is below the top band of the pane.
 * The band matches the blocks' scroll margin, so a jump to a heading makes that heading current,
 * not the last line of the paragraph above it.
 */
export function topVisibleBlockId(
  container: HTMLElement,
  blocks: readonly HTMLElement[],
): string | undefined {
  const top = container.getBoundingClientRect().top + READING_BAND_PX;
  let low = 0;
  let high = blocks.length - 1;
  let found: HTMLElement | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const element = blocks[mid] as HTMLElement;
    if (element.getBoundingClientRect().bottom > top) {
      found = element;
      high = mid - 1;
    } else {
      low = mid + 1;
    }
  }
  return found?.dataset.blockId;
}

/** Brings a search hit to the middle of the reading pane. */
export function scrollToHit(blockId: string, start: number): boolean {
  const mark = document.querySelector<HTMLElement>(`[data-hit="${CSS.escape(`${blockId}:${start}`)}"]`);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center' });
  return true;
}

/**
 * Brings an annotation into view and flashes it: its highlight when it is painted, else (paragraph notes,
 * bookmarks) the block it belongs to.
 */
export function scrollToAnnotation(blockId: string, annotationId: string): boolean {
  const mark = document.querySelector<HTMLElement>(
    `mark[data-annotation-ids~="${CSS.escape(annotationId)}"]`,
  );
  if (!mark) return scrollToBlock(blockId);
  mark.scrollIntoView({ block: 'center' });
  flash(mark);
  return true;
}
