/** Restoring the window where it was, but never off-screen (a monitor may have been unplugged since). */
import type { WindowBounds } from '../../core/settings';

/** A screen's usable area (Electron's `Display.workArea`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first-run window size. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;

// At least this much of the title bar area must be on a screen for the old position to be kept.
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const overlap = (a: Rect, b: Rect): Rect => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.min(a.x + a.width, b.x + b.width) - x,
    height: Math.min(a.y + a.height, b.y + b.height) - y,
  };
};

/**
 * The bounds to open the window with: the saved ones if enough of the window is on some screen,
 * else the saved size (shrunk to the primary screen) centred by the OS. `workAreas[0]` is the primary screen.
 */
export function fitWindowBounds(saved: WindowBounds | undefined, workAreas: readonly Rect[]): WindowBounds {
  const primary = workAreas[0];
  const size = saved ?? { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const { x, y } = size;
  if (x !== undefined && y !== undefined) {
    const rect = { x, y, width: size.width, height: size.height };
    const home = workAreas.find((area) => {
      const o = overlap(rect, area);
      return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
    });
    if (home) {
      return {
        x,
        y,
        width: Math.min(size.width, home.width),
        height: Math.min(size.height, home.height),
        maximized: size.maximized,
      };
    }
  }
  return {
    width: primary ? Math.min(size.width, primary.width) : size.width,
    height: primary ? Math.min(size.height, primary.height) : size.height,
    maximized: size.maximized,
  };
}
