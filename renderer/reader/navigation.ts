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

/** Where the reader is: the block at the top of the pane and how far into it (0 = its top, 0.5 = half way). */
export interface ReadingAnchor {
  blockId: string;
  fraction: number;
}

/** The reading anchor now: the top visible block and the part of it already scrolled past the reading band. */
export function readingAnchor(
  container: HTMLElement,
  blocks: readonly HTMLElement[],
): ReadingAnchor | undefined {
  const blockId = topVisibleBlockId(container, blocks);
  const element = blockId ? document.getElementById(blockElementId(blockId)) : null;
  if (!blockId || !element) return undefined;
  const rect = element.getBoundingClientRect();
  const band = container.getBoundingClientRect().top + READING_BAND_PX;
  const fraction = rect.height > 0 ? Math.min(1, Math.max(0, (band - rect.top) / rect.height)) : 0;
  return { blockId, fraction };
}

/**
 * Scrolls so that the anchor's block is again at the reading band, as far into it as before: after the text
 * reflowed (a narrower window, a pane shown, another text size) the same words stay in front of the reader.
 */
export function restoreAnchor(container: HTMLElement, anchor: ReadingAnchor): boolean {
  const element = document.getElementById(blockElementId(anchor.blockId));
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  const band = container.getBoundingClientRect().top + READING_BAND_PX;
  container.scrollTop += rect.top + anchor.fraction * rect.height - band;
  return true;
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
