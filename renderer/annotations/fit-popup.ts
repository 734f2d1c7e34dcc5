/**
 * Where a floating panel goes, from its measured size: below its anchor (or above, if preferred) when it fits
 * there, else on the other side, else wherever it fits best; never wider or taller than the window allows, and
 * never past its edges, so its buttons stay reachable however tall it grows. Pure.
 */

export interface Box {
  left: number;
  top: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  /** The panel scrolls inside when its content is taller. */
  maxHeight: number;
}

export function fitPopup(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
  margin = 8,
  prefer: 'below' | 'above' = 'below',
): Placement {
  const width = Math.max(0, Math.min(size.width, viewport.width - 2 * margin));
  const maxHeight = Math.max(0, viewport.height - 2 * margin);
  const height = Math.min(size.height, maxHeight);
  const left = clamp(anchor.left, margin, viewport.width - margin - width);
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - height;
  // The preferred side when it fits there, else the other, else as close under the anchor as the window allows;
  // an anchor scrolled partly out of the window still gives a panel inside it.
  const fitsBelow = below + height <= viewport.height - margin;
  const fitsAbove = above >= margin;
  const preferred = prefer === 'above' && fitsAbove ? above : fitsBelow ? below : fitsAbove ? above : below;
  const top = clamp(preferred, margin, viewport.height - margin - height);
  return { left, top, width, maxHeight };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}
