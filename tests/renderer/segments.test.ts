import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../renderer/reader/segments';

describe('segmentText', () => {
  it('splits at every boundary of overlapping and adjacent decorations', () => {
    const segments = segmentText(10, [
      { start: 0, end: 4, data: 'bold' },
      { start: 2, end: 6, data: 'term' },
      { start: 6, end: 8, data: 'term2' },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.active])).toEqual([
      [0, 2, ['bold']],
      [2, 4, ['bold', 'term']],
      [4, 6, ['term']],
      [6, 8, ['term2']],
      [8, 10, []],
    ]);
  });

  it('clamps out-of-range decorations and drops empty ones', () => {
    const segments = segmentText(5, [
      { start: -3, end: 2, data: 'a' },
      { start: 4, end: 99, data: 'b' },
      { start: 3, end: 3, data: 'empty' },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.active])).toEqual([
      [0, 2, ['a']],
      [2, 4, []],
      [4, 5, ['b']],
    ]);
  });

  it('always tiles the text exactly, whatever the decorations', () => {
    const decoration = fc.record({
      start: fc.integer({ min: -5, max: 60 }),
      end: fc.integer({ min: -5, max: 60 }),
      data: fc.nat(),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.array(decoration, { maxLength: 12 }),
        (length, decorations) => {
          const segments = segmentText(length, decorations);
          let at = 0;
          for (const s of segments) {
            expect(s.start).toBe(at);
            expect(s.end).toBeGreaterThan(s.start);
            at = s.end;
            for (const d of decorations) {
              const covers = d.start <= s.start && d.end >= s.end && d.end > d.start;
              if (covers) expect(s.active).toContain(d.data);
            }
          }
          expect(at).toBe(length);
        },
      ),
    );
  });
});
