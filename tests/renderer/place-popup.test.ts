import { describe, expect, it } from 'vitest';
import { placePopup } from '../../renderer/layout/place-popup';

const viewport = { width: 1000, height: 800 };

describe('placePopup', () => {
  it('goes below the anchor when it fits', () => {
    expect(placePopup({ left: 100, top: 100, bottom: 120 }, { width: 300, height: 200 }, viewport)).toEqual({
      left: 100,
      top: 126,
      width: 300,
    });
  });

  it('goes above near the bottom of the window', () => {
    expect(
      placePopup({ left: 100, top: 700, bottom: 720 }, { width: 300, height: 200 }, viewport, 8),
    ).toEqual({ left: 100, bottom: 108, width: 300 });
  });

  it('never leaves the window sideways', () => {
    expect(placePopup({ left: 900, top: 100, bottom: 120 }, { width: 300, height: 200 }, viewport).left).toBe(
      692,
    );
    expect(placePopup({ left: -50, top: 100, bottom: 120 }, { width: 300, height: 200 }, viewport).left).toBe(
      8,
    );
  });
});
