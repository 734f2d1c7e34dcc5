/**
 * Whether each side pane sits beside the text (docked) or floats over it when asked for (overlay). A pane is docked
 * only while the reading column keeps at least MIN_LINE_CHARS characters a line; the glossary gives way first,
 * then the outline. Pure: the window width, the text size and the panes' widths decide.
 */
import type { PaneState } from '../../core/settings';

/** Fewer characters than this a line and Chinese prose reads as a column of fragments. */
export const MIN_LINE_CHARS = 28;
/** The splitter beside a docked pane (layout.css `.resizer`). */
export const RESIZER_PX = 5;
/**
 * What the reader takes besides the text at its widest: the scroll box's side padding (2 × 28, reader.css), the
 * page's side padding (2 × 56) and its border (2 × 1). Narrow windows have less; counting the most keeps the
 * promise in every window.
 */
export const READER_CHROME_PX = 2 * 28 + 2 * 56 + 2;
/** The reading column is at most this many characters wide (reader.css `.report` max-width). */
export const MAX_LINE_CHARS = 34;

export type PaneMode = 'docked' | 'overlay';
export interface PaneLayout {
  outline: PaneMode;
  glossary: PaneMode;
}

/** Characters a line of the reading column holds when `reader` px of the window are the reader's. */
export function lineChars(reader: number, fontSize: number): number {
  return Math.min(MAX_LINE_CHARS, Math.floor(Math.max(0, reader - READER_CHROME_PX) / fontSize));
}

/**
 * Decides each pane's mode. A collapsed pane counts as if shown: showing it again must not squeeze the text,
 * and a pane's mode should not flip because it was hidden.
 */
export function paneLayout(input: {
  windowWidth: number;
  fontSize: number;
  outline: Pick<PaneState, 'width'>;
  glossary: Pick<PaneState, 'width'>;
}): PaneLayout {
  const { windowWidth, fontSize } = input;
  const left = input.outline.width + RESIZER_PX;
  const right = input.glossary.width + RESIZER_PX;
  const fits = (taken: number) => lineChars(windowWidth - taken, fontSize) >= MIN_LINE_CHARS;
  if (fits(left + right)) return { outline: 'docked', glossary: 'docked' };
  if (fits(left)) return { outline: 'docked', glossary: 'overlay' };
  return { outline: 'overlay', glossary: 'overlay' };
}
