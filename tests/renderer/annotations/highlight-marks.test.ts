import { describe, expect, it } from 'vitest';
import { highlightMarkProps, type PaintedMark } from '../../../renderer/annotations/highlight-marks';

const mark = (id: string, color: string, extra: Partial<PaintedMark> = {}): PaintedMark => ({
  id,
  color,
  member: 0,
  noted: false,
  end: 10,
  ...extra,
});

describe('highlightMarkProps', () => {
  it('draws nothing without a highlight', () => {
    expect(highlightMarkProps([], 10)).toBeUndefined();
  });

  it('shades one highlight in its colour, with no band', () => {
    expect(highlightMarkProps([mark('a', 'blue')], 10)).toEqual({
      className: 'hl hl--blue',
      'data-annotation-ids': 'a',
    });
  });

  it('keeps every overlapping highlight visible: the top shades, each one under it is a band of its own', () => {
    const props = highlightMarkProps([mark('a', 'red'), mark('b', 'green'), mark('c', 'yellow')], 10);
    expect(props?.className).toBe('hl hl--yellow hl--overlap');
    expect(props?.style?.boxShadow).toBe(
      'inset 0 -3px 0 var(--hl-green-ink), inset 0 -6px 0 var(--hl-red-ink)',
    );
    expect(props?.['data-annotation-ids']).toBe('a b c');
  });

  it('keeps another member’s underline under my shading', () => {
    const props = highlightMarkProps([mark('theirs', 'red', { member: 3 }), mark('mine', 'yellow')], 10);
    expect(props?.className).toBe('hl hl--yellow hl--overlap hl--member hl--m3');
  });

  it('marks the last run of a highlight that carries a note, and only that run', () => {
    const noted = mark('a', 'yellow', { noted: true, end: 10 });
    expect(highlightMarkProps([noted], 10)?.className).toBe('hl hl--yellow hl--noted');
    expect(highlightMarkProps([noted], 6)?.className).toBe('hl hl--yellow');
    // Under another highlight, its end is still marked.
    expect(highlightMarkProps([noted, mark('b', 'blue', { end: 12 })], 10)?.className).toContain('hl--noted');
  });
});
