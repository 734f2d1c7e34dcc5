import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPopup } from '../../../renderer/annotations/fit-popup';

const viewport = { width: 1024, height: 700 };

describe('fitPopup', () => {
  it('goes below its anchor when it fits, above when only that fits', () => {
    expect(fitPopup({ left: 100, top: 100, bottom: 120 }, { width: 360, height: 300 }, viewport)).toEqual({
      left: 100,
      top: 128,
      width: 360,
      maxHeight: 684,
    });
    expect(fitPopup({ left: 100, top: 600, bottom: 620 }, { width: 360, height: 300 }, viewport).top).toBe(
      292,
    );
  });

  it('always lies inside the window, however tall its content and wherever its anchor', () => {
    const box = fc
      .record({
        x: fc.integer({ min: -50, max: 1100 }),
        y: fc.integer({ min: -50, max: 750 }),
        h: fc.nat(60),
      })
      .map(({ x, y, h }) => ({ left: x, top: y, bottom: y + h }));
    const size = fc.record({
      width: fc.integer({ min: 0, max: 2000 }),
      height: fc.integer({ min: 0, max: 3000 }),
    });
    const window = fc.record({
      width: fc.integer({ min: 320, max: 2560 }),
      height: fc.integer({ min: 240, max: 1600 }),
    });
    fc.assert(
      fc.property(box, size, window, (anchor, content, view) => {
        const placed = fitPopup(anchor, content, view);
        const height = Math.min(content.height, placed.maxHeight);
        expect(placed.left).toBeGreaterThanOrEqual(8);
        expect(placed.left + placed.width).toBeLessThanOrEqual(view.width - 8);
        expect(placed.top).toBeGreaterThanOrEqual(8);
        expect(placed.top + height).toBeLessThanOrEqual(view.height - 8);
      }),
    );
  });

  it('never covers its anchor when either side has the room', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 680 }), fc.integer({ min: 50, max: 400 }), (y, height) => {
        const anchor = { left: 40, top: y, bottom: y + 20 };
        const placed = fitPopup(anchor, { width: 360, height }, viewport);
        const fitsBelow = anchor.bottom + 8 + height <= 692;
        const fitsAbove = anchor.top - 8 - height >= 8;
        if (fitsBelow || fitsAbove)
          expect(placed.top >= anchor.bottom || placed.top + height <= anchor.top).toBe(true);
      }),
    );
  });
});

describe('fitPopup, preferring above (the selection toolbar)', () => {
  it('goes above when there is room, below otherwise', () => {
    const size = { width: 300, height: 40 };
    expect(fitPopup({ left: 10, top: 300, bottom: 320 }, size, viewport, 8, 8, 'above').top).toBe(252);
    expect(fitPopup({ left: 10, top: 30, bottom: 50 }, size, viewport, 8, 8, 'above').top).toBe(58);
  });
});
