/** Where a floating panel goes next to an anchor rectangle: below when it fits, else above; never off-screen. */

export interface PopupStyle {
  left: number;
  width: number;
  top?: number;
  bottom?: number;
}

export function placePopup(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
): PopupStyle {
  const left = Math.max(8, Math.min(anchor.left, viewport.width - size.width - 8));
  return anchor.bottom + size.height < viewport.height
    ? { left, top: anchor.bottom + gap, width: size.width }
    : { left, bottom: viewport.height - anchor.top + gap, width: size.width };
}

/** The browser window's size, for placePopup. */
export const windowViewport = (): { width: number; height: number } => ({
  width: window.innerWidth,
  height: window.innerHeight,
});
