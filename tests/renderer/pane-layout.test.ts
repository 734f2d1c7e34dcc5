import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE, PANE_WIDTH } from '../../core/settings';
import {
  lineChars,
  MIN_LINE_CHARS,
  paneLayout,
  RESIZER_PX,
  type PaneLayout,
} from '../../renderer/layout/pane-layout';

const docked = (layout: PaneLayout, outline: number, glossary: number) =>
  (layout.outline === 'docked' ? outline + RESIZER_PX : 0) +
  (layout.glossary === 'docked' ? glossary + RESIZER_PX : 0);

describe('paneLayout', () => {
  it('keeps both panes beside the text in a wide window', () => {
    const layout = paneLayout({
      windowWidth: 1920,
      fontSize: 18,
      outline: { width: 260 },
      glossary: { width: 340 },
    });
    expect(layout).toEqual({ outline: 'docked', glossary: 'docked' });
  });

  it('floats the glossary over the text at 1024×700, where docking both left about 13 characters a line', () => {
    const input = { windowWidth: 1024, fontSize: 18, outline: { width: 260 }, glossary: { width: 340 } };
    expect(lineChars(1024 - 265 - 345, 18)).toBeLessThan(MIN_LINE_CHARS);
    const layout = paneLayout(input);
    expect(layout).toEqual({ outline: 'docked', glossary: 'overlay' });
    expect(lineChars(1024 - docked(layout, 260, 340), 18)).toBeGreaterThanOrEqual(MIN_LINE_CHARS);
  });

  it('floats both at 1024 px with 30 px text', () => {
    const layout = paneLayout({
      windowWidth: 1024,
      fontSize: 30,
      outline: { width: 260 },
      glossary: { width: 340 },
    });
    expect(layout).toEqual({ outline: 'overlay', glossary: 'overlay' });
  });

  it('leaves at least 28 characters a line whenever a pane is docked, and gives way glossary first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 640, max: 4000 }),
        fc.integer({ min: FONT_SIZE.min, max: FONT_SIZE.max }),
        fc.integer({ min: PANE_WIDTH.min, max: PANE_WIDTH.max }),
        fc.integer({ min: PANE_WIDTH.min, max: PANE_WIDTH.max }),
        (windowWidth, fontSize, outline, glossary) => {
          const layout = paneLayout({
            windowWidth,
            fontSize,
            outline: { width: outline },
            glossary: { width: glossary },
          });
          const anyDocked = layout.outline === 'docked' || layout.glossary === 'docked';
          if (anyDocked)
            expect(
              lineChars(windowWidth - docked(layout, outline, glossary), fontSize),
            ).toBeGreaterThanOrEqual(MIN_LINE_CHARS);
          // The outline is never the one floated while the glossary stays.
          expect(layout.outline === 'overlay' && layout.glossary === 'docked').toBe(false);
          // Nothing floats that had room to dock.
          if (layout.glossary === 'overlay')
            expect(
              lineChars(windowWidth - outline - glossary - 2 * RESIZER_PX, fontSize) < MIN_LINE_CHARS,
            ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
