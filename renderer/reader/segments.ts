/** Cuts a block's text into runs where the same set of decorations applies (marks, terms, later highlights). */

export interface Decoration<T> {
  start: number;
  end: number;
  data: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  /** Decorations covering this whole run, in the order given. */
  active: T[];
}

/**
 * Splits [0, length) at every decoration boundary. Overlapping and adjacent decorations are fine;
 * empty or out-of-range ones are clamped or ignored.
 */
export function segmentText<T>(length: number, decorations: readonly Decoration<T>[]): Segment<T>[] {
  const cuts = new Set<number>([0, length]);
  const valid = decorations
    .map((d) => ({ ...d, start: Math.max(0, d.start), end: Math.min(length, d.end) }))
    .filter((d) => d.end > d.start);
  for (const d of valid) {
    cuts.add(d.start);
    cuts.add(d.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      active: valid.filter((d) => d.start <= start && d.end >= end).map((d) => d.data),
    });
  }
  return segments;
}
